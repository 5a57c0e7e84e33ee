/**
 * Writing the parameter block on Office.js (rows found by label), all or nothing: one
 * sync reads the block's values and formulas (nothing is written when a label is
 * missing), one sync writes every cell, and only after a failure one more sync puts each
 * cell's previous content back.
 */
import { cellAddress } from "../sheetModel/a1";
import type { ParameterLabels, ParameterValues, WriteParametersReport } from "../sheetModel/parameterWrites";
import { parameterWrites } from "../sheetModel/parameterWrites";
import { parseSheetAddress } from "../sheetModel/sheetAddress";
import { WorkbookError } from "../sheetModel/workbookError";
import { PARAMETERS_NAME } from "../sheetModel/tables/inputTables";
import { restoreCellsAndThrow } from "./officeRestore";
import { wrap } from "./officeTables";

/**
 * Writes values into the parameter block (the name SINV_Parametrar), each row found by
 * its label, with two syncs (three when a failed write is undone).
 *
 * @example
 * await writeParameterCells(context, { shareFactor: 0.5 }, labels); // { cells: ["Parametrar!B14"] }
 */
export async function writeParameterCells(context: Excel.RequestContext, values: ParameterValues, labels: ParameterLabels): Promise<WriteParametersReport> {
  let item: Excel.NamedItem;
  let range: Excel.Range;
  try {
    item = context.workbook.names.getItemOrNullObject(PARAMETERS_NAME);
    range = item.getRangeOrNullObject().load("values,formulas,address");
    await context.sync();
  } catch (error) {
    throw wrap("readFailed", error);
  }
  if (item.isNullObject || range.isNullObject) throw new WorkbookError("parametersMissing", { name: PARAMETERS_NAME });
  const writes = parameterWrites(range.values, values, labels);
  const where = parseSheetAddress(range.address);
  const cells = where ? writes.map((w) => `${where.sheet}!${cellAddress({ row: where.first.row + w.row, col: where.first.col + 1 })}`) : writes.map((w) => `${range.address} (${w.row + 1}, 2)`);
  if (writes.length === 0) return { cells: [] };
  const previous = writes.map((w, i) => ({ cell: range.getCell(w.row, 1), value: range.values[w.row]?.[1] ?? "", formula: range.formulas[w.row]?.[1] ?? "", address: cells[i] as string }));
  try {
    for (const w of writes) range.getCell(w.row, 1).values = [[w.value ?? ""]];
    await context.sync();
  } catch (error) {
    return restoreCellsAndThrow(context, previous, error);
  }
  return { cells: where ? cells : [] };
}
