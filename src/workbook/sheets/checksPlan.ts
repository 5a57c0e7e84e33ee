/**
 * The checks read the workbook the generator has just planned: every figure a check compares
 * is a formula over cells of the other sheets together with the value those cells carry in
 * the plan (the engine's `expect` for a formula, the value for a literal or a table cell).
 * So a check's own expected value is the plan's, never a second computation of a rule.
 */
import type { Dec } from "../../engine";
import { ZERO, cellKey, dec } from "../../engine";
import { cellRef, onSheet, parseCell, rangeRef } from "../../sheetModel/a1";
import type { CellValue, SheetPlan, TablePlan } from "../../sheetModel/plan";
import { isToken, sumWhere } from "../formulas/keyMatch";

/** A figure a check compares: a formula (no leading "=") and the plan's value for it. */
export interface Figure<T> {
  readonly formula: string;
  readonly value: T;
}

/** A block of cells on one sheet, 1-based and inclusive. */
export interface Block {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly lastRow: number;
  readonly lastCol: number;
}

/** What a cell holds in the plan: a value, or a formula with or without the engine's value. */
type Held = { readonly kind: "value"; readonly value: CellValue } | { readonly kind: "formula"; readonly value: number | boolean | string | undefined };

/** A table of the plan with the sheet it is on. */
export interface PlacedTable {
  readonly sheet: string;
  readonly table: TablePlan;
  readonly headerRow: number;
  readonly firstCol: number;
  /** Data rows as written (an empty table is written with one blank row). */
  readonly rows: readonly (readonly CellValue[])[];
}

/**
 * The cells of a planned workbook by sheet and address, tables included.
 *
 * @example
 * const cells = new PlanCells(plan.sheets);
 * cells.held("Översikt", 9, 3); // { kind: "formula", value: 12200000 } (worked example)
 */
export class PlanCells {
  private readonly cells = new Map<string, Held>();
  private readonly tables = new Map<string, PlacedTable>();
  private readonly formats = new Map<string, string>();

  constructor(sheets: readonly SheetPlan[]) {
    for (const sheet of sheets) {
      for (const table of sheet.tables) {
        const { row, col } = parseCell(table.ref);
        const rows = table.rows.length > 0 ? table.rows : [table.columns.map(() => null)];
        this.tables.set(table.name, { sheet: sheet.name, table, headerRow: row, firstCol: col, rows });
        rows.forEach((values, i) => values.forEach((value, j) => this.cells.set(key(sheet.name, row + 1 + i, col + j), { kind: "value", value })));
      }
      for (const cell of sheet.cells) {
        const { row, col } = parseCell(cell.ref);
        this.cells.set(key(sheet.name, row, col), cell.formula !== undefined ? { kind: "formula", value: cell.expect } : { kind: "value", value: cell.value ?? null });
        if (cell.numFmt !== undefined) this.formats.set(key(sheet.name, row, col), cell.numFmt);
      }
    }
  }

  /** What the cell holds; an empty cell holds the value null. */
  held(sheet: string, row: number, col: number): Held {
    return this.cells.get(key(sheet, row, col)) ?? { kind: "value", value: null };
  }

  /** The number format of a (non-table) cell, if it has one. */
  numFmt(sheet: string, row: number, col: number): string | undefined {
    return this.formats.get(key(sheet, row, col));
  }

  /** Every cell of a block, row by row. */
  block(b: Block): Held[] {
    const out: Held[] = [];
    for (let r = b.row; r <= b.lastRow; r++) for (let c = b.col; c <= b.lastCol; c++) out.push(this.held(b.sheet, r, c));
    return out;
  }

  /** A table by its name; throws when the plan has none (a generator bug, not a user's error). */
  table(name: string): PlacedTable {
    const found = this.tables.get(name);
    if (!found) throw new Error(`The plan has no table ${name}.`);
    return found;
  }
}

function key(sheet: string, row: number, col: number): string {
  return `${sheet}!${cellRef(row, col)}`;
}

/** The formula-ready reference of a block: `'Effekter'!$D$5:$P$7`, or one cell `'Effekter'!$D$5`. */
export function blockRef(b: Block): string {
  return onSheet(b.sheet, b.row === b.lastRow && b.col === b.lastCol ? cellRef(b.row, b.col, true) : rangeRef(b.row, b.col, b.lastRow, b.lastCol));
}

/** A block of one cell. */
export function at(sheet: string, row: number, col: number): Block {
  return { sheet, row, col, lastRow: row, lastCol: col };
}

/** An amount, or undefined where a formula cell has no value from the engine (the workbook shows an error there). */
export type Amount = Dec | undefined;

/** The amount a held cell counts as in SUM: a number, else 0 (text, booleans and blanks are skipped). */
function amount(h: Held): Amount {
  if (h.kind === "formula" && h.value === undefined) return undefined;
  return typeof h.value === "number" ? dec(h.value) : ZERO;
}

function add(a: Amount, b: Amount): Amount {
  return a === undefined || b === undefined ? undefined : a.plus(b);
}

/**
 * One cell's amount.
 *
 * @example
 * cellFigure(cells, at("Översikt", 9, 3)); // { formula: "'Översikt'!$C$9", value: 12200000 as Dec }
 */
export function cellFigure(cells: PlanCells, b: Block): Figure<Amount> {
  return { formula: blockRef(b), value: amount(cells.held(b.sheet, b.row, b.col)) };
}

/**
 * The sum of a block, as SUM adds it.
 *
 * @example
 * sumFigure(cells, { sheet: "Effekter", row: 20, col: 4, lastRow: 20, lastCol: 16 }).formula; // "SUM('Effekter'!$D$20:$P$20)"
 */
export function sumFigure(cells: PlanCells, b: Block): Figure<Amount> {
  return { formula: `SUM(${blockRef(b)})`, value: cells.block(b).reduce<Amount>((s, h) => add(s, amount(h)), ZERO) };
}

/**
 * The sum of a block over the rows whose cell in `condition` (one column, the same rows)
 * holds `token` as the workbook compares it (TRIM, any case): a SUMIFS with exact matching.
 *
 * @example
 * sumWhereFigure(cells, windows, payers, "kommun").formula;
 * // "SUMPRODUCT('Effekter'!$Q$10:$Q$11*(TRIM('Effekter'!$C$10:$C$11)=\"kommun\"))" (keyMatch's sumWhere)
 */
export function sumWhereFigure(cells: PlanCells, b: Block, condition: Block, token: string): Figure<Amount> {
  let value: Amount = ZERO;
  for (let r = b.row; r <= b.lastRow; r++) {
    const held = cells.held(condition.sheet, condition.row + (r - b.row), condition.col);
    if (held.kind === "formula" && held.value === undefined) value = undefined;
    if (cellKey(held.value) !== cellKey(token)) continue;
    for (let c = b.col; c <= b.lastCol; c++) value = add(value, amount(cells.held(b.sheet, r, c)));
  }
  return { formula: sumWhere(blockRef(b), [isToken(blockRef(condition), [token])]), value };
}

/**
 * Two figures added.
 *
 * @example
 * plus(fund, cofinancing).formula; // "'Kostnadskalkyl'!$P$18+'Kostnadskalkyl'!$P$19"
 */
export function plus(a: Figure<Amount>, b: Figure<Amount>): Figure<Amount> {
  return { formula: `${a.formula}+${b.formula}`, value: add(a.value, b.value) };
}

/**
 * How many cells of a block hold #N/A: every formula cell the engine could give no value is
 * a lookup that found nothing (each lookup of the generator gives #N/A, never 0, then).
 *
 * @example
 * notFoundFigure(cells, matches).formula; // "SUMPRODUCT(ISNA('Effekter'!$N$5:$P$5)*1)"
 */
export function notFoundFigure(cells: PlanCells, b: Block): Figure<number> {
  return { formula: `SUMPRODUCT(ISNA(${blockRef(b)})*1)`, value: cells.block(b).filter((h) => h.kind === "formula" && h.value === undefined).length };
}
