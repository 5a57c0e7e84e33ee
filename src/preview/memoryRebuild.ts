/**
 * Rebuilding the generated sheets in place, in memory: the same steps and the same undo
 * as the Office.js rebuild (src/excel/officeRebuild.ts). Old sheets and tables are
 * renamed to temporary names (formulas follow, as in Excel) and the old names deleted;
 * the plan is inserted under its own names; the old sheets are hidden, then deleted.
 */
import type { InsertReport } from "../sheetModel/gateway";
import type { WorkbookPlan } from "../sheetModel/plan";
import type { RebuildReport, RebuildSwap } from "../sheetModel/rebuildTypes";
import { temporaryName } from "../sheetModel/rebuildTypes";
import { nameKey, renameInFormula } from "../sheetModel/renameInFormula";
import { reasonOf, WorkbookError } from "../sheetModel/workbookError";
import type { MemoryName, MemoryTable, Sheet } from "./memoryWorkbook";

/** The points of a rebuild where a test can make it fail. */
export type RebuildStep = "rename" | "hide" | "delete";

/** The workbook's parts a rebuild changes, lent by the memory gateway. */
export interface RebuildableBook {
  readonly sheets: Sheet[];
  /** The workbook's tables; given a list, they become that list. */
  tables(replace?: MemoryTable[]): MemoryTable[];
  /** The workbook's names; given a list, they become that list. */
  names(replace?: MemoryName[]): MemoryName[];
  readonly hidden: Set<Sheet>;
  insert(bytes: Uint8Array, plan: WorkbookPlan): Promise<InsertReport>;
  step?(step: RebuildStep): void;
}

/** Renames sheets and identifiers (tables, names) everywhere they are referred to, as Excel does on a rename. */
function renameEverywhere(book: RebuildableBook, sheets: ReadonlyMap<string, string>, identifiers: ReadonlyMap<string, string>): void {
  const renames = { sheets, identifiers };
  for (const sheet of book.sheets) {
    for (const [address, cell] of sheet.cells) if (cell.formula !== undefined) sheet.cells.set(address, { ...cell, formula: renameInFormula(cell.formula, renames) });
    const to = sheets.get(nameKey(sheet.name));
    if (to !== undefined) sheet.name = to;
  }
  book.tables(book.tables().map((t) => ({ ...t, name: identifiers.get(nameKey(t.name)) ?? t.name, sheet: sheets.get(nameKey(t.sheet)) ?? t.sheet })));
  book.names(book.names().map((n) => ({ ...n, formula: `=${renameInFormula(n.formula.replace(/^=/, ""), renames)}` })));
}

function keyed(pairs: readonly (readonly [string, string])[]): Map<string, string> {
  return new Map(pairs.map(([from, to]) => [nameKey(from), to]));
}

/**
 * Carries out a rebuild the planner decided ({@link planRebuild}).
 *
 * @example
 * await rebuildInMemory(book, bytes, newPlan, { sheets: ["Översikt", …], tables: [...], names: [...] }, "a1b2c3d4");
 * // { sheets: ["Översikt", …], replaced: 13 }
 */
export async function rebuildInMemory(book: RebuildableBook, bytes: Uint8Array, plan: WorkbookPlan, swap: RebuildSwap, token: string): Promise<RebuildReport> {
  const sheetPairs = swap.sheets.map((name, i) => [name, temporaryName("sheet", i + 1, token)] as const);
  const tablePairs = swap.tables.map((name, i) => [name, temporaryName("table", i + 1, token)] as const);
  const isOld = (n: MemoryName): boolean => swap.names.some((s) => nameKey(s) === nameKey(n.name));
  const oldSheets = swap.sheets.map((name) => book.sheets.find((s) => nameKey(s.name) === nameKey(name))).filter((s): s is Sheet => s !== undefined);
  // What the workbook was, to put back exactly after a failure before the delete.
  const saved = { sheets: book.sheets.map((sheet) => ({ sheet, name: sheet.name, cells: new Map(sheet.cells) })), tables: book.tables(), names: book.names() };
  let inserted: InsertReport | undefined;
  try {
    renameEverywhere(book, keyed(sheetPairs), keyed(tablePairs));
    book.names(book.names().filter((n) => !isOld(n)));
    book.step?.("rename");
    inserted = await book.insert(bytes, plan);
    // The new sheets take the old ones' place in the tabs, as one block where the first old sheet stood.
    const added = book.sheets.filter((s) => !saved.sheets.some((x) => x.sheet === s));
    const rest = book.sheets.filter((s) => !added.includes(s));
    const at = oldSheets.length > 0 ? Math.min(...oldSheets.map((s) => rest.indexOf(s))) : rest.length;
    book.sheets.splice(0, book.sheets.length, ...rest.slice(0, at), ...added, ...rest.slice(at));
    for (const sheet of oldSheets) book.hidden.add(sheet);
    book.step?.("hide");
  } catch (error) {
    book.sheets.splice(0, book.sheets.length, ...saved.sheets.map((x) => x.sheet));
    for (const x of saved.sheets) {
      x.sheet.name = x.name;
      x.sheet.cells.clear();
      for (const [ref, cell] of x.cells) x.sheet.cells.set(ref, cell);
    }
    book.tables(saved.tables);
    book.names(saved.names);
    for (const sheet of oldSheets) book.hidden.delete(sheet);
    throw new WorkbookError("rebuildFailed", { reason: reasonOf(error) }, error);
  }
  try {
    for (const sheet of oldSheets) {
      book.step?.("delete");
      removeSheets(book, [sheet]);
    }
  } catch (error) {
    const left = oldSheets.filter((s) => book.sheets.includes(s)).map((s) => s.name);
    throw new WorkbookError("rebuildCleanupFailed", { reason: reasonOf(error), sheets: left.join(", ") }, error);
  }
  return { sheets: inserted.sheets, replaced: oldSheets.length };
}

function removeSheets(book: RebuildableBook, sheets: readonly Sheet[]): void {
  for (const sheet of sheets) {
    const at = book.sheets.indexOf(sheet);
    if (at >= 0) book.sheets.splice(at, 1);
    book.hidden.delete(sheet);
    book.tables(book.tables().filter((t) => nameKey(t.sheet) !== nameKey(sheet.name)));
  }
}
