import type { Dec } from "./decimal";
import type { Evaluation } from "./evaluate";
import { oreNumber, roundCumulative } from "./rounding";

/** The key results as plain numbers: kronor rounded to öre, shares unrounded. */
export interface Summary {
  readonly totalCost: number;
  readonly cofinancing: number;
  readonly windowSavings: number;
  readonly duringSavings: number;
  /** Savings / cost; null when the cost is 0. */
  readonly ratio: number | null;
  /** Window savings − cost. */
  readonly net: number;
  readonly approved: boolean;
  readonly paybackYear: number | null;
  /** Factor on all shares at which savings equal the cost; null without positive savings. */
  readonly breakEvenFactor: number | null;
  readonly breakEvenShares: Readonly<Record<string, number>>;
  /** R = C × (1 + fee); null when the rule set has no repayment model. */
  readonly plannedRepayment: number | null;
  /** Planned repayment per department, rounded cumulatively so it adds up to R. */
  readonly repaymentByDepartment: Readonly<Record<string, number>>;
  readonly eligible: boolean;
}


/**
 * Rounds an evaluation's key results where they leave the engine.
 *
 * @example
 * summarize(evaluateInvestment(bryggan, OREBRO_2013_2019) as Evaluation).plannedRepayment; // 12810000
 */
export function summarize(ev: Evaluation): Summary {
  const depts = ev.repayment ? [...ev.repayment.byDepartment.keys()] : [];
  const split = ev.repayment ? roundCumulative(depts.map((d) => ev.repayment!.byDepartment.get(d) as Dec)) : [];
  return {
    totalCost: oreNumber(ev.totalCost),
    cofinancing: oreNumber(ev.cofinancing),
    windowSavings: oreNumber(ev.windowSavings),
    duringSavings: oreNumber(ev.duringSavings),
    ratio: ev.approval.ratio ? ev.approval.ratio.toNumber() : null,
    net: oreNumber(ev.approval.margin),
    approved: ev.approval.approved,
    paybackYear: ev.paybackYear ?? null,
    breakEvenFactor: ev.breakEvenFactor ? ev.breakEvenFactor.toNumber() : null,
    breakEvenShares: Object.fromEntries([...ev.breakEvenShares.entries()].map(([id, s]) => [id, s.toNumber()])),
    plannedRepayment: ev.repayment ? oreNumber(ev.repayment.planned) : null,
    repaymentByDepartment: Object.fromEntries(depts.map((d, i) => [d, (split[i] as Dec).toNumber()])),
    eligible: ev.eligibility.eligible
  };
}
