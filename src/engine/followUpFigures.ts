/**
 * The follow-up's figures as they leave the engine: planned, actual and variance (actual −
 * planned, computed exactly, then rounded to öre) per effect, department and year, the
 * totals over the timeline, and each department's repayment under risk sharing.
 */
import type { Dec } from "./decimal";
import { ZERO, sum } from "./decimal";
import type { FollowUp } from "./followUp";
import { oreNumber } from "./rounding";

/** Planned, actual and the variance, in kronor rounded to öre. */
export interface Comparison {
  readonly planned: number;
  readonly actual: number;
  /** Actual − planned, computed exactly and rounded once. */
  readonly variance: number;
}

/** The follow-up, ready to show. */
export interface FollowUpFigures {
  /** Per effect (plan order): savings in the window. */
  readonly effects: readonly (Comparison & { readonly id: string })[];
  /** Per department saving: savings in the window, and the repayment under risk sharing (null without one). */
  readonly departments: readonly (Comparison & { readonly id: string; readonly actualRepayment: number | null })[];
  /** Per timeline year: municipal savings, undiscounted. */
  readonly years: readonly (Comparison & { readonly year: number })[];
  /** Municipal savings over the whole timeline, undiscounted. */
  readonly total: Comparison;
}

function compare(planned: Dec, actual: Dec): Comparison {
  return { planned: oreNumber(planned), actual: oreNumber(actual), variance: oreNumber(actual.minus(planned)) };
}

/**
 * The figures of a follow-up.
 *
 * @example
 * // Worked example, actual share 0.1 instead of 0.3:
 * const f = followUpFigures(followUp(workedExample, OREBRO_2013_2019, { shares: { placement: 0.1 } }) as FollowUp);
 * f.effects[0];                          // { id: "placement", planned: 16200000, actual: 5400000, variance: -10800000 }
 * f.departments[0].actualRepayment;      // 5400000 (no more than the effects gave, at least 30 % of 12.2 MSEK)
 * f.years.find((y) => y.year === 2020);  // { year: 2020, planned: 8100000, actual: 2700000, variance: -5400000 }
 * f.total.actual;                        // 8100000
 */
export function followUpFigures(fu: FollowUp): FollowUpFigures {
  const { planned, actual } = fu;
  const effects = planned.effects.map((p, i) => ({ id: p.id, ...compare(p.window, actual.effects[i]?.window ?? ZERO) }));
  const departments = [...planned.windowByDepartment.keys()].map((d) => {
    const repaid = fu.actualRepaymentByDepartment?.get(d);
    return {
      id: d,
      ...compare(planned.windowByDepartment.get(d) as Dec, actual.windowByDepartment.get(d) ?? ZERO),
      actualRepayment: repaid === undefined ? null : oreNumber(repaid)
    };
  });
  const years = planned.years.map((year, i) => ({ year, ...compare(planned.savingsByYear[i] as Dec, actual.savingsByYear[i] ?? ZERO) }));
  return { effects, departments, years, total: compare(sum(planned.savingsByYear), sum(actual.savingsByYear)) };
}
