import { dec } from "../../engine/decimal";
import { isDomainError } from "../../engine/errors";
import { planFollowingSavings, plannedRepayment } from "../../engine/repayment";
import type { Result } from "../../engine/result";
import { optionalField, requiredField } from "../fieldArgs";
import { shapeLike, spread, toVector } from "../vectors";
import { yearSeries } from "../yearSeries";
import { splitOut } from "../output";
import { parseAll } from "../parseAll";

/**
 * SINV.REPAYMENTPLAN: cells → the repayment each year, following the savings from
 * `startYear` until cost × (1 + fee) is repaid; rounded cumulatively.
 *
 * @example
 * repaymentPlanCells([[0, 2.7e6, 5.4e6, 8.1e6]], [[2017, 2018, 2019, 2020]], 12200000, null, null);
 * // [[0, 2700000, 5400000, 4710000]]
 */
export function repaymentPlanCells(savings: unknown, years: unknown, cost: unknown, feeShare: unknown, startYear: unknown): Result<(number | "")[][]> {
  const a = parseAll({
    savings: () => toVector(savings, "savings"),
    years: () => toVector(years, "years"),
    cost: () => requiredField(cost, "totalCost", "cost"),
    fee: () => optionalField(feeShare, "feeShare", "feeShare", 0.05),
    start: () => optionalField(startYear, "startYear", "startYear", undefined)
  });
  if (isDomainError(a)) return a;
  const series = yearSeries(a.savings, "savings", a.years, "years", { increasing: true, field: "savings" });
  if (isDomainError(series)) return series;
  const start = a.start ?? (series.years[0] as number);
  let startIndex = series.years.findIndex((y) => y >= start);
  if (startIndex < 0) startIndex = series.years.length;
  const plan = planFollowingSavings(series.values.map(dec), plannedRepayment(dec(a.cost), dec(a.fee)), startIndex);
  return shapeLike(a.years, spread(a.years.cells.length, series.positions, splitOut(plan)));
}
