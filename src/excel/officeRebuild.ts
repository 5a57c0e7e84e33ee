/**
 * Rebuilding the generated sheets in place on Office.js, and reading the whole workbook
 * for the planner ({@link planRebuild}). The swap, in syncs: (1) list the sheets, tables
 * and names with their ids; (2) rename the old sheets and tables to temporary names and
 * delete the old names; (3–6) insert the plan under its own names ({@link insertPlanSheets},
 * which undoes itself); (7) move the new sheets to where the old ones stood and hide the
 * old ones; (8) delete them. A failure before (8)
 * puts everything back by id (names, visibility, and the old names with their formulas);
 * a failure of (8) leaves the old sheets hidden under their temporary names, and says so.
 */
import type { WorkbookPlan } from "../sheetModel/plan";
import type { RebuildReport, RebuildSwap, WorkbookSnapshot } from "../sheetModel/rebuildTypes";
import { temporaryName } from "../sheetModel/rebuildTypes";
import type { InsertReport } from "../sheetModel/gateway";
import { nameKey } from "../sheetModel/renameInFormula";
import { cellAddress, parseCell } from "../sheetModel/a1";
import { reasonOf, WorkbookError } from "../sheetModel/workbookError";
import { insertPlanSheets } from "./officeInsert";

/**
 * Every sheet's used range (formulas, "=…" for a formula cell), the tables and the names, in two syncs.
 *
 * @example
 * (await readWholeWorkbook(context)).sheets[0].cells.C8; // "=SUM(SINV_Kostnader[2017])"
 */
export async function readWholeWorkbook(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  try {
    const sheets = context.workbook.worksheets.load("items/name");
    const tables = context.workbook.tables.load("items/name,items/worksheet/name");
    const names = context.workbook.names.load("items/name,items/formula");
    await context.sync();
    const used = sheets.items.map((sheet) => ({ name: sheet.name, range: sheet.getUsedRangeOrNullObject(true).load("address,formulas") }));
    await context.sync();
    return {
      sheets: used.map(({ name, range }) => ({ name, cells: range.isNullObject ? {} : cellsOf(range.address, range.formulas as unknown[][]) })),
      tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
      names: names.items.map((n) => ({ name: n.name, formula: String(n.formula) }))
    };
  } catch (error) {
    throw new WorkbookError("readFailed", { reason: reasonOf(error) }, error);
  }
}

function cellsOf(address: string, formulas: readonly unknown[][]): Record<string, string | number | boolean> {
  const first = parseCell((address.split("!").pop() ?? "A1").split(":")[0]?.replace(/\$/g, "") ?? "A1");
  const out: Record<string, string | number | boolean> = {};
  formulas.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== "" && v !== null && v !== undefined) out[cellAddress({ row: first.row + r, col: first.col + c })] = v as string | number | boolean;
    })
  );
  return out;
}

interface Before {
  /** Every sheet's id before the rebuild. */
  readonly ids: ReadonlySet<string>;
  /** Where the first old sheet stands (0-based): the new sheets go there. */
  readonly at: number;
  readonly sheets: readonly { readonly id: string; readonly name: string; readonly visibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden" }[];
  readonly tables: readonly { readonly id: string; readonly name: string }[];
  readonly names: readonly { readonly name: string; readonly formula: string }[];
}

/**
 * Puts the old sheets, tables and names back and removes what the insert added — every
 * sheet that was not there before (by id) and has a name of the plan's, and every name of
 * the plan's (the old ones were deleted, so any now are the insert's) — and returns the
 * error to throw. Decided here: unlike a plain insert, a sheet that appeared under a plan's
 * name while the old ones were renamed away is taken to be the insert's (its answer lost).
 */
async function putBack(context: Excel.RequestContext, was: Before, plan: WorkbookPlan, cause: unknown): Promise<WorkbookError> {
  const reason = reasonOf(cause);
  try {
    const sheets = context.workbook.worksheets.load("items/name,items/id");
    const names = context.workbook.names.load("items/name");
    await context.sync();
    const planSheets = new Set(plan.sheets.map((s) => nameKey(s.name)));
    const planNames = new Set([...plan.names.map((n) => nameKey(n.name)), ...was.names.map((n) => nameKey(n.name))]);
    for (const name of names.items) if (planNames.has(nameKey(name.name))) name.delete();
    for (const sheet of sheets.items) if (!was.ids.has(sheet.id) && planSheets.has(nameKey(sheet.name))) sheet.delete();
    for (const sheet of was.sheets) {
      const item = context.workbook.worksheets.getItem(sheet.id);
      item.name = sheet.name;
      item.visibility = sheet.visibility as Excel.SheetVisibility;
    }
    for (const table of was.tables) context.workbook.tables.getItem(table.id).name = table.name;
    for (const name of was.names) context.workbook.names.add(name.name, name.formula);
    await context.sync();
    return new WorkbookError("rebuildFailed", { reason }, cause);
  } catch (undoError) {
    return new WorkbookError("rebuildRollbackFailed", { reason, rollback: reasonOf(undoError), sheets: was.sheets.map((s) => s.name).join(", ") }, cause);
  }
}

/**
 * Replaces the swap's sheets, tables and names by the plan's (see the file comment).
 *
 * @example
 * await rebuildSheets(context, bytes, plan, swap, writeXlsx, "a1b2c3d4"); // { sheets: ["Översikt", …], replaced: 12 }
 */
export async function rebuildSheets(
  context: Excel.RequestContext,
  bytes: Uint8Array,
  plan: WorkbookPlan,
  swap: RebuildSwap,
  write: (plan: WorkbookPlan) => Promise<Uint8Array>,
  token: string
): Promise<RebuildReport> {
  let was: Before;
  try {
    const sheets = context.workbook.worksheets.load("items/name,items/id,items/visibility");
    const tables = context.workbook.tables.load("items/name,items/id");
    const names = context.workbook.names.load("items/name,items/formula");
    await context.sync();
    const pick = <T extends { name: string }>(items: readonly T[], wanted: readonly string[]): T[] => items.filter((i) => wanted.some((w) => nameKey(w) === nameKey(i.name)));
    const wanted = new Set(swap.sheets.map(nameKey));
    const first = sheets.items.findIndex((s) => wanted.has(nameKey(s.name)));
    was = {
      ids: new Set(sheets.items.map((s) => s.id)),
      at: first < 0 ? sheets.items.length : first,
      sheets: pick(sheets.items, swap.sheets).map((s) => ({ id: s.id, name: s.name, visibility: s.visibility })),
      tables: pick(tables.items, swap.tables).map((t) => ({ id: t.id, name: t.name })),
      names: pick(names.items, swap.names).map((n) => ({ name: n.name, formula: String(n.formula) }))
    };
  } catch (error) {
    throw new WorkbookError("rebuildFailed", { reason: reasonOf(error) }, error);
  }
  let inserted: InsertReport;
  try {
    was.sheets.forEach((s, i) => (context.workbook.worksheets.getItem(s.id).name = temporaryName("sheet", i + 1, token)));
    was.tables.forEach((t, i) => (context.workbook.tables.getItem(t.id).name = temporaryName("table", i + 1, token)));
    for (const n of was.names) context.workbook.names.getItem(n.name).delete();
    await context.sync();
    inserted = await insertPlanSheets(context, bytes, plan, write);
    // The new sheets take the old ones' place in the tabs (decided here: as one block where the first old sheet stood).
    inserted.sheets.forEach((name, i) => (context.workbook.worksheets.getItem(name).position = was.at + i));
    for (const s of was.sheets) context.workbook.worksheets.getItem(s.id).visibility = "Hidden" as Excel.SheetVisibility;
    await context.sync();
  } catch (error) {
    throw await putBack(context, was, plan, error);
  }
  try {
    for (const s of was.sheets) context.workbook.worksheets.getItem(s.id).delete();
    await context.sync();
  } catch (error) {
    // Which old sheets are still there (the delete may have run and only its answer been lost)?
    let left = was.sheets.map((_, i) => temporaryName("sheet", i + 1, token));
    try {
      const sheets = context.workbook.worksheets.load("items/name,items/id");
      await context.sync();
      const ids = new Set(sheets.items.map((s) => s.id));
      left = was.sheets.map((s, i) => (ids.has(s.id) ? temporaryName("sheet", i + 1, token) : "")).filter((n) => n !== "");
    } catch {
      // Unknown: every old sheet is named as possibly left.
    }
    if (left.length > 0) throw new WorkbookError("rebuildCleanupFailed", { reason: reasonOf(error), sheets: left.join(", ") }, error);
  }
  return { sheets: inserted.sheets, replaced: was.sheets.length };
}
