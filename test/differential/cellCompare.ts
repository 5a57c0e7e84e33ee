/**
 * Formula cells against their `expect`, with the tolerance the cell's kind calls for:
 * money cells (the template's money format) within 0.01 kr, as the engine rounds kronor to
 * öre where they leave it; other numbers (shares, ratios, years, counts) within 10^−8, or
 * 0.01 when they are large and carry no format; booleans and text exactly.
 */
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import type { Computed, Mismatch } from "../support/hyperformula";
import { mismatches } from "../support/hyperformula";

function numberAgrees(expected: number, got: Computed, money: boolean): boolean {
  if (typeof got !== "number") return false;
  const tolerance = money || Math.abs(expected) >= 10 ? 0.01 + 1e-9 : 1e-8;
  return Math.abs(got - expected) <= tolerance;
}

/**
 * Every formula cell with an `expect` whose computed value is not it.
 *
 * @example
 * cellMismatches(plan, evaluatePlan(plan), amountFormats(template)); // []
 */
export function cellMismatches(plan: WorkbookPlan, computed: ReadonlyMap<string, Computed>, moneyFormats: readonly string[]): Mismatch[] {
  return mismatches(plan, computed, 0.01, (expected, got, cell) => numberAgrees(expected, got, cell.numFmt !== undefined && moneyFormats.includes(cell.numFmt)));
}
