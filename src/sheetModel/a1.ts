/**
 * A1 references: column letters, cell and range addresses, quoted sheet names.
 */

/**
 * The letters of a 1-based column number.
 *
 * @example
 * columnLetters(1);  // "A"
 * columnLetters(28); // "AB"
 */
export function columnLetters(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * A cell address from 1-based row and column, relative or absolute.
 *
 * @example
 * cellRef(4, 3);             // "C4"
 * cellRef(4, 3, true);       // "$C$4"
 */
export function cellRef(row: number, column: number, absolute = false): string {
  return absolute ? `$${columnLetters(column)}$${row}` : `${columnLetters(column)}${row}`;
}

/**
 * A range address between two cells.
 *
 * @example
 * rangeRef(4, 3, 4, 15, true); // "$C$4:$O$4"
 */
export function rangeRef(row1: number, col1: number, row2: number, col2: number, absolute = true): string {
  return `${cellRef(row1, col1, absolute)}:${cellRef(row2, col2, absolute)}`;
}

/**
 * A sheet name as formulas need it: always quoted, quotes doubled.
 *
 * @example
 * quoteSheet("Målgrupper"); // "'Målgrupper'"
 */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * A reference on another sheet.
 *
 * @example
 * onSheet("Parametrar", "$B$7"); // "'Parametrar'!$B$7"
 */
export function onSheet(sheet: string, ref: string): string {
  return `${quoteSheet(sheet)}!${ref}`;
}

/** A cell's 1-based row and column. */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/**
 * Parses "C4" (with or without `$`, any case) into 1-based row and column.
 *
 * @example
 * parseCell("$AB$12"); // { row: 12, col: 28 }
 */
export function parseCell(ref: string): CellPosition {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`Not a cell reference: ${ref}`);
  let col = 0;
  for (const ch of (m[1] as string).toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/**
 * A position as a relative A1 address.
 *
 * @example
 * cellAddress({ row: 10, col: 28 }); // "AB10"
 */
export function cellAddress(position: CellPosition): string {
  return `${columnLetters(position.col)}${position.row}`;
}

/**
 * The range a table covers: its header row at `ref`, `columns` wide, with `rows` data rows
 * (at least one).
 *
 * @example
 * tableRange("A4", 3, 2); // "A4:C6"
 */
export function tableRange(ref: string, columns: number, rows: number): string {
  const start = parseCell(ref);
  const end = { row: start.row + Math.max(rows, 1), col: start.col + columns - 1 };
  return `${cellAddress(start)}:${cellAddress(end)}`;
}
