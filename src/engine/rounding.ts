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

/** 2^−52: twice the unit roundoff of a double. */
const EPS = 2 ** -52;
/** Past 2^51 öre a double cannot tell a half öre apart. */
const MAX_ORE = 2 ** 51;

/**
 * The fast twin of {@link oreNumber}, for sums computed in floating point: `value`
 * approximates an exact decimal D with |value − D| ≤ `bound`. When every number within
 * `bound` of `value` rounds to the same öre (and to a zero of the same sign), that is
 * `oreNumber(D)`, returned as the same double; otherwise undefined, and the caller computes
 * D on decimal.js. Property tests hold it to oreNumber.
 *
 * @example
 * certainOre(975526.28756, 1e-9); // 975526.29
 * certainOre(0.125, 1e-12);       // undefined: 0.125 may be just below or above 12.5 öre
 */
export function certainOre(value: number, bound: number): number | undefined {
  const x = value * 100;
  const e = bound * 100 + Math.abs(x) * EPS;
  if (!(Math.abs(x) < MAX_ORE && e < 0.25)) return undefined;
  const q = Math.round(x);
  if (Math.abs(x - q) >= 0.5 - e) return undefined;
  if (q === 0 && Math.abs(x) <= e) return value === 0 && bound === 0 ? 0 : undefined;
  return q / 100;
}

/** Whole öre up to 2^53 convert to a double exactly, so q / 100 is rounded once, as decimal.js rounds. */
const MAX_EXACT_ORE = 2n ** 53n;

/**
 * The exact twin of {@link oreNumber} for a scaled integer m × 10^−s: rounded to öre, half
 * away from zero, as the same double (a zero keeps the sign decimal.js gives it); undefined
 * past 2^53 öre.
 *
 * @example
 * exactOre(7403055750n, 4); // 740305.58
 * exactOre(-5n, 3);         // -0.01
 */
export function exactOre(m: bigint, s: number): number | undefined {
  const neg = m < 0n;
  const a = neg ? -m : m;
  let q: bigint;
  if (s <= 2) q = a * 10n ** BigInt(2 - s);
  else {
    const p = 10n ** BigInt(s - 2);
    q = (2n * a + p) / (2n * p);
  }
  if (q > MAX_EXACT_ORE) return undefined;
  return neg ? -Number(q) / 100 : Number(q) / 100;
}
