/**
 * The repayment plan of one department: the one place that says in which years a
 * department repays what it owes (MODEL.md, "Repayment"). The evaluation plans the planned
 * repayment with it; the fund plans the repayment under risk sharing with it.
 */
import type { Dec } from "./decimal";
import type { Investment } from "./model";
import { planEvenInstalments, planFollowingSavings } from "./repayment";
import type { RuleSet } from "./rules";

/**
 * The plan of `owed` over the timeline `years`: by the rule set's plan kind, following the
 * department's savings from the start year (each year min(max(saving, 0), still owed)), or
 * in even instalments over the rule set's number of years from the year after the end.
 * Exact amounts; the caller rounds cumulatively. What the savings cannot cover stays unpaid
 * (the plan then adds up to less than `owed`).
 *
 * @example
 * // Worked example (2017–2019), savings 0, 2.7, 5.4, 8.1, 5.4 MSEK from 2017, 12 810 000 owed:
 * departmentRepaymentPlan(OREBRO_2013_2019, { startYear: 2017, endYear: 2019 }, [2017, 2018, 2019, 2020, 2021], savings, new Dec(12810000)).map(Number);
 * // [0, 2700000, 5400000, 4710000, 0]
 */
export function departmentRepaymentPlan(
  rules: Pick<RuleSet, "repaymentPlan" | "instalmentYears">,
  period: Pick<Investment, "startYear" | "endYear">,
  years: readonly number[],
  savings: readonly Dec[],
  owed: Dec
): Dec[] {
  if (rules.repaymentPlan === "even") {
    const evenStart = years.indexOf(period.endYear + 1);
    return planEvenInstalments(years.length, owed, evenStart < 0 ? years.length : evenStart, rules.instalmentYears);
  }
  return planFollowingSavings(savings, owed, Math.max(0, years.indexOf(period.startYear)));
}
