/**
 * Putting cells back as they were after a failed write on Office.js: each cell gets its
 * previous formula (a formula cell) or value (any other cell), all in one sync.
 */
import { isFormulaCell } from "../sheetModel/tablesWrite";
import { reasonOf, WorkbookError } from "../sheetModel/workbookError";
import { wrap } from "./officeTables";

/** A cell to put back: the range of the cell, its previous value and formula text, its address for messages. */
export interface CellToRestore {
  readonly cell: Excel.Range;
  readonly value: unknown;
  readonly formula: unknown;
  /** e.g. "Uppföljning!C6". */
  readonly address: string;
}

/**
 * Restores the cells after `cause` made a write fail, then throws: "writeFailed" (the
 * cells are as before) or, when restoring fails too, "writeRollbackFailed" naming the
 * cells to check.
 *
 * @example
 * await restoreCellsAndThrow(context, [{ cell: body.getCell(0, 2), value: 10, formula: 10, address: "Uppföljning!C6" }], error);
 * // throws WorkbookError "writeFailed": "… Inget har ändrats: cellerna har sitt tidigare innehåll."
 */
export async function restoreCellsAndThrow(context: Excel.RequestContext, cells: readonly CellToRestore[], cause: unknown): Promise<never> {
  try {
    for (const c of cells) {
      if (isFormulaCell(c.formula, c.value)) c.cell.formulas = [[c.formula as string]];
      else c.cell.values = [[c.value as string | number | boolean]];
    }
    await context.sync();
  } catch (undoError) {
    throw new WorkbookError("writeRollbackFailed", { reason: reasonOf(cause), rollback: reasonOf(undoError), cells: cells.map((c) => c.address).join(", ") }, cause);
  }
  throw wrap("writeFailed", cause);
}
