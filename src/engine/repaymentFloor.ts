/**
 * When the risk-sharing floor decides a department's repayment: the two sides of
 * `max(floor × C × w[d], min(R × w[d], A⁺[d]))` (MODEL.md, Repayment), so the evaluator
 * reads "golvet tillämpas: 3 660 000 kr i stället för 2 250 000 kr". Built from the
 * engine's own weights and planned repayment; its maximum is the repayment
 * {@link splitRepayment} gives (test/engine/repaymentFloor.test.ts holds them together).
 */
import type { Dec} from "./decimal";
import { ZERO, dec } from "./decimal";
import type { FollowUp } from "./followUp";
import { departmentWeights, plannedRepayment, riskShared, riskSharingBounds } from "./repayment";
import { oreNumber } from "./rounding";
import type { RuleSet } from "./rules";

/** One department's floor and what the effects alone would have it repay, in kronor rounded to öre. */
export interface DepartmentFloor {
  readonly id: string;
  /** floor × C × w[d]. */
  readonly floor: number;
  /** min(R × w[d], A⁺[d]): what it repays without the floor. */
  readonly withoutFloor: number;
  /** Whether the floor is above that, so the floor is what it repays. */
  readonly applies: boolean;
}

/**
 * Each department's floor against what it would repay without it; undefined without a
 * repayment model or without positive planned savings (then nothing is repaid).
 *
 * @example
 * // Worked example (one department saving, cost 12 200 000), actual share 0.04 instead of 0.3: the window saves 2 160 000.
 * repaymentFloors(fu, OREBRO_2013_2019)?.[0]; // { id: "fsk", floor: 3660000, withoutFloor: 2160000, applies: true }
 */
export function repaymentFloors(fu: Pick<FollowUp, "planned" | "actual">, rules: Pick<RuleSet, "repaymentModel" | "floorShare" | "feeShare">): readonly DepartmentFloor[] | undefined {
  if (!rules.repaymentModel) return undefined;
  const depts = [...fu.planned.windowByDepartment.keys()];
  const weights = departmentWeights(depts.map((d) => fu.planned.windowByDepartment.get(d) as Dec));
  if (!weights) return undefined;
  const cost = fu.planned.totalCost;
  const planned = plannedRepayment(cost, dec(rules.feeShare));
  return depts.map((id, i) => {
    const bounds = riskSharingBounds(cost, planned, dec(rules.floorShare), weights[i] as Dec);
    // Without the floor: the rule with a floor of 0.
    const withoutFloor = riskShared({ floor: ZERO, cap: bounds.cap }, fu.actual.windowByDepartment.get(id) ?? ZERO);
    return { id, floor: oreNumber(bounds.floor), withoutFloor: oreNumber(withoutFloor), applies: bounds.floor.greaterThan(withoutFloor) };
  });
}
