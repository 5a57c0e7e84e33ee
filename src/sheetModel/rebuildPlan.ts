/**
 * Rebuilding the generated sheets in place, decided before anything changes: given the
 * workbook as read and the plan its own inputs give (the OLD plan), which sheets, tables
 * and names are SINV's and may be replaced by the NEW plan, or why not. Generic over the
 * plans: no sheet, table or name is listed here.
 *
 * A plan's input ranges (the cells the user may change and the pane reads back, e.g. a
 * register's statuses) may hold any value.
 *
 * Refused when a generated sheet holds anything the old plan does not explain (a user's
 * own cell or table, a changed formula or value), or when a formula or a name outside
 * the generated sheets refers to a generated sheet, table or name (replacing would break
 * it). A sheet the user added is not SINV's and is never touched.
 */
import { cellAddress, parseCell } from "./a1";
import type { CellValue, SheetPlan, WorkbookPlan } from "./plan";
import type { RebuildSwap, SheetSnapshot, WorkbookSnapshot } from "./rebuildTypes";
import { nameKey } from "./renameInFormula";
import { parseSheetAddress } from "./sheetAddress";
import { WorkbookError } from "./workbookError";
import { scanFormula } from "../writer/formulaScanner";

/** How many cells a refusal names before "…". */
export const NAMED_CELLS = 5;

/**
 * What a plan's sheet puts in each cell: a formula as "=…", else its value (tables' headers and rows included).
 *
 * @example
 * expectedCells({ name: "A", cells: [{ ref: "B2", formula: "1+1" }], tables: [], columnWidths: {} }).get("B2"); // "=1+1"
 */
export function expectedCells(sheet: SheetPlan): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  // Tables first, then cells, as the writers place them: a formula cell inside a table stays a formula.
  for (const table of sheet.tables) {
    const start = parseCell(table.ref);
    table.columns.forEach((column, c) => out.set(cellAddress({ row: start.row, col: start.col + c }), column));
    table.rows.forEach((row, r) => row.forEach((value, c) => out.set(cellAddress({ row: start.row + 1 + r, col: start.col + c }), value)));
  }
  for (const cell of sheet.cells) out.set(cellAddress(parseCell(cell.ref)), cell.formula !== undefined ? `=${cell.formula}` : (cell.value ?? null));
  // A merged range's other cells may read as its first cell's content (ExcelJS does so; Excel reads them empty).
  for (const merge of sheet.merges ?? []) {
    const [first, last = first] = merge.split(":").map((ref) => parseCell(ref.replace(/\$/g, "")));
    if (!first) continue;
    const anchor = out.get(cellAddress(first)) ?? null;
    for (let row = first.row; row <= last.row; row += 1) {
      for (let col = first.col; col <= last.col; col += 1) if (row !== first.row || col !== first.col) out.set(cellAddress({ row, col }), anchor);
    }
  }
  return out;
}

/** A formula as compared: no "=", spaces, quotes, "@" or "_xlfn." prefixes, upper case (Excel may re-spell any of these). */
function formulaForm(text: string): string {
  return text.replace(/^=/, "").replace(/_xl(fn|ws)\./gi, "").replace(/[\s'@]/g, "").toUpperCase();
}

function isFormula(value: CellValue | undefined): value is string {
  return typeof value === "string" && value.startsWith("=") && value.length > 1;
}

function isEmpty(value: CellValue | undefined): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/**
 * Whether a cell as read holds what the plan put there (formulas by their text, numbers
 * within 1e-9 relative, texts trimmed; an emptied cell is explained: nothing of the user's is in it).
 *
 * @example
 * explains("=SUM(B1:B3)", "=sum(B1:B3)"); // true
 * explains(0.3, 0.30000000000000004); // true
 * explains(null, "Min egen anteckning"); // false
 */
export function explains(planned: CellValue | undefined, actual: CellValue | undefined): boolean {
  if (isEmpty(actual)) return true;
  if (isFormula(planned) || isFormula(actual)) return isFormula(planned) && isFormula(actual) && formulaForm(planned) === formulaForm(actual);
  if (isEmpty(planned)) return false;
  const a = typeof planned === "number" ? planned : Number(planned);
  const b = typeof actual === "number" ? actual : Number(actual);
  if ((typeof planned === "number" || typeof actual === "number") && Number.isFinite(a) && Number.isFinite(b)) return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return String(planned).trim() === String(actual).trim();
}

function listed(cells: readonly string[]): string {
  const shown = cells.slice(0, NAMED_CELLS).join(", ");
  return cells.length > NAMED_CELLS ? `${shown} … (+${cells.length - NAMED_CELLS})` : shown;
}

/**
 * The cells of a plan's input ranges ({@link WorkbookPlan.inputs}), keyed "SHEETKEY!A1".
 *
 * @example
 * inputCells({ ...plan, inputs: ["Fondregister!D5:D6"] }); // Set { "FONDREGISTER!D5", "FONDREGISTER!D6" }
 */
export function inputCells(plan: WorkbookPlan): Set<string> {
  const out = new Set<string>();
  for (const range of plan.inputs ?? []) {
    const bang = range.lastIndexOf("!");
    const sheet = nameKey(range.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'"));
    const [first, last = first] = range.slice(bang + 1).split(":").map((ref) => parseCell(ref.replace(/\$/g, "")));
    if (!first) continue;
    for (let row = first.row; row <= last.row; row += 1) for (let col = first.col; col <= last.col; col += 1) out.add(`${sheet}!${cellAddress({ row, col })}`);
  }
  return out;
}

function unexplainedCells(sheet: SheetSnapshot, plan: SheetPlan, inputs: ReadonlySet<string>): string[] {
  const expected = expectedCells(plan);
  const key = nameKey(sheet.name);
  return Object.entries(sheet.cells)
    // An input cell holds the user's value, read back: any value is explained, a formula only where planned.
    .filter(([address, value]) => !(inputs.has(`${key}!${address}`) && !isFormula(value)) && !explains(expected.get(address), value))
    .map(([address]) => `${sheet.name}!${address}`);
}

/** Whether a formula refers to one of the sheets or identifiers (tables, names), all keyed by {@link nameKey}. */
function refersTo(formula: string, sheets: ReadonlySet<string>, identifiers: ReadonlySet<string>): boolean {
  return scanFormula(formula.replace(/^=/, "")).some(
    (token) => (token.kind === "sheet" && sheets.has(nameKey(token.name))) || (token.kind === "name" && token.next !== "(" && identifiers.has(nameKey(token.text)))
  );
}

/**
 * Decides what a rebuild replaces, or refuses with a {@link WorkbookError}
 * ("rebuildUnexplained" or "rebuildReferenced", naming up to five cells or names).
 *
 * @param book - the workbook as read ({@link WorkbookGateway.readWorkbook}).
 * @param old - the plan the workbook's own inputs give, same template and language.
 * @returns the workbook's generated sheets, tables and names, as it spells them.
 *
 * @example
 * // A workbook exactly as generated, plus the user's sheet "Anteckningar" (its own cells only):
 * planRebuild(book, oldPlan); // { sheets: ["Översikt", …, "Kontroller"] (13), tables: ["SINV_Forvaltningar", …], names: ["SINV_TotalCost", …] }
 * // The user typed 42 into Effekter!K40: throws "… de genererade bladen innehåller sådant som SINV inte skrivit (Effekter!K40) …"
 */
export function planRebuild(book: WorkbookSnapshot, old: WorkbookPlan): RebuildSwap {
  const planSheets = new Map(old.sheets.map((sheet) => [nameKey(sheet.name), sheet]));
  const generated = book.sheets.filter((sheet) => planSheets.has(nameKey(sheet.name)));
  const generatedKeys = new Set(generated.map((sheet) => nameKey(sheet.name)));
  const planTables = new Map(old.sheets.flatMap((sheet) => sheet.tables.map((table) => [nameKey(table.name), sheet.name] as const)));
  const planNames = new Set(old.names.map((name) => nameKey(name.name)));

  const inputs = inputCells(old);
  const unexplained = generated.flatMap((sheet) => unexplainedCells(sheet, planSheets.get(nameKey(sheet.name)) as SheetPlan, inputs));
  // A table on a generated sheet that the plan does not have there is the user's.
  for (const table of book.tables) {
    if (!generatedKeys.has(nameKey(table.sheet))) continue;
    const planned = planTables.get(nameKey(table.name));
    if (planned === undefined || nameKey(planned) !== nameKey(table.sheet)) unexplained.push(`${table.sheet}: ${table.name}`);
  }
  if (unexplained.length > 0) throw new WorkbookError("rebuildUnexplained", { cells: listed(unexplained) });

  const tables = book.tables.filter((table) => generatedKeys.has(nameKey(table.sheet))).map((table) => table.name);
  const onGenerated = (formula: string): boolean => {
    const where = parseSheetAddress(formula.replace(/^=/, ""));
    return formula.includes("#REF!") || (where !== undefined && generatedKeys.has(nameKey(where.sheet)));
  };
  const names = book.names.filter((name) => planNames.has(nameKey(name.name)) && onGenerated(name.formula)).map((name) => name.name);

  const identifiers = new Set([...tables, ...names].map(nameKey));
  const referring = [
    ...book.sheets
      .filter((sheet) => !generatedKeys.has(nameKey(sheet.name)))
      .flatMap((sheet) => Object.entries(sheet.cells).filter(([, value]) => isFormula(value) && refersTo(value, generatedKeys, identifiers)).map(([address]) => `${sheet.name}!${address}`)),
    ...book.names.filter((name) => !identifiers.has(nameKey(name.name)) && refersTo(name.formula, generatedKeys, identifiers)).map((name) => name.name)
  ];
  if (referring.length > 0) throw new WorkbookError("rebuildReferenced", { cells: listed(referring) });
  return { sheets: generated.map((sheet) => sheet.name), tables, names };
}

