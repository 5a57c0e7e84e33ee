/**
 * A sheet plan as the cells a reader sees: every cell's position, shown text (a formula's
 * expected value), font and whether it wraps — the plan's cells and its tables' headers and
 * data — and the columns' widths in points. What row heights and page breaks are planned from.
 */
import { parseCell } from "../sheetModel/a1";
import type { CellFont } from "../sheetModel/cellFonts";
import { cellFont } from "../sheetModel/cellFonts";
import type { SheetPlan } from "../sheetModel/plan";

/** One cell as it prints. */
export interface PrintedCell {
  readonly row: number;
  readonly col: number;
  /** The text shown (a number as its digits: numbers never wrap, only their presence counts). */
  readonly text: string;
  readonly font: CellFont;
  readonly wrap: boolean;
}

/** Excel's default column width in characters, for columns the plan gives none. */
export const DEFAULT_COLUMN_WIDTH = 8.43;

/**
 * A column's width in points from its width in characters (Excel: 7 pixels a character plus
 * 5 of padding at 96 dpi, 0.75 points a pixel).
 *
 * @example
 * columnPoints(12); // 66.75
 */
export function columnPoints(chars: number): number {
  return Math.trunc(((256 * chars + Math.trunc(128 / 7)) / 256) * 7 + 5) * 0.75;
}

/**
 * The width in points of the columns first…last of a sheet.
 *
 * @example
 * spanPoints(sheet, 1, 3); // column A + B + C
 */
export function spanPoints(sheet: SheetPlan, first: number, last: number): number {
  let sum = 0;
  for (let c = first; c <= last; c++) sum += columnPoints(sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH);
  return sum;
}

function shown(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value);
}

/**
 * Every cell a reader sees on the sheet: plan cells (formulas by their expected value) and
 * the tables' header rows (bold, wrapping) and data rows (wrapping where the table says so).
 *
 * @example
 * printedCells(sheet).find((c) => c.row === 1)?.font.size; // 14 (the title)
 */
export function printedCells(sheet: SheetPlan): PrintedCell[] {
  const out: PrintedCell[] = [];
  for (const table of sheet.tables) {
    const origin = parseCell(table.ref);
    const header = cellFont("header");
    table.columns.forEach((name, i) => out.push({ row: origin.row, col: origin.col + i, text: name, font: header, wrap: true }));
    const rows = table.rows.length > 0 ? table.rows : [table.columns.map(() => null)];
    rows.forEach((values, r) =>
      values.forEach((value, i) => out.push({ row: origin.row + 1 + r, col: origin.col + i, text: shown(value), font: cellFont(undefined), wrap: table.wrap?.[i] === true }))
    );
  }
  for (const cell of sheet.cells) {
    const at = parseCell(cell.ref);
    const text = cell.formula !== undefined ? shown(cell.expect) : shown(cell.value);
    out.push({ row: at.row, col: at.col, text, font: cellFont(cell.style), wrap: cell.wrap === true || cell.style === "header" });
  }
  return out;
}

/**
 * The last column anything is printed in (cells, tables, merges, charts); 1 for an empty sheet.
 *
 * @example
 * lastColumn(sheet); // 17 on a sheet with 13 year columns after four label columns
 */
export function lastColumn(sheet: SheetPlan, cells: readonly PrintedCell[] = printedCells(sheet)): number {
  let last = 1;
  for (const c of cells) if (c.text !== "" || c.font.bold) last = Math.max(last, c.col);
  for (const m of sheet.merges ?? []) last = Math.max(last, parseCell(m.split(":")[1]!).col);
  for (const chart of sheet.charts ?? []) last = Math.max(last, parseCell(chart.anchor.split(":")[1]!).col);
  return last;
}

/**
 * The last row anything is printed in; 1 for an empty sheet.
 *
 * @example
 * lastRow(sheet); // 30
 */
export function lastRow(sheet: SheetPlan, cells: readonly PrintedCell[] = printedCells(sheet)): number {
  return cells.reduce((m, c) => Math.max(m, c.row), 1);
}
