/**
 * A1 addresses: column letters and numbers, cells and ranges.
 */

/** A cell position, 1-based. */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/**
 * The column letters of a 1-based column number.
 *
 * @example
 * columnLetters(28); // "AB"
 */
export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Reads a cell reference, with or without `$`.
 *
 * @param ref - e.g. "B4" or "$C$8".
 * @returns the 1-based row and column.
 *
 * @example
 * parseCell("$AB$10"); // { row: 10, col: 28 }
 */
export function parseCell(ref: string): CellPosition {
  const match = /^\$?([A-Za-z]{1,3})\$?([0-9]+)$/.exec(ref.trim());
  if (!match) throw new Error(`Not a cell reference: ${ref}`);
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), col };
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
