/**
 * The bias-corrected base case, owned here: each municipal effect's booked savings cut by
 * the optimism-bias correction of its unit cost's grade and of its own grade,
 * (1 − bias(unit cost)) × (1 − bias(effect)), from the rules' table (confidenceGrades.ts);
 * then the approval test, the payback year and the repayment under risk sharing as if the
 * corrected savings came true. Shown beside the uncorrected base case.
 */
import { riskShared } from "../repayment";
import { paybackYear } from "../appraisal";
import type { Dec } from "../decimal";
import { ONE, ZERO, dec, sum } from "../decimal";
import type { Evaluation } from "../evaluate";
import { matchKey } from "../key";
import type { Investment } from "../model";
import { oreNumber, roundCumulative } from "../rounding";
import type { RuleSet } from "../rules";
import { optimismCorrection } from "./confidenceGrades";
import type { UncertaintyModel } from "./parts";

/** A base case's key figures, money in öre. */
export interface BaseCaseFigures {
  readonly windowSavings: number;
  readonly windowByDepartment: Readonly<Record<string, number>>;
  /** Window savings − total cost. */
  readonly net: number;
  readonly approved: boolean;
  readonly paybackYear: number | null;
  /** Σ max(floor × C × w[d], min(R × w[d], A[d])) with these savings as A; null without a repayment model. */
  readonly repayment: number | null;
  /** Its parts per department, rounded cumulatively; null without a repayment model. */
  readonly repaymentByDepartment: Readonly<Record<string, number>> | null;
}

/** The corrected base case beside the uncorrected one. */
export interface BiasCorrected extends BaseCaseFigures {
  /** Per effect (plan order): the factor its savings are multiplied by, (1 − unit cost's correction) × (1 − effect's). */
  readonly effects: readonly { readonly id: string; readonly factor: number }[];
  /** The same figures without the correction (every factor 1). */
  readonly uncorrected: BaseCaseFigures;
}

/**
 * Whether any effect or unit cost has a confidence grade.
 *
 * @example
 * hasGrades(workedExample); // false
 */
export function hasGrades(inv: Investment): boolean {
  return inv.effects.some((e) => e.uncertainty?.confidenceGrade !== undefined) || inv.unitCosts.some((u) => u.uncertainty?.confidenceGrade !== undefined);
}

/**
 * Each effect's factor: (1 − bias of its unit cost's grade) × (1 − bias of its own grade).
 *
 * @example
 * // Unit cost graded 2 (5 %), effect graded 5 (25 %): 0.95 × 0.75
 * biasFactors(inv, OREBRO_2013_2019).map(Number); // [0.7125]
 */
export function biasFactors(inv: Investment, rules: RuleSet): Dec[] {
  const grades = new Map(inv.unitCosts.map((u) => [matchKey(u.code), u.uncertainty?.confidenceGrade] as const));
  return inv.effects.map((e) => {
    const unit = dec(optimismCorrection(rules.optimismBias, grades.get(matchKey(e.unitCostCode))));
    const own = dec(optimismCorrection(rules.optimismBias, e.uncertainty?.confidenceGrade));
    return ONE.minus(unit).times(ONE.minus(own));
  });
}

function baseCase(ev: Evaluation, model: Pick<UncertaintyModel, "departments" | "repayment">, factors: readonly Dec[]): BaseCaseFigures {
  const windows = model.departments.map(() => ZERO);
  const byYear = ev.years.map(() => ZERO);
  ev.effects.forEach((r, i) => {
    if (r.payer !== "kommun") return;
    const k = factors[i] as Dec;
    const d = model.departments.indexOf(r.departmentId);
    windows[d] = (windows[d] as Dec).plus(r.window.times(k));
    r.byYear.forEach((v, y) => (byYear[y] = (byYear[y] as Dec).plus(v.times(k))));
  });
  const total = sum(windows);
  const parts = model.repayment;
  const repaid = parts
    ? windows.map((a, d) => riskShared({ floor: parts.floor[d] as Dec, cap: parts.cap[d] as Dec }, a))
    : undefined;
  const repayment = repaid ? sum(repaid) : undefined;
  const split = repaid ? roundCumulative(repaid) : undefined;
  return {
    windowSavings: oreNumber(total),
    windowByDepartment: Object.fromEntries(model.departments.map((d, i) => [d, oreNumber(windows[i] as Dec)])),
    net: oreNumber(total.minus(ev.totalCost)),
    approved: total.gte(ev.totalCost),
    paybackYear: paybackYear(byYear, ev.years, ev.totalCost) ?? null,
    repayment: repayment === undefined ? null : oreNumber(repayment),
    repaymentByDepartment: split ? Object.fromEntries(model.departments.map((d, i) => [d, (split[i] as Dec).toNumber()])) : null
  };
}

/**
 * The bias-corrected base case of an evaluation, beside the uncorrected one.
 *
 * @example
 * // The worked example, its unit cost graded 6 (40 %): 16 200 000 × 0.6 = 9 720 000 < 12 200 000.
 * biasCorrected(inv, rules, ev, model); // { windowSavings: 9720000, approved: false, paybackYear: 2021, repayment: 9720000, uncorrected: { windowSavings: 16200000, repayment: 12810000, … }, … }
 */
export function biasCorrected(inv: Investment, rules: RuleSet, ev: Evaluation, model: Pick<UncertaintyModel, "departments" | "repayment">): BiasCorrected {
  const factors = biasFactors(inv, rules);
  return {
    ...baseCase(ev, model, factors),
    effects: inv.effects.map((e, i) => ({ id: e.id, factor: (factors[i] as Dec).toNumber() })),
    uncorrected: baseCase(ev, model, factors.map(() => ONE))
  };
}
