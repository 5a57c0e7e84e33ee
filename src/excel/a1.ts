/**
 * A1 addresses for the Office layer: positions as { row, col }, built on the generator's
 * A1 functions (src/workbook/a1.ts) so both read and write references the same way.
 */
import { columnLetters, parseCell as parseA1 } from "../workbook/a1";

/** A cell position, 1-based. */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/**
 * The column letters of a 1-based column number (the workbook generator's own function).
 *
 * @example
 * columnLetters(28); // "AB"
 */
export { columnLetters };

/**
 * Reads a cell reference, with or without `$`, as a {@link CellPosition}.
 *
 * @example
 * parseCell("$AB$10"); // { row: 10, col: 28 }
 */
export function parseCell(ref: string): CellPosition {
  const { row, column } = parseA1(ref);
  return { row, col: column };
}

/**
 * The A1 reference of a position.
 *
 * @example
 * cellAddress({ row: 4, col: 2 }); // "B4"
 */
export function cellAddress(position: CellPosition): string {
  return `${columnLetters(position.col)}${position.row}`;
}

/**
 * The range a table covers: header row at `ref`, then its data rows (at least one, as
 * in Excel).
 *
 * @param ref - the header row's first cell.
 * @param columns - number of columns.
 * @param rows - number of data rows.
 * @returns e.g. "A1:C4".
 *
 * @example
 * tableRange("A1", 3, 3); // "A1:C4"
 */
export function tableRange(ref: string, columns: number, rows: number): string {
  const start = parseCell(ref);
  const end = { row: start.row + Math.max(rows, 1), col: start.col + columns - 1 };
  return `${cellAddress(start)}:${cellAddress(end)}`;
}
