/**
 * Sheet names inside formulas and references: when Excel needs them in single quotes.
 */

/** A bare name Excel reads without quotes: ASCII letters, digits, `_` and `.`, not starting with a digit. */
const BARE = /^[A-Za-z_][A-Za-z0-9_.]*$/;

/** Names that would read as a cell (A1, XFD1048576) or an R1C1 reference (R, C, R1C2). */
const CELL_LIKE = /^([A-Za-z]{1,3}[0-9]+|[Rr]([0-9]*)?([Cc][0-9]*)?|[Cc][0-9]*)$/;

/**
 * Writes a sheet name as it must appear before `!` in a formula or a defined name:
 * unchanged when Excel accepts it bare, otherwise in single quotes with inner quotes
 * doubled. Names with spaces, non-ASCII letters (å, ä, ö), punctuation or that look
 * like a cell reference are quoted.
 *
 * @param name - the sheet name as shown on its tab.
 * @returns the name ready to put before `!`.
 *
 * @example
 * quoteSheetName("Indata"); // "Indata"
 * quoteSheetName("Översikt"); // "'Översikt'"
 * quoteSheetName("Kalle's år"); // "'Kalle''s år'"
 */
export function quoteSheetName(name: string): string {
  if (BARE.test(name) && !CELL_LIKE.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * A reference to a cell or range on a sheet, e.g. for a defined name.
 *
 * @param sheet - the sheet name (quoted as needed).
 * @param ref - the A1 reference within the sheet, e.g. "$C$8".
 * @returns `Sheet!ref`.
 *
 * @example
 * sheetRef("Översikt", "$C$8"); // "'Översikt'!$C$8"
 */
export function sheetRef(sheet: string, ref: string): string {
  return `${quoteSheetName(sheet)}!${ref}`;
}
