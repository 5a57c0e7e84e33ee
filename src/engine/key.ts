/**
 * The one rule by which ids and unit-cost codes match, everywhere: the engine, the pane,
 * the read-back and the workbook's native formulas (which compare `TRIM(a)=TRIM(b)`:
 * Excel's `=` on text ignores case and knows no wildcards or criteria syntax).
 *
 * Decided here: ids and codes begin with a letter and hold only letters (A–Z, Å, Ä, Ö, Æ,
 * Ø, É, Ü in either case), digits, `_`, `-`, `.` and single inner spaces. In that alphabet
 * JavaScript's upper-casing agrees with Excel's case-insensitive comparison, no text looks
 * like a number or a criterion (`*`, `?`, `~`, `=`, `<`, `>`), and nothing is lost in a
 * sheet. Leading and trailing spaces are forgiven (Excel's TRIM takes them away); a run of
 * inner spaces counts as one, as TRIM makes it.
 */

/** The characters an id or code may hold (after trimming), as a pattern. */
export const KEY_PATTERN = /^[A-Za-zÅÄÖÆØÉÜåäöæøéü][A-Za-zÅÄÖÆØÉÜåäöæøéü0-9_.\- ]*$/;

/** The longest id or code, in characters (decided here: fits a column header and a formula). */
export const KEY_MAX_LENGTH = 64;

/**
 * Excel's TRIM: spaces (U+0020 only) removed at both ends, inner runs of spaces made one.
 *
 * @example
 * excelTrim("  SKOLA   A "); // "SKOLA A"
 */
export function excelTrim(text: string): string {
  return text.replace(/^ +| +$/g, "").replace(/ {2,}/g, " ");
}

/**
 * The key an id or code matches by: trimmed as Excel's TRIM does, upper-cased.
 *
 * @example
 * matchKey(" skola_grundskola ") === matchKey("SKOLA_GRUNDSKOLA"); // true
 * matchKey("01") === matchKey("1");                                 // false
 */
export function matchKey(text: string): string {
  return excelTrim(text).toUpperCase();
}

/**
 * Whether a text is a valid id or code: non-empty after trimming, at most
 * {@link KEY_MAX_LENGTH} characters, within {@link KEY_PATTERN}.
 *
 * @example
 * isValidKey("SKOLA_GRUNDSKOLA"); // true
 * isValidKey("SKOLA_*");          // false
 * isValidKey("01");               // false (begins with a digit)
 */
export function isValidKey(text: string): boolean {
  const t = excelTrim(text);
  return t.length > 0 && t.length <= KEY_MAX_LENGTH && KEY_PATTERN.test(t);
}

/**
 * A lookup by {@link matchKey}: a Map, so no key is ever inherited (`constructor`,
 * `__proto__` are plain keys here).
 *
 * @example
 * keyedMap([{ code: "A" }], (u) => u.code).get(matchKey(" a ")); // { code: "A" }
 */
export function keyedMap<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [matchKey(keyOf(item)), item] as const));
}

/**
 * The value stored under a key in a JSON record, matched by {@link matchKey}; never an
 * inherited property.
 *
 * @example
 * valueByKey({ Pupils: 3 }, "pupils");   // 3
 * valueByKey({}, "constructor");         // undefined
 */
export function valueByKey<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  if (record === undefined) return undefined;
  const wanted = matchKey(key);
  for (const k of Object.keys(record)) if (matchKey(k) === wanted) return record[k];
  return undefined;
}

/**
 * The key of a cell's content, for finding a row by its id or a column by its header:
 * text by {@link matchKey}, a number by its text (a hand-typed id 12 reads as "12"),
 * anything else as "".
 *
 * @example
 * cellKey(" Faktisk andel ") === cellKey("FAKTISK ANDEL"); // true
 * cellKey(2017);                                          // "2017"
 */
export function cellKey(value: unknown): string {
  return typeof value === "string" ? matchKey(value) : typeof value === "number" ? String(value) : "";
}
