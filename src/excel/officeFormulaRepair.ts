/**
 * Entering formulas again on Office.js, for two known Office behaviours
 * (docs/office-behaviour.md): table references in inserted sheets turned into links to
 * another workbook on Excel on the web, and `SINV.*` calls that Excel does not calculate
 * until they are entered. What to write is decided in `sheetModel/formulaRepair`.
 */
import { cellAddress } from "../sheetModel/a1";
import { formulaBlocks, formulaRepairs, linksOutside, sinvFormulaToEnter, type FormulaWrite } from "../sheetModel/formulaRepair";
import type { WorkbookPlan } from "../sheetModel/plan";
import { parseSheetAddress } from "../sheetModel/sheetAddress";
import { WorkbookError } from "../sheetModel/workbookError";
import { restoreCellsAndThrow, type CellToRestore } from "./officeRestore";

/** What entering formulas again did. */
export interface FormulaRepairReport {
  /** Cells whose formula was entered again. */
  readonly entered: number;
  /** Of those, cells whose table reference had become a link to another workbook. */
  readonly relinked: number;
}

function queueWrites(context: Excel.RequestContext, writes: readonly FormulaWrite[]): void {
  for (const write of writes) context.workbook.worksheets.getItem(write.sheet).getRange(write.ref).formulas = [[write.formula]];
}

/**
 * After inserting the plan's sheets: reads their formulas (one sync), enters again every
 * formula that now links to another workbook and, in a `SINV.*` plan, every SINV call
 * (one sync), then reads the relinked cells again (one sync, only when there were any).
 * Throws a {@link WorkbookError} "insertLinksBroken" when a link is still there, so that
 * the caller undoes the insert.
 *
 * @example
 * await repairInsertedFormulas(context, fitted.plan); // { entered: 0, relinked: 0 } on Excel desktop with a native plan
 */
export async function repairInsertedFormulas(context: Excel.RequestContext, plan: WorkbookPlan): Promise<FormulaRepairReport> {
  const blocks = formulaBlocks(plan).map((block) => ({ block, range: context.workbook.worksheets.getItem(block.sheet).getRange(block.range).load("formulas") }));
  if (blocks.length === 0) return { entered: 0, relinked: 0 };
  await context.sync();
  const { writes, broken } = formulaRepairs(plan, Object.fromEntries(blocks.map(({ block, range }) => [block.sheet, range.formulas])));
  if (writes.length === 0) return { entered: 0, relinked: 0 };
  queueWrites(context, writes);
  await context.sync();
  if (broken.length > 0) {
    const again = broken.map((write) => ({ write, range: context.workbook.worksheets.getItem(write.sheet).getRange(write.ref).load("formulas") }));
    await context.sync();
    const still = again.filter(({ range }) => linksOutside(String(range.formulas[0]?.[0] ?? "")));
    if (still.length > 0) throw new WorkbookError("insertLinksBroken", { cells: still.map(({ write }) => `${write.sheet}!${write.ref}`).join(", ") });
  }
  return { entered: writes.length, relinked: broken.length };
}

/**
 * Enters again every formula of the workbook that calls a SINV function (also in the form
 * Excel saves, `_xldudf_SINV_X(`, which becomes `SINV.X(`), so that Excel calculates
 * workbooks made by the CLI with `--formulas sinv`. Three syncs (sheets; used ranges;
 * write), plus one to put every cell back when the write fails.
 *
 * @example
 * await reenterSinvFormulas(context); // { entered: 42, sheets: ["Översikt", "Effekter"] }
 */
export async function reenterSinvFormulas(context: Excel.RequestContext): Promise<{ entered: number; sheets: string[] }> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const used = sheets.items.map((sheet) => sheet.getUsedRangeOrNullObject(true).load("address,formulas"));
  await context.sync();
  const writes: FormulaWrite[] = [];
  const restore: CellToRestore[] = [];
  for (const range of used) {
    if (range.isNullObject) continue;
    const where = parseSheetAddress(range.address);
    if (where === undefined) continue;
    range.formulas.forEach((row, r) =>
      row.forEach((formula, c) => {
        const entered = sinvFormulaToEnter(formula);
        if (entered === undefined) return;
        const ref = cellAddress({ row: where.first.row + r, col: where.first.col + c });
        writes.push({ sheet: where.sheet, ref, formula: entered });
        const cell = context.workbook.worksheets.getItem(where.sheet).getRange(ref);
        restore.push({ cell, value: undefined, formula, address: `${where.sheet}!${ref}` });
      })
    );
  }
  if (writes.length === 0) return { entered: 0, sheets: [] };
  try {
    queueWrites(context, writes);
    await context.sync();
  } catch (error) {
    return restoreCellsAndThrow(context, restore, error);
  }
  return { entered: writes.length, sheets: [...new Set(writes.map((write) => write.sheet))] };
}
