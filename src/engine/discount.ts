import type { Dec } from "./decimal";
import { ONE, dec } from "./decimal";

/**
 * Discounting (MODEL.md, "Effects and savings"): an amount arising in `year` is worth
 * amount / (1 + r)^(year − baseYear) in the base year. The powers (1 + r)^k are computed
 * once per rate and k, on decimal.js at the engine's 40 digits, and kept: the decimal path
 * divides by them, the fast path multiplies by their reciprocals as doubles.
 */

/** The years the engine accepts span 1900 … 2200, so k = year − baseYear lies within ±300. */
const MAX_OFFSET = 300;
const SIZE = 2 * MAX_OFFSET + 1;
/** Rates kept at most; past this the caches start again (a workbook uses a handful). */
const MAX_RATES = 64;

const powersByRate = new Map<string, (Dec | undefined)[]>();
const reciprocalsByRate = new Map<number, Float64Array>();

/**
 * (1 + rate)^k on decimal.js, cached per rate and k.
 *
 * @example
 * growthFactor(new Dec(0.035), 2).toString(); // "1.071225"
 */
export function growthFactor(rate: Dec, k: number): Dec {
  if (k < -MAX_OFFSET || k > MAX_OFFSET) return ONE.plus(rate).pow(k);
  const key = rate.toString();
  let powers = powersByRate.get(key);
  if (!powers) {
    if (powersByRate.size >= MAX_RATES) powersByRate.clear();
    powers = new Array<Dec | undefined>(SIZE);
    powersByRate.set(key, powers);
  }
  let p = powers[k + MAX_OFFSET];
  if (p === undefined) {
    p = ONE.plus(rate).pow(k);
    powers[k + MAX_OFFSET] = p;
  }
  return p;
}

/**
 * The discount multipliers 1 / (1 + rate)^k of one rate as doubles, indexed by
 * k + 300 (NaN until first asked for: use {@link discountMultiplier}). The rate is the
 * decimal dec() reads for a JavaScript number, as everywhere in the engine.
 *
 * @example
 * const m = discountMultipliers(0.035); discountMultiplier(m, 0.035, 1); // 0.9661835748792271
 */
export function discountMultipliers(rate: number): Float64Array {
  let table = reciprocalsByRate.get(rate);
  if (!table) {
    if (reciprocalsByRate.size >= MAX_RATES) reciprocalsByRate.clear();
    table = new Float64Array(SIZE).fill(Number.NaN);
    reciprocalsByRate.set(rate, table);
  }
  return table;
}

/**
 * 1 / (1 + rate)^k as the double nearest to the engine's 40-digit power's reciprocal,
 * from (and stored in) a table of {@link discountMultipliers}; NaN for |k| > 300.
 *
 * @example
 * discountMultiplier(discountMultipliers(0.1), 0.1, 2); // 0.8264462809917356 (= 1 / 1.21)
 */
export function discountMultiplier(table: Float64Array, rate: number, k: number): number {
  const i = k + MAX_OFFSET;
  if (i < 0 || i >= SIZE) return Number.NaN;
  let m = table[i] as number;
  if (Number.isNaN(m)) {
    m = ONE.div(growthFactor(dec(rate), k)).toNumber();
    table[i] = m;
  }
  return m;
}

/**
 * Present value at `rate` in `baseYear` of an amount arising in `year`:
 * amount / (1 + rate)^(year − baseYear). Years before the base year grow.
 *
 * @example
 * presentValue(new Dec(1035), 2018, 2017, new Dec(0.035)).toNumber(); // 1000
 */
export function presentValue(amount: Dec, year: number, baseYear: number, rate: Dec): Dec {
  if (rate.isZero() || year === baseYear) return amount;
  return amount.div(growthFactor(rate, year - baseYear));
}
