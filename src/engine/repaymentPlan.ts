/**
 * The repayment plan of one department: the one place that says in which years a
 * department repays what it owes (MODEL.md, "Repayment"). The evaluation plans the planned
 * repayment with it; the fund plans the repayment under risk sharing with it.
 */
import type { Dec } from "./decimal";
import type { Investment } from "./model";
import { planEvenInstalments, planFollowingSavings } from "./repayment";
import type { RuleSet } from "./rules";
import type { WindowOptions } from "./window";

/** The investment's period and whether its savings count during it (the resolved scenario's include-during). */
export type RepaymentPeriod = Pick<Investment, "startYear" | "endYear"> & Pick<WindowOptions, "includeDuring">;

/**
 * The first year a department repays in: when the savings window starts, the year after the
 * end year; with include-during (savings counted during the investment) the start year.
 * The one owner of this rule; the application workbook's *Återföring* formulas say the same
 * with `IF(includeDuring, startYear, endYear + 1)`.
 *
 * @example
 * repaymentStartYear({ startYear: 2017, endYear: 2019, includeDuring: false }); // 2020
 * repaymentStartYear({ startYear: 2017, endYear: 2019, includeDuring: true });  // 2017
 */
export function repaymentStartYear(period: RepaymentPeriod): number {
  return period.includeDuring ? period.startYear : period.endYear + 1;
}

/**
 * The plan of `owed` over the timeline `years`, from {@link repaymentStartYear}: by the rule
 * set's plan kind, following the department's savings (each year min(max(saving, 0), still
 * owed)), or in even instalments over the rule set's number of years. Exact amounts; the
 * caller rounds cumulatively. What the savings cannot cover stays unpaid (the plan then adds
 * up to less than `owed`).
 *
 * @example
 * // Worked example (2017–2019), savings 0, 2.7, 5.4, 8.1, 5.4, 2.7 MSEK from 2017, 12 810 000 owed:
 * departmentRepaymentPlan(OREBRO_2013_2019, { startYear: 2017, endYear: 2019, includeDuring: false },
 *   [2017, 2018, 2019, 2020, 2021, 2022], savings, new Dec(12810000)).map(Number);
 * // [0, 0, 0, 8100000, 4710000, 0]
 */
export function departmentRepaymentPlan(
  rules: Pick<RuleSet, "repaymentPlan" | "instalmentYears">,
  period: RepaymentPeriod,
  years: readonly number[],
  savings: readonly Dec[],
  owed: Dec
): Dec[] {
  const first = repaymentStartYear(period);
  const found = years.findIndex((y) => y >= first);
  const startIndex = found < 0 ? years.length : found;
  if (rules.repaymentPlan === "even") return planEvenInstalments(years.length, owed, startIndex, rules.instalmentYears);
  return planFollowingSavings(savings, owed, startIndex);
}
