/**
 * Rewrites the references in one formula after sheets, tables or defined names were
 * renamed: `'Översikt'!C8` and `Översikt!C8` become `'Översikt (2)'!C8`, `Tbl[Kod]`
 * becomes `Tbl_2[Kod]`, `SINV_TotalCost` becomes `SINV_TotalCost_2`. String literals,
 * function names and structured-reference columns are left alone.
 */
import { scanFormula } from "../writer/formulaScanner";
import { quoteSheet } from "./a1";

/** What was renamed; keys are the old names in upper case (Excel compares names without case). */
export interface FormulaRenames {
  readonly sheets: ReadonlyMap<string, string>;
  /** Tables and defined names (one namespace in Excel). */
  readonly identifiers: ReadonlyMap<string, string>;
}

/**
 * The key a name is compared by: Excel treats names without regard to case.
 *
 * @example
 * nameKey("Översikt"); // "ÖVERSIKT"
 */
export function nameKey(name: string): string {
  return name.toUpperCase();
}

/**
 * Applies the renames to a formula.
 *
 * @param formula - a formula without the leading `=`.
 * @param renames - old → new sheet names and identifiers, keyed by {@link nameKey}.
 * @returns the rewritten formula (the same text when nothing matched).
 *
 * @example
 * renameInFormula("Översikt!C8+SINV_Total", {
 *   sheets: new Map([["ÖVERSIKT", "Översikt (2)"]]),
 *   identifiers: new Map([["SINV_TOTAL", "SINV_Total_2"]])
 * }); // "'Översikt (2)'!C8+SINV_Total_2"
 */
export function renameInFormula(formula: string, renames: FormulaRenames): string {
  if (renames.sheets.size === 0 && renames.identifiers.size === 0) return formula;
  return scanFormula(formula)
    .map((token) => {
      if (token.kind === "sheet") {
        const renamed = renames.sheets.get(nameKey(token.name));
        return renamed === undefined ? token.text : `${quoteSheet(renamed)}!`;
      }
      if (token.kind === "name" && token.next !== "(") {
        return renames.identifiers.get(nameKey(token.text)) ?? token.text;
      }
      return token.text;
    })
    .join("");
}
