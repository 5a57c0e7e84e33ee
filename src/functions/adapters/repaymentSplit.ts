import { dec } from "../../engine/decimal";
import { domainError, isDomainError } from "../../engine/errors";
import { splitRepayment } from "../../engine/repayment";
import type { Result } from "../../engine/result";
import { optionalField, requiredField } from "../fieldArgs";
import { checkSameLength, moneyCells, optionalVector, shapeLike, toVector } from "../vectors";
import { splitOut } from "../output";
import { parseAll } from "../parseAll";

/**
 * SINV.REPAYMENTSPLIT: cells → the repayment per department, rounded cumulatively.
 *
 * @example
 * repaymentSplitCells(12200000, [[6e6], [3e6], [1e6]], null, null, null); // [[7686000], [3843000], [1281000]]
 */
export function repaymentSplitCells(
  cost: unknown,
  savingsByDept: unknown,
  actualByDept: unknown,
  floorShare: unknown,
  feeShare: unknown
): Result<number[][]> {
  const a = parseAll({
    cost: () => requiredField(cost, "totalCost", "cost"),
    savings: () => toVector(savingsByDept, "savingsByDept"),
    actual: () => optionalVector(actualByDept, "actualByDept"),
    floor: () => optionalField(floorShare, "floorShare", "floorShare", 0.3),
    fee: () => optionalField(feeShare, "feeShare", "feeShare", 0.05)
  });
  if (isDomainError(a)) return a;
  const savings = moneyCells(a.savings, "savingsByDept", "savings");
  if (isDomainError(savings)) return savings;
  let actual;
  if (a.actual) {
    const shape = checkSameLength(a.savings, "savingsByDept", a.actual, "actualByDept");
    if (shape) return shape;
    actual = moneyCells(a.actual, "actualByDept", "savings");
    if (isDomainError(actual)) return actual;
  }
  const parts = splitRepayment(dec(a.cost), savings, actual, dec(a.floor), dec(a.fee));
  if (!parts) return domainError("noPositiveSavings", { arg: "savingsByDept" });
  return shapeLike(a.savings, splitOut(parts));
}
