import type { Dec} from "./decimal";
import { ZERO } from "./decimal";
import { presentValue } from "./discount";

/** How savings are counted: the window after the end year, and discounting. */
export interface WindowOptions {
  /** The calendar year in which the investment ends. */
  readonly endYear: number;
  /** Years counted after the end year (Örebro: 10). */
  readonly horizonYears: number;
  /** Count also the years up to and including the end year. */
  readonly includeDuring: boolean;
  /** Discount rate (> −1); 0 for undiscounted kronor. */
  readonly discountRate: Dec;
  /** The year values are discounted to. */
  readonly baseYear: number;
}

/**
 * Whether a year counts: endYear < year ≤ endYear + horizon, or with `includeDuring`
 * every year up to endYear + horizon.
 *
 * @example
 * inWindow(2029, 2019, 10, false); // true
 * inWindow(2019, 2019, 10, false); // false
 */
export function inWindow(year: number, endYear: number, horizonYears: number, includeDuring: boolean): boolean {
  return year <= endYear + horizonYears && (includeDuring || year > endYear);
}

/**
 * The sum of the savings whose year is in the window, each discounted to the base year.
 *
 * @example
 * windowSum([0, 2.7e6, 5.4e6, 8.1e6, 5.4e6, 2.7e6].map((v) => new Dec(v)), [2017, 2018, 2019, 2020, 2021, 2022],
 *   { endYear: 2019, horizonYears: 10, includeDuring: false, discountRate: ZERO, baseYear: 2017 }).toNumber(); // 16200000
 */
export function windowSum(savings: readonly Dec[], years: readonly number[], o: WindowOptions): Dec {
  let total = ZERO;
  for (let i = 0; i < years.length; i++) {
    const y = years[i] as number;
    if (!inWindow(y, o.endYear, o.horizonYears, o.includeDuring)) continue;
    total = total.plus(presentValue(savings[i] as Dec, y, o.baseYear, o.discountRate));
  }
  return total;
}
