/**
 * Sheet-qualified addresses as Excel reports them (`range.address`, a table's address):
 * `'Översikt'!A4:B22`, `Indata!C3`.
 */
import type { CellPosition } from "./a1";
import { parseCell } from "./a1";

/** An address split into its sheet and its first and last cells. */
export interface SheetAddress {
  readonly sheet: string;
  readonly first: CellPosition;
  readonly last: CellPosition;
}

/**
 * Splits a sheet-qualified address; undefined when it is not one.
 *
 * @example
 * parseSheetAddress("'Kalle''s år'!$A$4:$B$22"); // { sheet: "Kalle's år", first: { row: 4, col: 1 }, last: { row: 22, col: 2 } }
 * parseSheetAddress("Indata!C3");                  // { sheet: "Indata", first: { row: 3, col: 3 }, last: { row: 3, col: 3 } }
 * parseSheetAddress("C3");                         // undefined
 */
export function parseSheetAddress(address: string): SheetAddress | undefined {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Za-z]{1,3}\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+))?$/.exec(address.trim());
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string);
  const first = parseCell(m[3] as string);
  const last = parseCell(m[4] ?? (m[3] as string));
  return { sheet, first, last };
}
