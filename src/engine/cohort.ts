import type { Dec } from "./decimal";
import { ONE, ZERO } from "./decimal";

/** The parameters of a cohort effect (MODEL.md, "Effects and savings"). */
export interface CohortParams {
  /** Share of each cohort that avoids the service, 0 … 1. */
  readonly share: Dec;
  /** Kronor per unit. */
  readonly unitCost: Dec;
  /** Years the avoided cost lasts for one individual (whole, ≥ 0). */
  readonly duration: number;
  /** Years between entering and the first avoided cost (whole, ≥ 0). */
  readonly lag: number;
  /** Yearly decline of the effect after its first year, 0 … 1. */
  readonly dropOff: Dec;
  /** Units per individual and year. */
  readonly quantity: Dec;
  /** Share that would have happened anyway, 0 … < 1. */
  readonly deadweight: Dec;
}

/**
 * Savings per year from cohorts: the cohort entering in year c saves
 * volume[c] × share × unitCost × quantity × (1 − deadweight) × (1 − dropOff)^k in year
 * t = c + lag + k for 0 ≤ k < duration. `years` must be increasing (gaps allowed);
 * the result is aligned with `years`; savings falling in years not listed are not shown.
 * Exact, on decimal.js; {@link cohortSavingsOre} gives the same rounded to öre, fast.
 *
 * @example
 * // The worked example: 10 pupils a year 2017–2019, share 0.3, 900 000 kr, 3 years, lag 1.
 * cohortSavings([10, 10, 10, 0, 0, 0].map((v) => new Dec(v)), [2017, 2018, 2019, 2020, 2021, 2022],
 *   { share: new Dec(0.3), unitCost: new Dec(900000), duration: 3, lag: 1, dropOff: ZERO, quantity: ONE, deadweight: ZERO })
 *   .map(Number); // [0, 2700000, 5400000, 8100000, 5400000, 2700000]
 */
export function cohortSavings(volumes: readonly Dec[], years: readonly number[], p: CohortParams): Dec[] {
  const n = years.length;
  const out: Dec[] = new Array<Dec>(n).fill(ZERO);
  if (n === 0 || p.duration === 0) return out;
  const perIndividual = p.share.times(p.unitCost).times(p.quantity).times(ONE.minus(p.deadweight));
  if (perIndividual.isZero()) return out;
  const keep = ONE.minus(p.dropOff);
  const declines = !p.dropOff.isZero();
  const last = years[n - 1] as number;
  for (let i = 0; i < n; i++) {
    const volume = volumes[i] as Dec;
    if (volume.isZero()) continue;
    let amount = volume.times(perIndividual);
    const first = (years[i] as number) + p.lag;
    let j = i;
    for (let k = 0; k < p.duration && first + k <= last; k++) {
      j = yearIndexFrom(years, j, first + k);
      if (years[j] === first + k) out[j] = (out[j] as Dec).plus(amount);
      if (declines) amount = amount.times(keep);
    }
  }
  return out;
}

/**
 * The cohort rule's walk over the years: the first index ≥ `from` whose year is at least
 * `year` (`years` increasing; `year` ≤ the last year). The cohort saves in `year` when
 * the year there equals it; otherwise that year is a gap in the list.
 *
 * @example
 * yearIndexFrom([2017, 2018, 2020], 0, 2019); // 2 (2019 is a gap: years[2] is 2020)
 * yearIndexFrom([2017, 2018, 2020], 0, 2018); // 1
 */
export function yearIndexFrom(years: readonly number[], from: number, year: number): number {
  let j = from;
  while ((years[j] as number) < year) j++;
  return j;
}
