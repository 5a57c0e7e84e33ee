import { dec } from "../../engine/decimal";
import { oreNumber } from "../../engine/rounding";
import { isDomainError } from "../../engine/errors";
import { actualRepayment, plannedRepayment } from "../../engine/repayment";
import type { Result } from "../../engine/result";
import { isBlank } from "../cells";
import { optionalField, requiredField } from "../fieldArgs";
import { parseAll } from "../parseAll";

/**
 * SINV.REPAYMENT: cells → planned repayment, or with actual savings the risk-shared one.
 *
 * @example
 * repaymentCells(12200000, 3000000, null, null); // 3660000
 */
export function repaymentCells(cost: unknown, actualSavings: unknown, floorShare: unknown, feeShare: unknown): Result<number> {
  const a = parseAll({
    cost: () => requiredField(cost, "totalCost", "cost"),
    actual: () => (isBlank(actualSavings) ? undefined : requiredField(actualSavings, "savings", "actualSavings")),
    floor: () => optionalField(floorShare, "floorShare", "floorShare", 0.3),
    fee: () => optionalField(feeShare, "feeShare", "feeShare", 0.05)
  });
  if (isDomainError(a)) return a;
  const c = dec(a.cost);
  const fee = dec(a.fee);
  return oreNumber(a.actual === undefined ? plannedRepayment(c, fee) : actualRepayment(c, dec(a.actual), dec(a.floor), fee));
}
