/** @jest-environment jsdom */
/**
 * Issue 10 item 10 in the pane: the actual costs typed in Uppföljning are written into the
 * workbook's SINV_UtfallKostnader by "Skriv utfall till arbetsboken", in the same
 * all-or-nothing write as the volumes and shares; a read of the workbook fills them.
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

/** Where a table's data cell is (row by its first cell, column by header), as "Sheet!A1" and its parts. */
async function cellOf(gateway: MemoryGateway, table: string, key: string, header: string): Promise<{ sheet: string; address: string }> {
  const data = (await gateway.readTables([table]))[table];
  const where = data && parseSheetAddress(data.address);
  if (!data || !where) throw new Error(`no table ${table}`);
  const row = data.rows.findIndex((r) => r[0] === key);
  const col = data.headers.indexOf(header);
  if (row < 0 || col < 0) throw new Error(`no cell ${key}/${header} in ${table}`);
  return { sheet: where.sheet, address: cellAddress({ row: where.first.row + 1 + row, col: where.first.col + col }) };
}

async function valueAt(gateway: MemoryGateway, table: string, key: string, header: string): Promise<unknown> {
  const at = await cellOf(gateway, table, key, header);
  return gateway.cell(at.sheet, at.address)?.value;
}

async function clickWrite(): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByTestId("write-actuals"));
  });
}

describe("actual costs between the pane and the workbook", () => {
  it("writes the actual staff cost 2017 into SINV_UtfallKostnader and blanks the years not given", async () => {
    const gateway = await exampleGateway("sv");
    await renderPane(gateway, { journey: "followUp" });
    typeInto("actual-cost-staff-2017", "3100000");
    typeInto("actual-volume-pupils-2018", "7");
    await clickWrite();
    await waitFor(() => expect(screen.getByTestId("write-actuals-done")).toBeTruthy());
    await waitForRead();
    expect(await valueAt(gateway, "SINV_UtfallKostnader", "staff", "2017")).toBe(3_100_000);
    expect([undefined, null, ""]).toContain(await valueAt(gateway, "SINV_UtfallKostnader", "staff", "2018"));
    expect([undefined, null, ""]).toContain(await valueAt(gateway, "SINV_UtfallKostnader", "premises", "2017"));
    expect(await valueAt(gateway, "SINV_UtfallVolymer", "pupils", "2018")).toBe(7);
    // After the read the pane still holds the actual cost (it came back from the workbook).
    expect(screen.getByTestId("cost-followup-staff-variance").textContent).toMatch(/100\s000/);
  });

  it("a failure in the costs' table leaves the volumes' table as it was too (one write)", async () => {
    let failAt = "";
    const gateway = await exampleGateway("sv", {
      onWrite: (where) => {
        if (where === failAt) throw new Error("Simulated failure.");
      }
    });
    await renderPane(gateway, { journey: "followUp" });
    const before = await valueAt(gateway, "SINV_UtfallVolymer", "pupils", "2018");
    typeInto("actual-volume-pupils-2018", "7");
    typeInto("actual-cost-staff-2017", "3100000");
    const at = await cellOf(gateway, "SINV_UtfallKostnader", "staff", "2017");
    failAt = `${at.sheet}!${at.address}`;
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await clickWrite();
    await waitFor(() => expect(screen.getByTestId("write-actuals-error")).toBeTruthy());
    logged.mockRestore();
    expect(screen.getByTestId("write-actuals-error").textContent).toContain("Inget har ändrats");
    expect(await valueAt(gateway, "SINV_UtfallVolymer", "pupils", "2018")).toBe(before);
    expect([undefined, null, ""]).toContain(await valueAt(gateway, "SINV_UtfallKostnader", "staff", "2017"));
  });

  it("a value typed into SINV_UtfallKostnader in the workbook reaches the pane's follow-up of the costs", async () => {
    const gateway = await exampleGateway("sv");
    await renderPane(gateway, { journey: "followUp" });
    const at = await cellOf(gateway, "SINV_UtfallKostnader", "premises", "2018");
    gateway.setCell(at.sheet, at.address, 900_000);
    await waitForRead();
    await waitFor(() => expect(screen.getByTestId("cost-followup-premises-variance").textContent).toMatch(/−\s?200\s000/));
    expect(screen.getByTestId("cost-followup-mark-2018").textContent).toBe("utfall");
  });

  it("the summary bar shows the follow-up's figures in Uppföljning, labelled utfall/prognos, and the plan's elsewhere", async () => {
    const gateway = await exampleGateway("sv");
    await renderPane(gateway, { journey: "followUp" });
    expect(screen.getByTestId("summary-followup-note").textContent).toContain("Utfall/prognos");
    // Budget alone: every line's cost (fund and co-financed) and no variance.
    expect(screen.getByTestId("summary-followup-cost").textContent).toMatch(/12\s700\s000/);
    typeInto("actual-cost-staff-2017", "3100000");
    typeInto("actual-volume-pupils-2017", "8");
    await waitFor(() => expect(screen.getByTestId("summary-followup-variance").textContent).toMatch(/^\+100\s000/));
    expect(screen.getByTestId("summary-followup-cost").textContent).toMatch(/12\s800\s000/);
    expect(screen.getByTestId("summary-followup-savings").textContent).toMatch(/15\s660\s000/);
    expect(screen.getByTestId("summary-followup-repayment").textContent).toMatch(/12\s810\s000/);
    expect(screen.queryByTestId("summary-cost")).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByTestId("tab-application"));
    });
    expect(screen.getByTestId("summary-cost").textContent).toMatch(/12\s200\s000/);
    expect(screen.getByTestId("summary-savings").textContent).toMatch(/16\s200\s000/);
    expect(screen.queryByTestId("summary-followup-note")).toBeNull();
  });
});
