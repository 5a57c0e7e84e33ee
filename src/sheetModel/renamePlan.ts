/**
 * Makes a plan fit into a workbook that already has sheets, tables and names: every new
 * sheet, table or name that clashes gets a suffix (sheets " (2)", tables and names "_2",
 * counting up), and every formula and name that refers to them follows. Pure: the
 * existing workbook is only read, the plan is copied.
 */
import type { CellPlan, NamePlan, SheetPlan, TablePlan, WorkbookPlan } from "./plan";
import { nameKey, renameInFormula, type FormulaRenames } from "./renameInFormula";

/** The sheet, table and name names a workbook already has. */
export interface ExistingNames {
  readonly sheets: readonly string[];
  readonly tables: readonly string[];
  /** Workbook-scoped defined names. */
  readonly names: readonly string[];
}

/** Old name → new name, only for what was renamed. */
export interface PlanRenames {
  readonly sheets: Readonly<Record<string, string>>;
  readonly tables: Readonly<Record<string, string>>;
  readonly names: Readonly<Record<string, string>>;
}

/** The plan ready to insert and what was renamed in it. */
export interface RenamedPlan {
  readonly plan: WorkbookPlan;
  readonly renames: PlanRenames;
  /** False when nothing clashed and `plan` is the input unchanged. */
  readonly changed: boolean;
}

/** Excel's longest sheet name. */
export const MAX_SHEET_NAME = 31;
/** Excel's longest defined or table name. */
export const MAX_NAME = 255;

/** The value for `key` when the record has it as its own property (so "constructor" is not found). */
function own(record: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function unique(base: string, taken: Set<string>, suffix: (n: number) => string, max: number): string {
  for (let n = 2; ; n += 1) {
    const end = suffix(n);
    const candidate = base.slice(0, max - end.length) + end;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}

function renameAll(
  wanted: readonly string[],
  clashes: Set<string>,
  taken: Set<string>,
  suffix: (n: number) => string,
  max: number
): Record<string, string> {
  const renamed = new Map<string, string>();
  for (const name of wanted) {
    if (!clashes.has(nameKey(name)) || renamed.has(name)) continue;
    const fresh = unique(name, taken, suffix, max);
    taken.add(nameKey(fresh));
    renamed.set(name, fresh);
  }
  return Object.fromEntries(renamed); // own data properties, even for "__proto__"
}

function keyed(renamed: Readonly<Record<string, string>>): Map<string, string> {
  return new Map(Object.entries(renamed).map(([from, to]) => [nameKey(from), to]));
}

function renameCell(cell: CellPlan, renames: FormulaRenames): CellPlan {
  if (cell.formula === undefined) return cell;
  const formula = renameInFormula(cell.formula, renames);
  return formula === cell.formula ? cell : { ...cell, formula };
}

/**
 * Renames what clashes with the workbook and rewrites references to it.
 *
 * Sheet names are compared without case; tables and defined names share one namespace
 * in Excel, so a new table must not clash with an existing name and vice versa. Names
 * the plan itself uses are never handed out as suffixed names.
 *
 * @param plan - the workbook plan to insert.
 * @param existing - what the workbook already has.
 * @returns the renamed plan, the renames and whether anything changed.
 *
 * @example
 * const { plan: fitted, renames } = renamePlan(plan, { sheets: ["Översikt"], tables: ["SINV_Enhetskostnader"], names: ["SINV_TotalCost"] });
 * renames.sheets; // { "Översikt": "Översikt (2)" }
 * renames.tables; // { "SINV_Enhetskostnader": "SINV_Enhetskostnader_2" }
 * renames.names; // { "SINV_TotalCost": "SINV_TotalCost_2" }
 * // a formula 'Översikt'!C8*2 in the plan is now 'Översikt (2)'!C8*2
 */
export function renamePlan(plan: WorkbookPlan, existing: ExistingNames): RenamedPlan {
  const planSheets = plan.sheets.map((sheet) => sheet.name);
  const planTables = plan.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name));
  const planNames = plan.names.map((name) => name.name);

  const existingSheets = new Set(existing.sheets.map(nameKey));
  const existingIds = new Set([...existing.tables, ...existing.names].map(nameKey));
  const takenSheets = new Set([...existingSheets, ...planSheets.map(nameKey)]);
  const takenIds = new Set([...existingIds, ...planTables.map(nameKey), ...planNames.map(nameKey)]);

  const sheets = renameAll(planSheets, existingSheets, takenSheets, (n) => ` (${n})`, MAX_SHEET_NAME);
  const tables = renameAll(planTables, existingIds, takenIds, (n) => `_${n}`, MAX_NAME);
  const names = renameAll(planNames, existingIds, takenIds, (n) => `_${n}`, MAX_NAME);
  const renames: PlanRenames = { sheets, tables, names };
  if (Object.keys(sheets).length + Object.keys(tables).length + Object.keys(names).length === 0) {
    return { plan, renames, changed: false };
  }

  const formulaRenames: FormulaRenames = { sheets: keyed(sheets), identifiers: new Map([...keyed(tables), ...keyed(names)]) };
  const renameTable = (table: TablePlan): TablePlan => ({ ...table, name: own(tables, table.name) ?? table.name });
  const renameSheet = (sheet: SheetPlan): SheetPlan => ({
    ...sheet,
    name: own(sheets, sheet.name) ?? sheet.name,
    cells: sheet.cells.map((cell) => renameCell(cell, formulaRenames)),
    tables: sheet.tables.map(renameTable)
  });
  const renameName = (name: NamePlan): NamePlan => ({
    ...name,
    name: own(names, name.name) ?? name.name,
    sheet: own(sheets, name.sheet) ?? name.sheet
  });
  return { plan: { ...plan, sheets: plan.sheets.map(renameSheet), names: plan.names.map(renameName) }, renames, changed: true };
}
