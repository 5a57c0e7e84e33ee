/**
 * Appending rows to a table on Office.js, all or nothing: the cells below the table are
 * checked first (anything there refuses the append, nothing written); the rows are added
 * with `table.rows.add`; after a failure any rows beyond the table's previous count are
 * deleted again, so its existing rows are never touched.
 */
import type { CellValue } from "../sheetModel/plan";
import type { AppendRowsReport } from "../sheetModel/rebuildTypes";
import { NAMED_CELLS } from "../sheetModel/rebuildPlan";
import { reasonOf, WorkbookError } from "../sheetModel/workbookError";
import { cellAddress, parseCell } from "../sheetModel/a1";

/**
 * Appends `rows` (values in column order) to the table.
 *
 * @example
 * await appendRows(context, "SINV_Enhetskostnader", [["SKOLA", "Elev", 120000]]); // { table: "SINV_Enhetskostnader", rows: 1, address: "'Enhetskostnader (exempel)'!A3:J47" }
 */
export async function appendRows(context: Excel.RequestContext, name: string, rows: readonly (readonly CellValue[])[]): Promise<AppendRowsReport> {
  const table = context.workbook.tables.getItemOrNullObject(name);
  const counted = table.rows.load("count");
  const below = table.getRange().getRowsBelow(Math.max(1, rows.length)).load("address,values");
  try {
    await context.sync();
  } catch (error) {
    throw new WorkbookError("appendFailed", { table: name, reason: reasonOf(error) }, error);
  }
  if (table.isNullObject) throw new WorkbookError("tableMissing", { table: name });
  const start = parseCell((below.address.split("!").pop() ?? "A1").split(":")[0]?.replace(/\$/g, "") ?? "A1");
  const sheet = below.address.split("!")[0] ?? "";
  const taken = below.values.flatMap((row, r) => row.flatMap((v, c) => (v === "" || v === null ? [] : [`${sheet}!${cellAddress({ row: start.row + r, col: start.col + c })}`])));
  if (taken.length > 0) throw new WorkbookError("appendBlocked", { table: name, cells: taken.slice(0, NAMED_CELLS).join(", ") });
  const before = counted.count;
  try {
    table.rows.add(undefined, rows.map((row) => row.map((v) => v ?? "")) as (string | number | boolean)[][]);
    const range = table.getRange().load("address");
    await context.sync();
    return { table: name, rows: rows.length, address: range.address };
  } catch (error) {
    try {
      const now = table.rows.load("count");
      await context.sync();
      for (let i = now.count - 1; i >= before; i -= 1) table.rows.getItemAt(i).delete();
      await context.sync();
    } catch (undoError) {
      throw new WorkbookError("appendFailed", { table: name, reason: `${reasonOf(error)} ${reasonOf(undoError)}` }, error);
    }
    throw new WorkbookError("appendFailed", { table: name, reason: reasonOf(error) }, error);
  }
}
