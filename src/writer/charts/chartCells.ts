/**
 * The cells a chart refers to, read from the plan: each cell's value as the file will
 * hold it (a literal value, or the engine's value a formula cell carries as `expect`) and
 * its number format, for the caches a chart part stores beside its references.
 */
import { cellAddress, parseCell, type CellPosition } from "../../sheetModel/a1";
import type { CellValue, SheetPlan } from "../../sheetModel/plan";

/** A cell as a chart's cache shows it. */
export interface ChartCell {
  readonly value: CellValue | undefined;
  readonly numFmt?: string;
}

/** Looks up a sheet's cells by A1 address. */
export type CellLookup = (ref: string) => ChartCell;

/**
 * A lookup over a sheet's plan: its cells and its tables' headers and rows.
 *
 * @example
 * const cell = sheetCells(sheet);
 * cell("C9"); // { value: 12200000, numFmt: "#,##0" } for a formula cell whose expect is 12 200 000
 */
export function sheetCells(sheet: SheetPlan): CellLookup {
  const cells = new Map<string, ChartCell>();
  for (const table of sheet.tables) {
    const origin = parseCell(table.ref);
    table.columns.forEach((header, c) => cells.set(cellAddress({ row: origin.row, col: origin.col + c }), { value: header }));
    table.rows.forEach((row, r) =>
      row.forEach((value, c) => cells.set(cellAddress({ row: origin.row + 1 + r, col: origin.col + c }), { value, ...(table.numFmts?.[c] ? { numFmt: table.numFmts[c] } : {}) }))
    );
  }
  for (const cell of sheet.cells) {
    const value = cell.formula !== undefined ? cell.expect : cell.value;
    cells.set(cellAddress(parseCell(cell.ref)), { value: value ?? undefined, ...(cell.numFmt !== undefined ? { numFmt: cell.numFmt } : {}) });
  }
  return (ref) => cells.get(cellAddress(parseCell(ref))) ?? { value: undefined };
}

/** A range's corners. */
export interface RangeBox {
  readonly from: CellPosition;
  readonly to: CellPosition;
  readonly rows: number;
  readonly cols: number;
}

/**
 * The corners and size of an A1 range ("D40:P40", or one cell "A41").
 *
 * @example
 * rangeBox("A4:B13"); // { from: { row: 4, col: 1 }, to: { row: 13, col: 2 }, rows: 10, cols: 2 }
 */
export function rangeBox(ref: string): RangeBox {
  const [a, b] = ref.split(":");
  const from = parseCell(a as string);
  const to = parseCell(b ?? (a as string));
  if (to.row < from.row || to.col < from.col) throw new Error(`Ett diagramområde går baklänges: ${ref}. / A chart range runs backwards: ${ref}.`);
  return { from, to, rows: to.row - from.row + 1, cols: to.col - from.col + 1 };
}

/**
 * The addresses of a one-row or one-column range, in order.
 *
 * @example
 * lineCells("D40:F40"); // ["D40", "E40", "F40"]
 */
export function lineCells(ref: string): string[] {
  const box = rangeBox(ref);
  if (box.rows > 1 && box.cols > 1) throw new Error(`Ett diagrams värden ska vara en rad eller en kolumn: ${ref}. / A chart's values must be one row or one column: ${ref}.`);
  const out: string[] = [];
  for (let r = box.from.row; r <= box.to.row; r += 1) for (let c = box.from.col; c <= box.to.col; c += 1) out.push(cellAddress({ row: r, col: c }));
  return out;
}

/**
 * The levels of a category range for `points` values: one level for a single row or
 * column, two or more when the range is as many rows (or columns) deep; outermost first.
 *
 * @example
 * categoryLevels("A4:B13", 10); // [["A4", …, "A13"], ["B4", …, "B13"]]
 */
export function categoryLevels(ref: string, points: number): string[][] {
  const box = rangeBox(ref);
  const down = box.rows === points; // points run down the rows: each column is a level
  if (!down && box.cols !== points) throw new Error(`Diagrammets kategorier ${ref} passar inte ${points} värden. / The chart's categories ${ref} do not fit ${points} values.`);
  const levels = down ? box.cols : box.rows;
  return Array.from({ length: levels }, (_, level) =>
    Array.from({ length: points }, (_, i) => cellAddress(down ? { row: box.from.row + i, col: box.from.col + level } : { row: box.from.row + level, col: box.from.col + i }))
  );
}

/**
 * A value as text in a chart's string cache: numbers in a percent format as percent with
 * the format's decimals, other numbers as they are, booleans as TRUE/FALSE.
 *
 * @example
 * displayText({ value: -0.25, numFmt: "0.0%" }); // "-25.0%"
 * displayText({ value: 2019, numFmt: "0" }); // "2019"
 */
export function displayText(cell: ChartCell): string {
  const { value, numFmt } = cell;
  if (value === undefined || value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (numFmt !== undefined && numFmt.includes("%")) {
    const decimals = /\.(0+)/.exec(numFmt)?.[1]?.length ?? 0;
    return `${(value * 100).toFixed(decimals)}%`;
  }
  return String(value);
}
