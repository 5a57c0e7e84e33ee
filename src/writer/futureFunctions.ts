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
 * A call of a function in {@link FUTURE_FUNCTIONS} not already prefixed: the quick test that
 * spares the scan for the formulas (nearly all) that have none.
 */
const FUTURE_CALL = new RegExp(`(?:^|[^A-Za-z0-9_.])(?:${[...FUTURE_FUNCTIONS].map((n) => n.replace(/\./g, "\\.")).join("|")})\\s*\\(`, "i");

/**
 * Adds `_xlfn.` before every call of a function in {@link FUTURE_FUNCTIONS}; string
 * literals, sheet names and already prefixed calls are left as they are. A formula with no
 * such call (a quick test) is returned as it is, unscanned.
 *
 * @param formula - a formula without the leading `=`.
 * @returns the formula as it must be stored in an .xlsx file.
 *
 * @example
 * prefixFutureFunctions('IFNA(MATCH("x",A1:A3,0),0)'); // '_xlfn.IFNA(MATCH("x",A1:A3,0),0)'
 * prefixFutureFunctions("SUMPRODUCT(A1:A3,B1:B3)");    // returned as it is, without a scan
 */
export function prefixFutureFunctions(formula: string): string {
  if (!FUTURE_CALL.test(formula)) return formula;
  return scanFormula(formula)
    .map((token) => (token.kind === "name" && token.next === "(" && FUTURE_FUNCTIONS.has(token.text.toUpperCase()) ? `_xlfn.${token.text}` : token.text))
    .join("");
}
