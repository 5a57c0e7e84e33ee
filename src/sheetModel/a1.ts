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

/** A bare name Excel reads without quotes: ASCII letters, digits, `_` and `.`, not starting with a digit. */
const BARE_SHEET = /^[A-Za-z_][A-Za-z0-9_.]*$/;

/** Names that would read as a cell (A1, XFD1048576) or an R1C1 reference (R, C, R1C2). */
const CELL_LIKE_SHEET = /^([A-Za-z]{1,3}[0-9]+|[Rr]([0-9]*)?([Cc][0-9]*)?|[Cc][0-9]*)$/;

/**
 * The one sheet-name quoting rule, for formulas and defined names alike: a name as it must
 * appear before `!` — unchanged when Excel reads it bare, otherwise in single quotes with
 * inner quotes doubled. Names with spaces, non-ASCII letters (å, ä, ö), punctuation or that
 * look like a cell reference are quoted.
 *
 * @example
 * quoteSheet("Indata");     // "Indata"
 * quoteSheet("Målgrupper"); // "'Målgrupper'"
 * quoteSheet("Kalle's år"); // "'Kalle''s år'"
 */
export function quoteSheet(sheet: string): string {
  if (BARE_SHEET.test(sheet) && !CELL_LIKE_SHEET.test(sheet)) return sheet;
  return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * A reference on a sheet, for a formula or a defined name.
 *
 * @example
 * onSheet("Parametrar", "$B$7"); // "Parametrar!$B$7"
 * onSheet("Översikt", "$C$8");   // "'Översikt'!$C$8"
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
