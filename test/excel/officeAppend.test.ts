/**
 * Appending rows to a table on Office.js (src/excel/officeAppend.ts), on a small hand-made
 * context that queues commands and runs them at sync as Office.js does: the rows go below,
 * a taken cell below refuses with nothing written, and a failed or lost sync leaves the
 * table with exactly its rows before.
 */
import { appendRows } from "../../src/excel/officeAppend";
import { WorkbookError } from "../../src/sheetModel/workbookError";

interface Table {
  rows: unknown[][];
  /** The sheet's cells below the table, by row offset (0 = the row right below). */
  below: unknown[][];
}

function context(table: Table | undefined, fail: { atSync?: number; afterSync?: number } = {}): { ctx: Excel.RequestContext; syncs: () => number } {
  const queue: (() => void)[] = [];
  let syncs = 0;
  const width = 3;
  const rows = {
    count: 0,
    load() {
      queue.push(() => (rows.count = table?.rows.length ?? 0));
      return rows;
    },
    add: (_: unknown, values: unknown[][]) => void queue.push(() => table?.rows.push(...values)),
    getItemAt: (i: number) => ({ delete: () => void queue.push(() => table?.rows.splice(i, 1)) })
  };
  const tableProxy = {
    isNullObject: table === undefined,
    rows,
    getRange: () => ({
      load: () => ({
        get address(): string {
          return `Blad!A1:C${(table?.rows.length ?? 0) + 1}`;
        }
      }),
      getRowsBelow: (n: number) => {
        const range = { address: "", values: [] as unknown[][] };
        return {
          load: () => {
            queue.push(() => {
              const start = (table?.rows.length ?? 0) + 2;
              range.address = `Blad!A${start}:C${start + n - 1}`;
              range.values = Array.from({ length: n }, (_, r) => Array.from({ length: width }, (_, c) => table?.below[r]?.[c] ?? ""));
            });
            return range;
          }
        };
      }
    })
  };
  const ctx = {
    workbook: { tables: { getItemOrNullObject: () => tableProxy } },
    sync: async () => {
      syncs += 1;
      const ops = queue.splice(0);
      if (syncs === fail.atSync) throw new Error(`Sync ${syncs} failed.`);
      for (const op of ops) op();
      if (syncs === fail.afterSync) throw new Error(`The answer to sync ${syncs} was lost.`);
    }
  };
  return { ctx: ctx as unknown as Excel.RequestContext, syncs: () => syncs };
}

const ROWS = [
  ["B", "Elev", 2],
  ["C", "Elev", 3]
];

describe("appendRows (Office.js)", () => {
  it("adds the rows below the table and reports its new range", async () => {
    const table = { rows: [["A", "Elev", 1]], below: [] };
    const { ctx } = context(table);
    expect(await appendRows(ctx, "SINV_Enhetskostnader", ROWS)).toEqual({ table: "SINV_Enhetskostnader", rows: 2, address: "Blad!A1:C4" });
    expect(table.rows).toEqual([["A", "Elev", 1], ...ROWS]);
  });

  it("refuses, writing nothing, when a cell below is taken, and says when the table is missing", async () => {
    const table = { rows: [["A", "Elev", 1]], below: [["", "min text", ""]] };
    await expect(appendRows(context(table).ctx, "SINV_Enhetskostnader", ROWS)).rejects.toMatchObject({ kind: "appendBlocked", sv: expect.stringContaining("Blad!B3") });
    expect(table.rows).toEqual([["A", "Elev", 1]]);
    await expect(appendRows(context(undefined).ctx, "SINV_Enhetskostnader", ROWS)).rejects.toMatchObject({ kind: "tableMissing" });
  });

  it.each([
    ["before", 1],
    ["before", 2],
    ["after", 2]
  ] as const)("leaves exactly the rows before when sync %s #%i fails", async (when, n) => {
    const table = { rows: [["A", "Elev", 1]], below: [] };
    const { ctx } = context(table, when === "before" ? { atSync: n } : { afterSync: n });
    const error = await appendRows(ctx, "SINV_Enhetskostnader", ROWS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).kind).toBe("appendFailed");
    expect(table.rows).toEqual([["A", "Elev", 1]]);
  });
});
