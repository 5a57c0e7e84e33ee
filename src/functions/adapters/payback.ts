import { paybackYear } from "../../engine/appraisal";
import { dec } from "../../engine/decimal";
import { domainError, isDomainError } from "../../engine/errors";
import type { Result } from "../../engine/result";
import { requiredField } from "../fieldArgs";
import { toVector } from "../vectors";
import { yearSeries } from "../yearSeries";
import { parseAll } from "../parseAll";

/**
 * SINV.PAYBACK: cells → the first year in which cumulative savings reach the cost.
 *
 * @example
 * paybackCells([[0, 2.7e6, 5.4e6, 8.1e6]], [[2017, 2018, 2019, 2020]], 12200000); // 2020
 */
export function paybackCells(savings: unknown, years: unknown, cost: unknown): Result<number> {
  const a = parseAll({
    savings: () => toVector(savings, "savings"),
    years: () => toVector(years, "years"),
    cost: () => requiredField(cost, "totalCost", "cost")
  });
  if (isDomainError(a)) return a;
  const series = yearSeries(a.savings, "savings", a.years, "years", { increasing: true, field: "savings" });
  if (isDomainError(series)) return series;
  const year = paybackYear(series.values.map(dec), series.years, dec(a.cost));
  if (year !== undefined) return year;
  return domainError("neverPaidBack", {
    cost: a.cost,
    from: series.years[0] as number,
    to: series.years[series.years.length - 1] as number
  });
}
