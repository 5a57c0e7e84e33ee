/**
 * Exact arithmetic on small decimals as scaled integers held in doubles: a fast path
 * that gives bit-for-bit the results of the decimal.js path whenever it applies, and
 * says so by returning undefined when it does not (the caller then uses decimal.js).
 *
 * A number x is taken as m × 10^−s only when |m| < 10^12 and m / 10^s === x: then m × 10^−s
 * is the decimal that x's shortest representation (what decimal.js reads) stands for.
 * Integer products and sums stay exact while below 2^53; every step checks that.
 */

/** m × 10^−s with m a safe integer. */
export interface Scaled {
  readonly m: number;
  readonly s: number;
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const MAX_MANTISSA = 1e12;
const MAX_SCALE = 8;
const SAFE = Number.MAX_SAFE_INTEGER;

/**
 * A number as a scaled integer, or undefined when it has too many digits.
 *
 * @example
 * toScaled(0.3);     // { m: 3, s: 1 }
 * toScaled(900000);  // { m: 900000, s: 0 }
 * toScaled(1 / 3);   // undefined
 */
export function toScaled(x: number): Scaled | undefined {
  if (Number.isInteger(x)) return Math.abs(x) < MAX_MANTISSA ? { m: x, s: 0 } : undefined;
  for (let s = 1; s <= MAX_SCALE; s++) {
    const p = POW10[s] as number;
    const m = Math.round(x * p);
    if (Math.abs(m) >= MAX_MANTISSA) return undefined;
    if (m / p === x) return { m, s };
  }
  return undefined;
}

/**
 * The exact product, or undefined past 2^53.
 *
 * @example
 * mulScaled({ m: 3, s: 1 }, { m: 900000, s: 0 }); // { m: 2700000, s: 1 }
 */
export function mulScaled(a: Scaled, b: Scaled): Scaled | undefined {
  const m = a.m * b.m;
  return Math.abs(m) <= SAFE && a.s + b.s < POW10.length ? { m, s: a.s + b.s } : undefined;
}

/**
 * 1 − x, exactly.
 *
 * @example
 * oneMinusScaled({ m: 1, s: 1 }); // { m: 9, s: 1 }
 */
export function oneMinusScaled(x: Scaled): Scaled {
  return { m: (POW10[x.s] as number) - x.m, s: x.s };
}

/**
 * The mantissa of x at a larger scale, or undefined past 2^53.
 *
 * @example
 * rescale({ m: 3, s: 1 }, 3); // 300
 */
export function rescale(x: Scaled, s: number): number | undefined {
  if (s < x.s || s >= POW10.length) return undefined;
  const m = x.m * (POW10[s - x.s] as number);
  return Math.abs(m) <= SAFE ? m : undefined;
}

/**
 * m × 10^−s rounded to öre (half away from zero) as the nearest double — what
 * `roundOre(new Dec(...)).toNumber()` gives for the same decimal.
 *
 * @example
 * scaledToOre(12345, 3); // 12.35
 * scaledToOre(-5, 3);    // -0.01
 */
export function scaledToOre(m: number, s: number): number {
  if (s <= 2) return m / (POW10[s] as number);
  const p = POW10[s - 2] as number;
  const neg = m < 0;
  const a = Math.abs(m);
  let q = Math.floor(a / p);
  let r = a - q * p;
  while (r < 0) {
    q -= 1;
    r += p;
  }
  while (r >= p) {
    q += 1;
    r -= p;
  }
  if (2 * r >= p) q += 1;
  return (neg ? -q : q) / 100;
}

/**
 * The exact sum of numbers rounded to öre, or undefined when a value has too many digits
 * or the sum could pass 2^53.
 *
 * @example
 * sumToOre([0.1, 0.2]); // 0.3 (where 0.1 + 0.2 gives 0.30000000000000004)
 */
export function sumToOre(values: readonly number[]): number | undefined {
  let scale = 0;
  const scaled: Scaled[] = [];
  for (const v of values) {
    const x = toScaled(v);
    if (!x) return undefined;
    if (x.s > scale) scale = x.s;
    scaled.push(x);
  }
  let total = 0;
  for (const x of scaled) {
    const m = rescale(x, scale);
    if (m === undefined) return undefined;
    total += m;
    if (Math.abs(total) > SAFE) return undefined;
  }
  return scaledToOre(total, scale);
}
