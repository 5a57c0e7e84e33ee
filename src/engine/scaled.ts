/**
 * Exact decimals as scaled integers, m × 10^−s with m a BigInt: the engine's middle path,
 * for the figures the floating-point bound cannot settle (a saving that lands on half an
 * öre) and that decimal.js would compute exactly as well (at most 40 digits).
 */

/** m × 10^−s. */
export interface Scaled {
  readonly m: bigint;
  readonly s: number;
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12];
const MAX_MANTISSA = 1e12;
const MAX_SCALE = 8;
/** decimal.js works to 40 significant digits: below 10^40 its sums and products are exact. */
export const EXACT_LIMIT = 10n ** 40n;

/**
 * A number as the exact decimal the engine reads for it (dec: its 15 significant digits),
 * when that has at most 12 digits and 8 decimals; otherwise undefined.
 *
 * @example
 * toScaled(0.3);     // { m: 3n, s: 1 }
 * toScaled(900000);  // { m: 900000n, s: 0 }
 * toScaled(1 / 3);   // undefined
 */
export function toScaled(x: number): Scaled | undefined {
  if (Number.isInteger(x)) return Math.abs(x) < MAX_MANTISSA ? { m: BigInt(x), s: 0 } : undefined;
  for (let s = 1; s <= MAX_SCALE; s++) {
    const p = POW10[s] as number;
    const m = Math.round(x * p);
    if (Math.abs(m) >= MAX_MANTISSA) return undefined;
    if (m / p === x) return { m: BigInt(m), s };
  }
  return undefined;
}

/**
 * The mantissa of x at a scale at least its own.
 *
 * @example
 * atScale({ m: 3n, s: 1 }, 3); // 300n
 */
export function atScale(x: Scaled, s: number): bigint {
  return x.m * 10n ** BigInt(s - x.s);
}

/**
 * The exact product.
 *
 * @example
 * mulScaled({ m: 3n, s: 1 }, { m: 900000n, s: 0 }); // { m: 2700000n, s: 1 }
 */
export function mulScaled(a: Scaled, b: Scaled): Scaled {
  return { m: a.m * b.m, s: a.s + b.s };
}

/**
 * 1 − x, exactly.
 *
 * @example
 * oneMinusScaled({ m: 1n, s: 1 }); // { m: 9n, s: 1 }
 */
export function oneMinusScaled(x: Scaled): Scaled {
  return { m: 10n ** BigInt(x.s) - x.m, s: x.s };
}

/**
 * Whether |x| < 10^40, so that decimal.js holds it (and everything summed to it) exactly.
 *
 * @example
 * withinExact({ m: 10n ** 39n, s: 2 }); // true
 */
export function withinExact(x: Scaled): boolean {
  return (x.m < 0n ? -x.m : x.m) < EXACT_LIMIT;
}
