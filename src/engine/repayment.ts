import { Dec, ONE, ZERO } from "./decimal";

/**
 * Planned repayment: R = cost × (1 + fee).
 *
 * @example
 * plannedRepayment(new Dec(12200000), new Dec(0.05)).toNumber(); // 12810000
 */
export function plannedRepayment(cost: Dec, feeShare: Dec): Dec {
  return cost.times(ONE.plus(feeShare));
}

/**
 * Repayment after evaluation under risk sharing (one department):
 * max(floor × cost, min(cost × (1 + fee), actual)).
 *
 * @example
 * actualRepayment(new Dec(12200000), new Dec(3000000), new Dec(0.3), new Dec(0.05)).toNumber(); // 3660000
 */
export function actualRepayment(cost: Dec, actualSavings: Dec, floorShare: Dec, feeShare: Dec): Dec {
  return Dec.max(cost.times(floorShare), Dec.min(plannedRepayment(cost, feeShare), actualSavings));
}

/**
 * Department weights w[d] = S⁺[d] / Σ S⁺ (negative savings count as 0).
 * Returns undefined when no department has positive savings.
 *
 * @example
 * departmentWeights([6e6, 3e6, 1e6].map((v) => new Dec(v)))?.map(Number); // [0.6, 0.3, 0.1]
 */
export function departmentWeights(savingsByDept: readonly Dec[]): Dec[] | undefined {
  const positive = savingsByDept.map((s) => (s.isPositive() && !s.isZero() ? s : ZERO));
  const total = positive.reduce((a, b) => a.plus(b), ZERO);
  if (total.isZero()) return undefined;
  return positive.map((s) => s.div(total));
}

/**
 * The exact (unrounded) repayment per department: planned R × w[d], or with actual savings
 * max(floor × cost × w[d], min(R × w[d], A⁺[d])). Undefined when no department has positive savings.
 *
 * @example
 * splitRepayment(new Dec(12200000), [6e6, 3e6, 1e6].map((v) => new Dec(v)), [2e6, 4e6, 0].map((v) => new Dec(v)),
 *   new Dec(0.3), new Dec(0.05))?.map(Number); // [2196000, 3843000, 366000]
 */
export function splitRepayment(
  cost: Dec,
  savingsByDept: readonly Dec[],
  actualByDept: readonly Dec[] | undefined,
  floorShare: Dec,
  feeShare: Dec
): Dec[] | undefined {
  const weights = departmentWeights(savingsByDept);
  if (!weights) return undefined;
  const planned = plannedRepayment(cost, feeShare);
  return weights.map((w, d) => {
    const plannedPart = planned.times(w);
    if (!actualByDept) return plannedPart;
    const a = actualByDept[d] as Dec;
    const aPos = a.isNegative() ? ZERO : a;
    return Dec.max(cost.times(floorShare).times(w), Dec.min(plannedPart, aPos));
  });
}

/**
 * Repayment following savings: from `startIndex`, each year min(max(saving, 0), still owed);
 * 0 before. Exact amounts; the caller rounds cumulatively.
 *
 * @example
 * planFollowingSavings([0, 2.7e6, 5.4e6, 8.1e6, 5.4e6].map((v) => new Dec(v)), new Dec(12810000), 0).map(Number);
 * // [0, 2700000, 5400000, 4710000, 0]
 */
export function planFollowingSavings(savings: readonly Dec[], owed: Dec, startIndex: number): Dec[] {
  let remaining = owed;
  return savings.map((s, i) => {
    if (i < startIndex || remaining.lte(0)) return ZERO;
    const pay = Dec.min(s.isNegative() ? ZERO : s, remaining);
    remaining = remaining.minus(pay);
    return pay;
  });
}

/**
 * Even instalments: `owed` / n in each of n years from `startIndex` (cut at the timeline's end).
 *
 * @example
 * planEvenInstalments(6, new Dec(300), 1, 3).map(Number); // [0, 100, 100, 100, 0, 0]
 */
export function planEvenInstalments(length: number, owed: Dec, startIndex: number, years: number): Dec[] {
  const part = years > 0 ? owed.div(years) : ZERO;
  return Array.from({ length }, (_, i) => (i >= startIndex && i < startIndex + years ? part : ZERO));
}
