/**
 * Formula cells against their `expect`, with the tolerance the cell's kind calls for:
 * money cells (the template's money format) within 0.01 kr, as the engine rounds kronor to
 * öre where they leave it; other numbers (shares, ratios, years, counts) within 10^−8, or
 * 0.01 when they are large and carry no format; booleans and text exactly.
 */
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import type { Computed, Mismatch } from "../support/hyperformula";

function numberAgrees(expected: number, got: Computed, money: boolean): boolean {
  if (typeof got !== "number") return false;
  const tolerance = money || Math.abs(expected) >= 10 ? 0.01 + 1e-9 : 1e-8;
  return Math.abs(got - expected) <= tolerance;
}

/**
 * Every formula cell with an `expect` whose computed value is not it.
 *
 * @example
 * cellMismatches(plan, evaluatePlan(plan), "#,##0"); // []
 */
export function cellMismatches(plan: WorkbookPlan, computed: ReadonlyMap<string, Computed>, moneyFormat: string): Mismatch[] {
  const out: Mismatch[] = [];
  for (const sheet of plan.sheets) {
    for (const cell of sheet.cells) {
      if (cell.formula === undefined || cell.expect === undefined) continue;
      const key = `${sheet.name}!${cell.ref}`;
      const got = computed.get(key) ?? null;
      const ok =
        typeof cell.expect === "number"
          ? numberAgrees(cell.expect, got, cell.numFmt === moneyFormat)
          : typeof cell.expect === "boolean"
            ? got === cell.expect
            : (got ?? "") === cell.expect;
      if (!ok) out.push({ cell: key, formula: cell.formula, expected: cell.expect, got });
    }
  }
  return out;
}
