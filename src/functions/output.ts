import type { Dec } from "../engine/decimal";
import { roundCumulative, roundOre } from "../engine/rounding";

/**
 * Money leaving the engine: rounded to öre, half away from zero, as a cell number.
 *
 * @example
 * moneyOut(new Dec("975526.28756")); // 975526.29
 */
export function moneyOut(value: Dec): number {
  return roundOre(value).toNumber();
}

/**
 * A split of a total leaving the engine: rounded cumulatively so the cells add up to
 * the rounded total.
 *
 * @example
 * splitOut([1, 1, 1].map((v) => new Dec(v).div(3))); // [0.33, 0.34, 0.33]
 */
export function splitOut(parts: readonly Dec[]): number[] {
  return roundCumulative(parts).map((d) => d.toNumber());
}
