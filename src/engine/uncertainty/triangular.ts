/**
 * The triangular distribution (low a, most likely b, high c), owned here: draws by the
 * inverse of its distribution function, written with exactly the operations the workbook's
 * formula uses (src/workbook/sheets/uncertaintyFormulas.ts), so both compute the same value.
 */

/**
 * The value at probability u (0 < u < 1): a + √(u(c − a)(b − a)) below the mode's
 * probability (b − a)/(c − a), else c − √((1 − u)(c − a)(c − b)); a when c = a.
 *
 * @example
 * triangularValue(0.5, 0.1, 0.3, 0.5); // 0.3
 * triangularValue(0.125, 0.1, 0.3, 0.5); // 0.2 (0.1 + √(0.125 × 0.4 × 0.2))
 * triangularValue(0.9, 1, 1, 1); // 1 (no width: the base itself)
 */
export function triangularValue(u: number, a: number, b: number, c: number): number {
  if (c === a) return a;
  if (u < (b - a) / (c - a)) return a + Math.sqrt(u * (c - a) * (b - a));
  return c - Math.sqrt((1 - u) * (c - a) * (c - b));
}

/**
 * The probability that a draw is at most x: (x − a)²/((c − a)(b − a)) up to the mode,
 * 1 − (c − x)²/((c − a)(c − b)) after it; 0 below a, 1 from c.
 *
 * @example
 * // The worked example's break-even share 12 200 000 / 54 000 000 under (0.1, 0.3, 0.5):
 * 1 - triangularCdf(12.2 / 54, 0.1, 0.3, 0.5); // 0.80178… = P(approved)
 */
export function triangularCdf(x: number, a: number, b: number, c: number): number {
  if (x < a) return 0;
  if (x >= c) return 1;
  if (x <= b) return b === a ? 0 : ((x - a) * (x - a)) / ((c - a) * (b - a));
  return 1 - ((c - x) * (c - x)) / ((c - a) * (c - b));
}
