/**
 * The distribution chart's bins: the draws' window savings counted in equal bins over a
 * range that also holds the marks drawn on it (the total cost, the planned repayment), so
 * every mark lands inside the chart. Pure; one pass over the draws.
 */

/** Equal bins from `from`, each `width` wide. */
export interface Histogram {
  readonly from: number;
  readonly width: number;
  readonly counts: readonly number[];
  /** How many draws lie strictly below `below` (the cost): the chart's text alternative says it. */
  readonly countBelow: number;
}

/**
 * Counts `values` in `bins` equal bins over [min(values, marks), max(values, marks)]; a
 * value on the top edge goes into the last bin. Without any spread, one bin 1 kr wide.
 *
 * @example
 * histogram(Float64Array.of(0, 1, 2, 3), 2, [], 2); // { from: 0, width: 1.5, counts: [2, 2], countBelow: 2 }
 */
export function histogram(values: ArrayLike<number>, bins: number, marks: readonly number[], below: number): Histogram {
  let lo = Infinity;
  let hi = -Infinity;
  let countBelow = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
    if (v < below) countBelow++;
  }
  for (const m of marks) {
    lo = Math.min(lo, m);
    hi = Math.max(hi, m);
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return { from: 0, width: 1, counts: [], countBelow };
  const n = Math.max(1, Math.floor(bins));
  const width = hi > lo ? (hi - lo) / n : 1;
  const counts = new Array<number>(n).fill(0);
  for (let i = 0; i < values.length; i++) {
    const k = Math.min(n - 1, Math.floor(((values[i] as number) - lo) / width));
    counts[k] = (counts[k] as number) + 1;
  }
  return { from: lo, width, counts, countBelow };
}
