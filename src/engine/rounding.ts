import { Dec, ZERO } from "./decimal";

/**
 * Rounds kronor to whole öre (2 decimals), half away from zero, as Excel's ROUND.
 * Used only where a value leaves the engine.
 *
 * @example
 * roundOre(new Dec("975526.28756")).toNumber(); // 975526.29
 * roundOre(new Dec("-0.005")).toNumber();       // -0.01
 */
export function roundOre(value: Dec): Dec {
  return value.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

/**
 * Rounds a split of a total cumulatively: part i becomes
 * round(p1 + … + pi) − round(p1 + … + p(i−1)), so the rounded parts add up
 * exactly to the rounded total.
 *
 * @example
 * roundCumulative([new Dec(1).div(3), new Dec(1).div(3), new Dec(1).div(3)]).map(Number);
 * // [0.33, 0.34, 0.33] — adds up to 1.00
 */
export function roundCumulative(parts: readonly Dec[]): Dec[] {
  const out: Dec[] = [];
  let exact = ZERO;
  let roundedSoFar = ZERO;
  for (const p of parts) {
    exact = exact.plus(p);
    const rounded = roundOre(exact);
    out.push(rounded.minus(roundedSoFar));
    roundedSoFar = rounded;
  }
  return out;
}

/**
 * Kronor rounded to öre as a plain number: how a money value leaves the engine (for a
 * cell, JSON or the pane). The one place this conversion is written.
 *
 * @example
 * oreNumber(new Dec("975526.28756")); // 975526.29
 */
export function oreNumber(value: Dec): number {
  return roundOre(value).toNumber();
}
