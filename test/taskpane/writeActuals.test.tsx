/** @jest-environment jsdom */
/**
 * The evaluator writes the outcomes entered in the Uppföljning tab into the workbook's
 * follow-up input tables (SINV_UtfallVolymer, SINV_UtfallAndelar), so the Uppföljning
 * sheet's formulas follow; a field with an error blocks the write.
 */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import type { MemoryGateway } from "../../src/preview/memoryGateway";
import { cellAddress } from "../../src/sheetModel/a1";
import { parseSheetAddress } from "../../src/sheetModel/sheetAddress";
import { exampleGateway } from "../../src/preview/exampleWorkbook";
import { installBrowserStubs, renderPane, waitForRead } from "./support";

installBrowserStubs();

const typeInto = (testId: string, value: string): void => {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
};

/** The memory gateway's value in a table's data row (found by its first cell) and column (by header). */
async function tableCell(gateway: MemoryGateway, table: string, key: string, header: string): Promise<unknown> {
  const data = (await gateway.readTables([table]))[table];
  const where = data && parseSheetAddress(data.address);
  if (!data || !where) throw new Error(`no table ${table}`);
  const row = data.rows.findIndex((r) => r[0] === key);
  const col = data.headers.indexOf(header);
  if (row < 0 || col < 0) throw new Error(`no cell ${key}/${header} in ${table}`);
  return gateway.cell(where.sheet, cellAddress({ row: where.first.row + 1 + row, col: where.first.col + col }))?.value;
}

async function clickWrite(): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByTestId("write-actuals"));
  });
}

describe("writing the outcomes to the workbook", () => {
  it("writes an actual share of 10 % as 0.1 and the volumes of every year shown", async () => {
    const gateway = await exampleGateway("sv");
    await renderPane(gateway, { journey: "followUp" });
    expect(screen.getByTestId("write-actuals").textContent).toBe("Skriv utfall till arbetsboken");
    typeInto("actual-share-placement", "10");
    typeInto("actual-volume-pupils-2018", "7");
    await clickWrite();
    await waitFor(() => expect(screen.getByTestId("write-actuals-done")).toBeTruthy());
    await waitForRead();
    expect(await tableCell(gateway, "SINV_UtfallAndelar", "placement", "Faktisk andel")).toBe(0.1);
    expect(await tableCell(gateway, "SINV_UtfallAndelar", "placement", "Planerad andel")).toBe(0.3);
    expect(await tableCell(gateway, "SINV_UtfallVolymer", "pupils", "2018")).toBe(7);
    // A year left empty is blank in the workbook: its formulas read the plan (a forecast).
    expect([undefined, null, ""]).toContain(await tableCell(gateway, "SINV_UtfallVolymer", "pupils", "2017"));
    expect([undefined, null, ""]).toContain(await tableCell(gateway, "SINV_UtfallVolymer", "pupils", "2019"));
    expect(screen.queryByTestId("write-actuals-error")).toBeNull();
  });

  it("finds the English headers of an English workbook", async () => {
    const gateway = await exampleGateway("en");
    await renderPane(gateway, { journey: "followUp", lang: "en" });
    expect(screen.getByTestId("write-actuals").textContent).toBe("Write outcomes to the workbook");
    typeInto("actual-share-placement", "10");
    await clickWrite();
    await waitFor(() => expect(screen.getByTestId("write-actuals-done")).toBeTruthy());
    expect(await tableCell(gateway, "SINV_UtfallAndelar", "placement", "Actual share")).toBe(0.1);
  });

  it("is blocked while a field has an error, and writes nothing", async () => {
    const gateway = await exampleGateway("sv");
    await renderPane(gateway, { journey: "followUp" });
    typeInto("actual-share-placement", "10");
    typeInto("actual-volume-pupils-2018", "-1");
    expect(screen.getByText("Får inte vara negativt.")).toBeTruthy();
    const button = screen.getByTestId("write-actuals") as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    const write = jest.spyOn(gateway, "writeTablesCells");
    await clickWrite();
    expect(write).not.toHaveBeenCalled();
    expect(screen.queryByTestId("write-actuals-done")).toBeNull();
    // Nothing written: the generated workbook's actual share is still blank (the plan).
    expect([undefined, null, ""]).toContain(await tableCell(gateway, "SINV_UtfallAndelar", "placement", "Faktisk andel"));
  });

  it("shows the error and writes nothing when a row is not in the workbook", async () => {
    const gateway = await exampleGateway("sv");
    await renderPane(gateway, { journey: "followUp" });
    const data = (await gateway.readTables(["SINV_UtfallAndelar"])).SINV_UtfallAndelar;
    const where = data && parseSheetAddress(data.address);
    if (!data || !where) throw new Error("no SINV_UtfallAndelar");
    const before = await tableCell(gateway, "SINV_UtfallVolymer", "pupils", "2018");
    // The workbook's first effect is renamed, so the pane's effect has no row any more.
    const first = data.rows[0]?.[0];
    gateway.setCell(where.sheet, cellAddress({ row: where.first.row + 1, col: where.first.col }), "renamed");
    await waitForRead();
    typeInto("actual-volume-pupils-2018", "7");
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await clickWrite();
    await waitFor(() => expect(screen.getByTestId("write-actuals-error")).toBeTruthy());
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
    expect(screen.getByTestId("write-actuals-error").textContent).toContain(`"${String(first)}"`);
    // The volumes table had every row, but the write is one operation: nothing of it was written.
    expect(await tableCell(gateway, "SINV_UtfallVolymer", "pupils", "2018")).toBe(before);
  });

  it("shows the error and leaves both tables as they were when the write fails halfway (the shares' table)", async () => {
    let failAt = "";
    const gateway = await exampleGateway("sv", {
      onWrite: (where) => {
        if (where === failAt) throw new Error("Simulated failure.");
      }
    });
    await renderPane(gateway, { journey: "followUp" });
    const shares = (await gateway.readTables(["SINV_UtfallAndelar"])).SINV_UtfallAndelar;
    const where = shares && parseSheetAddress(shares.address);
    if (!shares || !where) throw new Error("no SINV_UtfallAndelar");
    const row = shares.rows.findIndex((r) => r[0] === "placement");
    const col = shares.headers.indexOf("Faktisk andel");
    expect([row, col].every((i) => i >= 0)).toBe(true);
    const before = await tableCell(gateway, "SINV_UtfallVolymer", "pupils", "2018");
    typeInto("actual-share-placement", "10");
    typeInto("actual-volume-pupils-2018", "7");
    // The shares' table is written after the volumes' table: the volume 7 is in when this fails.
    failAt = `${where.sheet}!${cellAddress({ row: where.first.row + 1 + row, col: where.first.col + col })}`;
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await clickWrite();
    await waitFor(() => expect(screen.getByTestId("write-actuals-error")).toBeTruthy());
    logged.mockRestore();
    expect(screen.getByTestId("write-actuals-error").textContent).toContain("Inget har ändrats: cellerna har sitt tidigare innehåll.");
    expect(screen.queryByTestId("write-actuals-done")).toBeNull();
    expect(await tableCell(gateway, "SINV_UtfallVolymer", "pupils", "2018")).toBe(before);
    expect([undefined, null, ""]).toContain(await tableCell(gateway, "SINV_UtfallAndelar", "placement", "Faktisk andel"));
  });
});
