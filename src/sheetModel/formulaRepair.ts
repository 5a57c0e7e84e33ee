/**
 * What must be written again after a plan's sheets were inserted into a workbook, decided
 * from the plan and the formulas Excel reports back — pure, so the Office adapter only
 * reads, writes and checks.
 *
 * Two known Office behaviours (docs/office-behaviour.md): Excel on the web turns table
 * references in inserted sheets into links to another workbook (office-js#5911, #2809),
 * and a custom-function formula that arrived as text is not calculated until it is
 * entered again (Excel-Custom-Functions#108).
 */
import { scanFormula } from "../writer/formulaScanner";
import { cellAddress, parseCell } from "./a1";
import type { WorkbookPlan } from "./plan";

/** One formula to enter into a cell, with its leading `=` (as `range.formulas` takes it). */
export interface FormulaWrite {
  readonly sheet: string;
  /** A1 address within the sheet, e.g. "C8". */
  readonly ref: string;
  readonly formula: string;
}

/** The block of a sheet that holds all of the plan's formula cells, e.g. "A4:P40". */
export interface FormulaBlock {
  readonly sheet: string;
  readonly range: string;
  /** Row and column of the block's top-left cell (1-based). */
  readonly origin: { readonly row: number; readonly col: number };
}

/** A SINV function as Excel saves JavaScript custom functions, e.g. `_xldudf_SINV_EFFECT`. */
const SAVED_CALL = /^_xldudf_SINV_([A-Z0-9]+)$/i;
/** A SINV function as entered, e.g. `SINV.EFFECT`. */
const SINV_CALL = /^SINV\.[A-Z0-9]+$/i;

/**
 * Whether a formula refers to another workbook: a sheet prefix holding `[…]` or a URL,
 * or an external index such as `[1]`. String literals are not looked at.
 *
 * @example
 * linksOutside("SUM(SINV_Effekter[Andel])");                          // false
 * linksOutside("SUM('https://x/[Bok.xlsx]Effekter'!SINV_Effekter[Andel])"); // true
 * linksOutside("[1]Effekter!B4*2");                                     // true
 */
export function linksOutside(formula: string): boolean {
  return scanFormula(formula.replace(/^=/, "")).some(
    (token) =>
      (token.kind === "sheet" && (/\[[^\]]*\]/.test(token.name) || token.name.includes("://"))) ||
      (token.kind === "structured" && /^\[\d+\]$/.test(token.text)) ||
      (token.kind === "other" && /:\/\//.test(token.text))
  );
}

/**
 * The block of each plan sheet that holds formula cells (sheets without formulas left out).
 *
 * @example
 * formulaBlocks(plan); // [{ sheet: "Översikt", range: "C5:D30", origin: { row: 5, col: 3 } }, …]
 */
export function formulaBlocks(plan: WorkbookPlan): FormulaBlock[] {
  const blocks: FormulaBlock[] = [];
  for (const sheet of plan.sheets) {
    const cells = sheet.cells.filter((cell) => cell.formula !== undefined).map((cell) => parseCell(cell.ref));
    if (cells.length === 0) continue;
    const top = Math.min(...cells.map((c) => c.row));
    const left = Math.min(...cells.map((c) => c.col));
    const bottom = Math.max(...cells.map((c) => c.row));
    const right = Math.max(...cells.map((c) => c.col));
    const range = `${cellAddress({ row: top, col: left })}:${cellAddress({ row: bottom, col: right })}`;
    blocks.push({ sheet: sheet.name, range, origin: { row: top, col: left } });
  }
  return blocks;
}

/** The formula a cell holds in a block read with `range.formulas`, or "" outside it. */
function formulaAt(block: FormulaBlock, read: readonly (readonly unknown[])[], ref: string): string {
  const at = parseCell(ref);
  const value = read[at.row - block.origin.row]?.[at.col - block.origin.col];
  return typeof value === "string" ? value : "";
}

/**
 * The cells to enter again after an insert: every formula cell Excel now reads as a link
 * to another workbook where the plan's formula has none, and — in a plan with `SINV.*`
 * functions — every cell calling one, so that Excel registers the call.
 *
 * @param plan - the plan as inserted (after renames).
 * @param read - per sheet name, the formulas of its {@link formulaBlocks} block.
 * @returns the writes, and the cells of them that were broken links.
 *
 * @example
 * formulaRepairs(plan, { "Effekter": [["=SUM('https://x/[Bok.xlsx]Effekter'!SINV_Effekter[Andel])"]] });
 * // { writes: [{ sheet: "Effekter", ref: "D4", formula: "=SUM(SINV_Effekter[Andel])" }], broken: [that write] }
 */
export function formulaRepairs(plan: WorkbookPlan, read: Readonly<Record<string, readonly (readonly unknown[])[]>>): { writes: FormulaWrite[]; broken: FormulaWrite[] } {
  const writes: FormulaWrite[] = [];
  const broken: FormulaWrite[] = [];
  const blocks = new Map(formulaBlocks(plan).map((block) => [block.sheet, block]));
  for (const sheet of plan.sheets) {
    const block = blocks.get(sheet.name);
    if (block === undefined) continue;
    const cells = read[sheet.name] ?? [];
    for (const cell of sheet.cells) {
      if (cell.formula === undefined) continue;
      const write = { sheet: sheet.name, ref: cell.ref, formula: `=${cell.formula}` };
      if (linksOutside(formulaAt(block, cells, cell.ref)) && !linksOutside(cell.formula)) {
        broken.push(write);
        writes.push(write);
      } else if (plan.formulas === "sinv" && sinvFormulaToEnter(write.formula) !== undefined) {
        writes.push(write);
      }
    }
  }
  return { writes, broken };
}

/**
 * A formula as it must be entered so that Excel calls the SINV function: the form Excel
 * saves (`_xldudf_SINV_X(`) turned back into `SINV.X(`; undefined when the formula calls
 * no SINV function.
 *
 * @example
 * sinvFormulaToEnter("=_xldudf_SINV_EFFECT(B4,C4,D4)*2"); // "=SINV.EFFECT(B4,C4,D4)*2"
 * sinvFormulaToEnter("=SINV.SAVINGS10Y(A1:A3)");          // "=SINV.SAVINGS10Y(A1:A3)"
 * sinvFormulaToEnter("=SUM(A1:A3)");                      // undefined
 */
export function sinvFormulaToEnter(formula: unknown): string | undefined {
  if (typeof formula !== "string" || !formula.startsWith("=")) return undefined;
  let calls = 0;
  const text = scanFormula(formula.slice(1))
    .map((token) => {
      if (token.kind !== "name" || token.next !== "(") return token.text;
      const saved = SAVED_CALL.exec(token.text);
      if (saved !== null || SINV_CALL.test(token.text)) calls += 1;
      return saved !== null ? `SINV.${saved[1].toUpperCase()}` : token.text;
    })
    .join("");
  return calls > 0 ? `=${text}` : undefined;
}
