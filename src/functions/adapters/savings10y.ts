import { isDomainError } from "../../engine/errors";
import type { Result } from "../../engine/result";
import { windowSumOre } from "../../engine/window";
import { optionalBoolean } from "../cells";
import { optionalField, requiredField } from "../fieldArgs";
import { toVector } from "../vectors";
import { yearSeries } from "../yearSeries";

/** The contract's fixed horizon for SAVINGS10Y (FUNCTIONS.md): ten years after the end year. */
export const SAVINGS10Y_HORIZON = 10;

/** The earliest year: the default base year. */
function earliest(years: readonly number[]): number {
  let min = years[0] as number;
  for (let i = 1; i < years.length; i++) if ((years[i] as number) < min) min = years[i] as number;
  return min;
}

/**
 * SINV.SAVINGS10Y: cells → the savings in the ten years after `endYear`, discounted.
 * The arguments are parsed one after the other, in the contract's order (the first error
 * wins), without parseAll's table of closures: this runs once per cell on every recalculation.
 *
 * @example
 * savings10yCells([[0, 2.7e6, 5.4e6, 8.1e6, 5.4e6, 2.7e6]], [[2017, 2018, 2019, 2020, 2021, 2022]], 2019, null, null, null); // 16200000
 * savings10yCells([[0, 2.7e6, 5.4e6, 8.1e6]], [[2017, 2018, 2019, 2020]], 2019, 0.035, 2017, false); // 7305735.92 (8 100 000 / 1.035³)
 */
export function savings10yCells(
  savings: unknown,
  years: unknown,
  endYear: unknown,
  discountRate: unknown,
  baseYear: unknown,
  includeDuring: unknown
): Result<number> {
  const sv = toVector(savings, "savings");
  if (isDomainError(sv)) return sv;
  const yv = toVector(years, "years");
  if (isDomainError(yv)) return yv;
  const end = requiredField(endYear, "endYear", "endYear");
  if (isDomainError(end)) return end;
  const rate = optionalField(discountRate, "discountRate", "discountRate", 0);
  if (isDomainError(rate)) return rate;
  const base = optionalField(baseYear, "baseYear", "baseYear", undefined);
  if (isDomainError(base)) return base;
  const during = optionalBoolean(includeDuring, "includeDuring", false);
  if (isDomainError(during)) return during;
  const series = yearSeries(sv, "savings", yv, "years", { increasing: false, field: "savings" });
  if (isDomainError(series)) return series;
  return windowSumOre(series.values, series.years, {
    endYear: end,
    horizonYears: SAVINGS10Y_HORIZON,
    includeDuring: during,
    discountRate: rate,
    baseYear: base ?? earliest(series.years)
  });
}
