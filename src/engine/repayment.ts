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

/** A department's two bounds under risk sharing (MODEL.md, Repayment). */
export interface RiskSharingBounds {
  /** floor × C × w[d]: the least it repays. */
  readonly floor: Dec;
  /** R × w[d]: its full part, the most it repays. */
  readonly cap: Dec;
}

/**
 * The bounds of a department with weight `weight` (1 for a single department).
 *
 * @example
 * riskSharingBounds(new Dec(12200000), new Dec(12810000), new Dec(0.3), new Dec(0.6)); // { floor: 2196000, cap: 7686000 }
 */
export function riskSharingBounds(cost: Dec, planned: Dec, floorShare: Dec, weight: Dec): RiskSharingBounds {
  return { floor: cost.times(floorShare).times(weight), cap: planned.times(weight) };
}

/**
 * The one risk-sharing rule: max(floor, min(cap, A⁺)) — what a department repays with
 * actual savings `actual` (negative counted as 0). Every repayment after evaluation (the
 * follow-up, the pane's floor message, the uncertainty draws) goes through it.
 *
 * @example
 * riskShared({ floor: new Dec(3660000), cap: new Dec(12810000) }, new Dec(2160000)).toNumber(); // 3660000 (the floor decides)
 */
export function riskShared(bounds: RiskSharingBounds, actual: Dec): Dec {
  return Dec.max(bounds.floor, Dec.min(bounds.cap, actual.isNegative() ? ZERO : actual));
}

/**
 * Repayment after evaluation under risk sharing (one department):
 * max(floor × cost, min(cost × (1 + fee), actual)).
 *
 * @example
 * actualRepayment(new Dec(12200000), new Dec(3000000), new Dec(0.3), new Dec(0.05)).toNumber(); // 3660000
 */
export function actualRepayment(cost: Dec, actualSavings: Dec, floorShare: Dec, feeShare: Dec): Dec {
  return riskShared(riskSharingBounds(cost, plannedRepayment(cost, feeShare), floorShare, ONE), actualSavings);
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
    const bounds = riskSharingBounds(cost, planned, floorShare, w);
    return actualByDept ? riskShared(bounds, actualByDept[d] as Dec) : bounds.cap;
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
