import type { Dec } from "./decimal";
import { ENTRY_ERROR, ZERO, dec } from "./decimal";
import { discountMultiplier, discountMultipliers, presentValue } from "./discount";
import type { Result } from "./result";
import { moneyNumber } from "./moneyNumber";
import { certainOre, exactOre } from "./rounding";
import type { Scaled } from "./scaled";
import { atScale, toScaled, withinExact } from "./scaled";

/** How savings are counted: the window after the end year, and discounting. */
export interface WindowOptions {
  /** The calendar year in which the investment ends. */
  readonly endYear: number;
  /** Years counted after the end year (the rules' horizon: Örebro's is 10). */
  readonly horizonYears: number;
  /** Count also the years up to and including the end year. */
  readonly includeDuring: boolean;
  /** Discount rate (> −1); 0 for undiscounted kronor. */
  readonly discountRate: Dec;
  /** The year values are discounted to. */
  readonly baseYear: number;
}

/** {@link WindowOptions} with the rate as a JavaScript number (read as {@link dec} reads it). */
export type WindowNumbers = Omit<WindowOptions, "discountRate"> & { readonly discountRate: number };

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
 * The sum of the savings whose year is in the window, each discounted to the base year,
 * exactly (decimal.js, 40 digits).
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

/** 2^−52, twice a double's unit roundoff: the error budget of one rounded step, doubled. */
const STEP = 2 ** -52;
/** Savings below this size (but not 0) and multipliers outside [TINY, HUGE] go to the decimal
 * path: within them every product is a normal double, so the relative error bound holds. */
const TINY_SAVING = 2 ** -500;
const TINY = 2 ** -400;
const HUGE = 2 ** 400;

/**
 * The window sum as it leaves the engine: {@link windowSum} of the numbers' decimals,
 * rounded to öre — the same number, fast: {@link windowSumFloat} when it can settle the
 * öre, else undiscounted on scaled integers ({@link windowSumExact}), else the decimal path. An error when the sum is too large for a cell.
 *
 * @example
 * windowSumOre([1.5, 2.25, 3.1], [2019, 2020, 2021], { endYear: 2019, horizonYears: 10, includeDuring: false, discountRate: 0.035, baseYear: 2019 });
 * // 5.07  (2.25 / 1.035 + 3.1 / 1.035²)
 */
export function windowSumOre(savings: readonly number[], years: readonly number[], o: WindowNumbers): Result<number> {
  return windowSumFloat(savings, years, o) ?? windowSumExact(savings, years, o) ?? moneyNumber(windowSum(savings.map(dec), years, { ...o, discountRate: dec(o.discountRate) }), "savings");
}

/**
 * The fast path of {@link windowSumOre}: the sum in floating point with a bound on its
 * error (each saving is within 5·10^−16 of the 15-digit decimal the engine reads for it,
 * each cached multiplier 1/(1 + r)^k within half an ulp of its 40-digit value; each product
 * and sum adds half an ulp more), rounded to öre by {@link certainOre} —
 * or undefined when the bound cannot settle the öre or a magnitude is extreme.
 *
 * @example
 * windowSumFloat([0.1, 0.2], [2020, 2021], { endYear: 2019, horizonYears: 10, includeDuring: false, discountRate: 0, baseYear: 2020 }); // 0.3
 * windowSumFloat([0.125], [2020], { endYear: 2019, horizonYears: 10, includeDuring: false, discountRate: 0, baseYear: 2020 }); // undefined (a half öre)
 */
export function windowSumFloat(savings: readonly number[], years: readonly number[], o: WindowNumbers): number | undefined {
  const rate = o.discountRate;
  const table = rate === 0 ? undefined : discountMultipliers(rate);
  const { endYear, horizonYears, includeDuring, baseYear } = o;
  let total = 0;
  let magnitude = 0;
  let terms = 0;
  for (let i = 0; i < years.length; i++) {
    const y = years[i] as number;
    if (!inWindow(y, endYear, horizonYears, includeDuring)) continue;
    let t = savings[i] as number;
    if (t !== 0 && !(Math.abs(t) >= TINY_SAVING)) return undefined;
    if (table !== undefined && y !== baseYear) {
      const m = discountMultiplier(table, rate, y - baseYear);
      if (!(m > TINY && m < HUGE)) return undefined;
      t *= m;
    }
    total += t;
    magnitude += Math.abs(t);
    terms += 1;
  }
  return certainOre(total, (ENTRY_ERROR + (terms + 4) * STEP) * magnitude);
}

/**
 * The undiscounted window sum on scaled integers (BigInt), rounded to öre: exact, for the
 * sums that land on half an öre. Undefined with a discount rate, a saving with too many
 * digits, or a sum of 40 digits or more (the decimal path then answers).
 *
 * @example
 * windowSumExact([0.125, 0.25], [2020, 2021], { endYear: 2019, horizonYears: 10, includeDuring: false, discountRate: 0, baseYear: 2020 }); // 0.38
 */
export function windowSumExact(savings: readonly number[], years: readonly number[], o: WindowNumbers): number | undefined {
  if (o.discountRate !== 0) return undefined;
  const counted: Scaled[] = [];
  let scale = 0;
  for (let i = 0; i < years.length; i++) {
    if (!inWindow(years[i] as number, o.endYear, o.horizonYears, o.includeDuring)) continue;
    const x = toScaled(savings[i] as number);
    if (!x) return undefined;
    counted.push(x);
    if (x.s > scale) scale = x.s;
  }
  let total = 0n;
  let magnitude = 0n; // bounds every partial sum: decimal.js adds them exactly below 10^40
  for (const x of counted) {
    const m = atScale(x, scale);
    total += m;
    magnitude += m < 0n ? -m : m;
  }
  return withinExact({ m: magnitude, s: scale }) ? exactOre(total, scale) : undefined;
}
