import { isDomainError } from "../../engine/errors";
import type { Result } from "../../engine/result";
import { dec } from "../../engine/decimal";
import { sumToOre } from "../../engine/scaled";
import { inWindow, windowSum } from "../../engine/window";
import { optionalBoolean } from "../cells";
import { optionalField, requiredField } from "../fieldArgs";
import { toVector } from "../vectors";
import { yearSeries } from "../yearSeries";
import { moneyOut } from "../output";
import { parseAll } from "../parseAll";
import { savings10yFast } from "../fast/savings10yFast";

/** The contract's fixed horizon for SAVINGS10Y. */
export const SAVINGS10Y_HORIZON = 10;

/**
 * SINV.SAVINGS10Y: cells → the savings in the ten years after `endYear`, discounted.
 *
 * @example
 * savings10yCells([[0, 2.7e6, 5.4e6, 8.1e6, 5.4e6, 2.7e6]], [[2017, 2018, 2019, 2020, 2021, 2022]], 2019, null, null, null); // 16200000
 */
export function savings10yCells(
  savings: unknown,
  years: unknown,
  endYear: unknown,
  discountRate: unknown,
  baseYear: unknown,
  includeDuring: unknown
): Result<number> {
  return savings10yFast(savings, years, endYear, discountRate, baseYear, includeDuring) ?? savings10yGeneral(savings, years, endYear, discountRate, baseYear, includeDuring);
}

/**
 * SAVINGS10Y's general path: every input the contract allows, and every error with its
 * message. {@link savings10yCells} takes the fast path first when it applies.
 *
 * @example
 * savings10yGeneral([[0, 2.7e6, 5.4e6, 8.1e6]], [[2017, 2018, 2019, 2020]], 2019, 0.035, 2017, false); // 7305734.13
 */
export function savings10yGeneral(
  savings: unknown,
  years: unknown,
  endYear: unknown,
  discountRate: unknown,
  baseYear: unknown,
  includeDuring: unknown
): Result<number> {
  const a = parseAll({
    savings: () => toVector(savings, "savings"),
    years: () => toVector(years, "years"),
    endYear: () => requiredField(endYear, "endYear", "endYear"),
    discountRate: () => optionalField(discountRate, "discountRate", "discountRate", 0),
    baseYear: () => optionalField(baseYear, "baseYear", "baseYear", undefined),
    includeDuring: () => optionalBoolean(includeDuring, "includeDuring", false)
  });
  if (isDomainError(a)) return a;
  const series = yearSeries(a.savings, "savings", a.years, "years", { increasing: false, field: "savings" });
  if (isDomainError(series)) return series;
  if (a.discountRate === 0) {
    const counted: number[] = [];
    series.years.forEach((y, i) => {
      if (inWindow(y, a.endYear, SAVINGS10Y_HORIZON, a.includeDuring)) counted.push(series.values[i] as number);
    });
    const fast = sumToOre(counted);
    if (fast !== undefined) return fast;
  }
  const base = a.baseYear ?? Math.min(...series.years);
  return moneyOut(
    windowSum(series.values.map(dec), series.years, {
      endYear: a.endYear,
      horizonYears: SAVINGS10Y_HORIZON,
      includeDuring: a.includeDuring,
      discountRate: dec(a.discountRate),
      baseYear: base
    })
  );
}
