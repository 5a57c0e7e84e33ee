/**
 * Where the workbook's charts go and how they look: the anchor range of a chart of a given
 * size on a sheet's columns, and the colours by meaning (as the task pane's charts: savings
 * blue, cost red).
 */
import { cellRef } from "../sheetModel/a1";

/** The width Excel gives a column without a set width, in characters. */
export const DEFAULT_COLUMN_WIDTH = 8.43;

/** A chart's size: about `chars` characters of column width and `rows` rows of the default height. */
export interface ChartSize {
  readonly chars: number;
  readonly rows: number;
}

/** The size of every chart the generator places: about 700 × 360 pixels at 100 % zoom. */
export const CHART_SIZE: ChartSize = { chars: 100, rows: 18 };

/** Series colours (six hex digits) by meaning. */
export const CHART_COLORS = {
  savings: "0F6CBD",
  cost: "C50F1F",
  window: "DCEFD9",
  endYear: "BFBFBF"
} as const;

/** Colours of series that have no meaning of their own (departments), in turn. */
export const CHART_PALETTE: readonly string[] = ["0F6CBD", "CA5010", "107C10", "8764B8", "038387", "C239B3", "986F0B", "4F6BED"];

/**
 * The anchor range of a chart whose top-left cell is (row, column): as many columns from
 * there as it takes to reach `size.chars` characters (the sheet's widths, Excel's default
 * where none is set), `size.rows` rows down.
 *
 * @example
 * chartAnchor({ 1: 16, 2: 26, 3: 16, 4: 16 }, 40, 1, { chars: 70, rows: 18 }); // "A40:D57" (16 + 26 + 16 + 16 = 74 ≥ 70)
 */
export function chartAnchor(widths: Readonly<Record<number, number>>, row: number, column: number, size: ChartSize): string {
  let last = column;
  let chars = widths[column] ?? DEFAULT_COLUMN_WIDTH;
  while (chars < size.chars) {
    last += 1;
    chars += widths[last] ?? DEFAULT_COLUMN_WIDTH;
  }
  return `${cellRef(row, column)}:${cellRef(row + size.rows - 1, last)}`;
}

/**
 * The first column after a chart's anchor range, leaving one column free.
 *
 * @example
 * nextColumnAfter("A40:F57"); // 8 (H)
 */
export function nextColumnAfter(anchor: string): number {
  const end = (anchor.split(":")[1] ?? "").replace(/[0-9$]/g, "");
  let col = 0;
  for (const ch of end.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col + 2;
}
