/**
 * Functions newer than Excel 2007 are stored in a file with the `_xlfn.` prefix; without
 * it Excel shows `#NAME?` (LibreOffice reads both). ExcelJS writes formulas as given, so
 * the writer adds the prefix.
 */
import { scanFormula } from "./formulaScanner";

/** Functions (English names) that need `_xlfn.` in a file; dynamic-array functions are left out on purpose. */
export const FUTURE_FUNCTIONS: ReadonlySet<string> = new Set([
  "AGGREGATE",
  "CEILING.MATH",
  "CONCAT",
  "DAYS",
  "FLOOR.MATH",
  "FORMULATEXT",
  "IFNA",
  "IFS",
  "ISFORMULA",
  "ISOWEEKNUM",
  "LET",
  "MAXIFS",
  "MINIFS",
  "MODE.SNGL",
  "NORM.DIST",
  "NORM.INV",
  "NORM.S.DIST",
  "NORM.S.INV",
  "NUMBERVALUE",
  "PDURATION",
  "PERCENTILE.EXC",
  "PERCENTILE.INC",
  "QUARTILE.EXC",
  "QUARTILE.INC",
  "RANK.AVG",
  "RANK.EQ",
  "RRI",
  "SHEET",
  "SHEETS",
  "STDEV.P",
  "STDEV.S",
  "SWITCH",
  "TEXTJOIN",
  "VAR.P",
  "VAR.S",
  "XLOOKUP",
  "XMATCH",
  "XOR"
]);

/**
 * Adds `_xlfn.` before every call of a function in {@link FUTURE_FUNCTIONS}; string
 * literals, sheet names and already prefixed calls are left as they are.
 *
 * @param formula - a formula without the leading `=`.
 * @returns the formula as it must be stored in an .xlsx file.
 *
 * @example
 * prefixFutureFunctions('IFNA(MATCH("x",A1:A3,0),0)'); // '_xlfn.IFNA(MATCH("x",A1:A3,0),0)'
 */
export function prefixFutureFunctions(formula: string): string {
  return scanFormula(formula)
    .map((token) => (token.kind === "name" && token.next === "(" && FUTURE_FUNCTIONS.has(token.text.toUpperCase()) ? `_xlfn.${token.text}` : token.text))
    .join("");
}
