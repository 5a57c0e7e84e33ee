/**
 * Row heights that fit what the rows hold. Neither Excel nor LibreOffice fits a row to
 * wrapped text written by a file when it opens it, so the planner sets each height itself:
 * the tallest cell of the row, wrapped texts counted in lines at their column's (or merged
 * range's) width, titles at their larger size.
 */
import { parseCell } from "../sheetModel/a1";
import type { SheetPlan } from "../sheetModel/plan";
import type { PrintedCell } from "./printedCells";
import { printedCells, spanPoints } from "./printedCells";
import { lineHeight, wrappedLines } from "./textWidth";

/** The height of a row nothing asks more of (the workbook's default). */
export const DEFAULT_ROW_HEIGHT = 15;

/** Points of a cell's width that text cannot use (padding on both sides). */
const CELL_PADDING = 5;

/** Decided here: no row is planned taller than Excel's limit of 409 points (longer text is cut on paper). */
const MAX_ROW_HEIGHT = 409;

/**
 * The height of every row that needs more than the default: wrapped text (in its merged
 * range when it starts one) and larger fonts.
 *
 * @param sheet - the sheet plan (cells, tables, widths, merges).
 * @returns heights in points by 1-based row; rows the default fits are left out.
 *
 * @example
 * rowHeightsOf(sheet); // { 1: 19.5, 2: 27.25, 4: 27.25 } — the title, a two-line note, a two-line header
 */
export function rowHeightsOf(sheet: SheetPlan, cells: readonly PrintedCell[] = printedCells(sheet)): Record<number, number> {
  const spans = new Map<string, number>();
  for (const m of sheet.merges ?? []) {
    const [a, b] = m.split(":").map(parseCell);
    spans.set(`${a!.row}:${a!.col}`, b!.col);
  }
  const heights: Record<number, number> = {};
  for (const cell of cells) {
    if (cell.text === "") continue;
    const last = spans.get(`${cell.row}:${cell.col}`) ?? cell.col;
    const width = spanPoints(sheet, cell.col, last) - CELL_PADDING;
    const lines = cell.wrap ? wrappedLines(cell.text, width, cell.font) : 1;
    const need = Math.min(MAX_ROW_HEIGHT, lineHeight(lines, cell.font));
    if (need > DEFAULT_ROW_HEIGHT && need > (heights[cell.row] ?? 0)) heights[cell.row] = need;
  }
  return heights;
}
