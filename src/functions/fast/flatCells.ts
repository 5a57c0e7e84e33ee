/**
 * The cells of a plain one-dimensional range without copying, for the fast paths:
 * a single row as it is, a single column read by index. Anything else: undefined
 * (the general path then reads it and names what is wrong).
 *
 * @example
 * flatCells([[1, 2, 3]]);     // { get: (i) => …, length: 3 }
 */
export interface FlatCells {
  readonly length: number;
  readonly column: boolean;
  at(i: number): unknown;
}

/**
 * A single row or a single column (two or more cells) as {@link FlatCells}.
 *
 * @example
 * flatCells([[1], [2]])?.at(1); // 2
 */
export function flatCells(range: unknown): FlatCells | undefined {
  if (!Array.isArray(range) || range.length === 0) return undefined;
  const first: unknown = range[0];
  if (!Array.isArray(first)) return undefined;
  if (range.length === 1) {
    return first.length >= 2 ? { length: first.length, column: false, at: (i) => first[i] } : undefined;
  }
  for (const row of range) if (!Array.isArray(row) || row.length !== 1) return undefined;
  const rows = range as unknown[][];
  return { length: rows.length, column: true, at: (i) => (rows[i] as unknown[])[0] };
}

/**
 * Whether a value is a whole year in 1900 … 2200.
 *
 * @example
 * isYear(2019); // true
 */
export function isYear(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1900 && value <= 2200;
}

/**
 * A blank or a number: the number, the default for blank, undefined otherwise.
 *
 * @example
 * numberOr(null, 1); // 1
 */
export function numberOr(value: unknown, fallback: number): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  return value === null || value === undefined || value === "" ? fallback : undefined;
}
