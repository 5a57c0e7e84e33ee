/**
 * Writing into existing ranges on Office.js: the parameter block (rows by label) and a
 * table's cells (rows by key, columns by header). Each reads first and writes nothing
 * when something it needs is missing; then writes in one sync.
 */
import { cellAddress } from "../sheetModel/a1";
import type { ParameterLabels, ParameterValues, WriteParametersReport } from "../sheetModel/parameterWrites";
import { parameterWrites } from "../sheetModel/parameterWrites";
import { parseSheetAddress } from "../sheetModel/sheetAddress";
import type { TableCellUpdates, TableColumnLabels, WriteTableCellsReport } from "../sheetModel/tableCellWrites";
import { tableCellWrites } from "../sheetModel/tableCellWrites";
import { WorkbookError } from "../sheetModel/workbookError";
import { PARAMETERS_NAME } from "../sheetModel/tables/inputTables";
import type { PendingTable } from "./officeTables";
import { queueTable, tableData, wrap } from "./officeTables";

/**
 * Writes values into the parameter block (the name SINV_Parametrar), each row found by
 * its label, with two syncs.
 *
 * @example
 * await writeParameterCells(context, { shareFactor: 0.5 }, labels); // { cells: ["Parametrar!B14"] }
 */
export async function writeParameterCells(context: Excel.RequestContext, values: ParameterValues, labels: ParameterLabels): Promise<WriteParametersReport> {
  let item: Excel.NamedItem;
  let range: Excel.Range;
  try {
    item = context.workbook.names.getItemOrNullObject(PARAMETERS_NAME);
    range = item.getRangeOrNullObject().load("values,address");
    await context.sync();
  } catch (error) {
    throw wrap("readFailed", error);
  }
  if (item.isNullObject || range.isNullObject) throw new WorkbookError("parametersMissing", { name: PARAMETERS_NAME });
  const writes = parameterWrites(range.values, values, labels);
  const where = parseSheetAddress(range.address);
  try {
    for (const w of writes) range.getCell(w.row, 1).values = [[w.value ?? ""]];
    await context.sync();
  } catch (error) {
    throw wrap("writeFailed", error);
  }
  return {
    cells: where ? writes.map((w) => `${where.sheet}!${cellAddress({ row: where.first.row + w.row, col: where.first.col + 1 })}`) : []
  };
}

/**
 * Writes values into a table's cells through the table's own data body (nothing outside
 * the table can change), with two syncs.
 *
 * @example
 * await writeTableBodyCells(context, "SINV_UtfallVolymer", ["Id"], { pupils: { "2017": 12 } }, {}); // { cells: ["Uppföljning!C6"] }
 */
export async function writeTableBodyCells(
  context: Excel.RequestContext,
  table: string,
  keyHeaders: readonly string[],
  updates: TableCellUpdates,
  columnLabels: TableColumnLabels
): Promise<WriteTableCellsReport> {
  let pending: PendingTable;
  try {
    pending = queueTable(table, context.workbook.tables.getItemOrNullObject(table));
    await context.sync();
  } catch (error) {
    throw wrap("readFailed", error);
  }
  if (pending.table.isNullObject) throw new WorkbookError("tableMissing", { table });
  const writes = tableCellWrites(table, tableData(pending), keyHeaders, updates, columnLabels);
  try {
    for (const w of writes) pending.body.getCell(w.row, w.col).values = [[w.value ?? ""]];
    await context.sync();
  } catch (error) {
    throw wrap("writeFailed", error);
  }
  return { cells: writes.map((w) => `${w.sheet}!${w.address}`) };
}
