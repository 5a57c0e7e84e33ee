/** @jest-environment jsdom */
/**
 * Adding the example rows a workbook's unit-cost table lacks: to a stand-alone table (the
 * picker's example table with rows deleted) they are appended, all or nothing, the rows
 * already there untouched; to an application workbook they go through the rebuild.
 */
import { fireEvent, screen } from "@testing-library/react";
import { exampleGateway } from "../../src/preview/exampleWorkbook";
import { MemoryGateway } from "../../src/preview/memoryGateway";
import { exampleTable } from "../../src/taskpane/state/exampleTable";
import { missingExampleRows } from "../../src/taskpane/state/exampleRows";
import { installBrowserStubs, loadExampleUnitCosts, renderPane, textOf, waitForRead } from "./support";

installBrowserStubs();

async function standAlone(keep: number, onWrite?: (where: string) => void): Promise<MemoryGateway> {
  const { columns, rows } = exampleTable(await loadExampleUnitCosts());
  const gateway = new MemoryGateway({ ...(onWrite ? { onWrite } : {}) });
  await gateway.insertTable({ sheet: "Enhetskostnader (exempel)", note: "EXEMPEL", table: { name: "SINV_Enhetskostnader", columns, rows: rows.slice(0, keep) } });
  return gateway;
}

describe("the missing example unit-cost rows", () => {
  it("appends them to a stand-alone table, marked as examples with their sources, leaving its rows as they were", async () => {
    const gateway = await standAlone(3);
    const before = (await gateway.readTables(["SINV_Enhetskostnader"])).SINV_Enhetskostnader;
    await renderPane(gateway);
    await waitForRead();
    expect(textOf("add-missing-examples")).toBe("Lägg till 40 saknade exempelrader");
    fireEvent.click(screen.getByTestId("add-missing-examples"));
    await screen.findByTestId("examples-appended");
    expect(textOf("examples-appended")).toContain("40 exempelrader lades till i SINV_Enhetskostnader");
    const after = (await gateway.readTables(["SINV_Enhetskostnader"])).SINV_Enhetskostnader;
    expect(after?.rows).toHaveLength(43);
    expect(after?.rows.slice(0, 3)).toEqual(before?.rows);
    const note = after?.headers.indexOf("note") ?? -1;
    const source = after?.headers.indexOf("source_title") ?? -1;
    expect(after?.rows.slice(3).every((r) => String(r[note]).startsWith("Exempel."))).toBe(true);
    expect(after?.rows.slice(3).every((r) => String(r[source]).length > 0)).toBe(true);
    await waitForRead();
    expect(screen.queryByTestId("add-missing-examples")).toBeNull();
  });

  it("writes nothing when a write fails, and nothing when a cell below the table is taken", async () => {
    let armed = false;
    const gateway = await standAlone(3, (where) => {
      if (armed && where.endsWith("!C10")) throw new Error("Simulated failure.");
    });
    const table = (await gateway.readTables(["SINV_Enhetskostnader"])).SINV_Enhetskostnader;
    if (!table) throw new Error("no table");
    const rows = missingExampleRows(await loadExampleUnitCosts(), table, "Exempel");
    const cells = gateway.cells("Enhetskostnader (exempel)");
    armed = true;
    await expect(gateway.appendTableRows("SINV_Enhetskostnader", rows)).rejects.toMatchObject({ kind: "appendFailed" });
    expect(gateway.cells("Enhetskostnader (exempel)")).toEqual(cells);
    expect(gateway.snapshot().tables[0]?.range).toBe("A3:J6");
    armed = false;
    gateway.setCell("Enhetskostnader (exempel)", "B20", "min rad");
    await expect(gateway.appendTableRows("SINV_Enhetskostnader", rows)).rejects.toMatchObject({ kind: "appendBlocked", sv: expect.stringContaining("Enhetskostnader (exempel)!B20") });
    expect(gateway.snapshot().tables[0]?.range).toBe("A3:J6");
  });

  it("in an application workbook adds them to the investment's unit costs and asks to rebuild the sheets", async () => {
    const gateway = await exampleGateway("sv");
    await renderPane(gateway);
    await waitForRead();
    fireEvent.click(screen.getByTestId("add-missing-examples"));
    await screen.findByTestId("confirm-rebuild", undefined, { timeout: 20000 });
    expect(textOf("confirm-rebuild")).toMatch(/Enhetskostnader: 43 nya rader \(.+ …\)/);
    fireEvent.click(screen.getByTestId("confirm-yes"));
    await screen.findByTestId("rebuild-done", undefined, { timeout: 30000 });
    const table = (await gateway.readTables(["SINV_Enhetskostnader"])).SINV_Enhetskostnader;
    expect(table?.rows).toHaveLength(44);
    expect(table?.rows.slice(1).every((r) => r.some((v) => String(v).startsWith("Exempel: ")))).toBe(true);
  }, 60000);
});
