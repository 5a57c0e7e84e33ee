import { cohortSavings, yearIndexFrom } from "./cohort";
import type { Dec } from "./decimal";
import { ENTRY_ERROR, dec } from "./decimal";
import type { Result } from "./result";
import { isDomainError } from "./errors";
import { moneyNumber } from "./moneyNumber";
import { cohortYearExact } from "./cohortExact";
import { certainOre } from "./rounding";

/** The cohort parameters as JavaScript numbers (each read as {@link dec} reads it: 15 significant digits). */
export interface CohortNumbers {
  readonly share: number;
  readonly unitCost: number;
  readonly duration: number;
  readonly lag: number;
  readonly dropOff: number;
  readonly quantity: number;
  readonly deadweight: number;
}

/** 2^−52, twice a double's unit roundoff: the error budget of one rounded step, doubled. */
const STEP = 2 ** -52;
/** Positive inputs within [2^−100, 2^100] keep every product a normal double. */
const LOW = 2 ** -100;
const HIGH = 2 ** 100;

function inBand(x: number): boolean {
  return x === 0 || (x >= LOW && x <= HIGH);
}

/** The fast path's domain: the rule's ranges, whole duration and lag, and no extreme magnitudes (volumes: in the loop). */
function fastDomain(p: CohortNumbers): boolean {
  if (!(p.share >= 0 && p.share <= 1 && p.unitCost >= 0 && p.quantity >= 0 && p.deadweight >= 0 && p.deadweight < 1 && p.dropOff >= 0 && p.dropOff <= 1)) return false;
  if (!(inBand(p.share) && inBand(p.unitCost) && inBand(p.quantity))) return false;
  return Number.isInteger(p.duration) && p.duration >= 0 && Number.isInteger(p.lag) && p.lag >= 0;
}

/**
 * {@link cohortSavings} of the numbers' decimals, each year rounded to öre as it leaves the
 * engine — the same numbers, fast: {@link cohortSavingsFloat} when it can settle every
 * year's öre, else the decimal path. An error when a figure is too large for a cell.
 *
 * @example
 * cohortSavingsOre([10, 0, 0], [2017, 2018, 2019],
 *   { share: 0.3, unitCost: 900000, duration: 3, lag: 0, dropOff: 0.1, quantity: 1, deadweight: 0 });
 * // [2700000, 2430000, 2187000]
 */
export function cohortSavingsOre(volumes: readonly number[], years: readonly number[], p: CohortNumbers): Result<number[]> {
  const fast = cohortSavingsFloat(volumes, years, p);
  if (fast) return fast;
  const exact = cohortSavings(volumes.map(dec), years, {
    share: dec(p.share),
    unitCost: dec(p.unitCost),
    duration: p.duration,
    lag: p.lag,
    dropOff: dec(p.dropOff),
    quantity: dec(p.quantity),
    deadweight: dec(p.deadweight)
  });
  const out = new Array<number>(exact.length);
  for (let j = 0; j < exact.length; j++) {
    const m = moneyNumber(exact[j] as Dec, "volumes");
    if (isDomainError(m)) return m;
    out[j] = m;
  }
  return out;
}

/**
 * The fast path of {@link cohortSavingsOre}. Every term is ≥ 0, so each year's sum is
 * computed in floating point with a relative error bound — each input within 5·10^−16 of
 * the 15-digit decimal the engine reads for it (magnified by x / (1 − x) in 1 − deadweight
 * and 1 − dropOff), half an ulp per product and sum — and rounded
 * by {@link certainOre}; a year the bound cannot settle is computed exactly on scaled
 * integers ({@link cohortYearExact}). Undefined when neither settles a year, or the inputs
 * are outside the rule's ranges or of extreme magnitude (the decimal path then answers).
 *
 * @example
 * cohortSavingsFloat([10, 10], [2017, 2018], { share: 0.3, unitCost: 900000, duration: 2, lag: 0, dropOff: 0.5, quantity: 1, deadweight: 0 });
 * // [2700000, 4050000]
 */
export function cohortSavingsFloat(volumes: readonly number[], years: readonly number[], p: CohortNumbers): number[] | undefined {
  const n = years.length;
  const out = new Array<number>(n).fill(0);
  if (n === 0 || p.duration === 0) return out;
  if (!fastDomain(p)) return undefined;
  const keep = 1 - p.dropOff;
  const per = p.share * p.unitCost * p.quantity * (1 - p.deadweight);
  if (per === 0) return out;
  const last = years[n - 1] as number;
  const steps = Math.min(p.duration, last - (years[0] as number) + 1);
  const dropCancel = keep === 0 || p.dropOff === 0 ? 0 : p.dropOff / keep;
  // Each input is within ENTRY_ERROR of its decimal (1 − x magnifies that by x / (1 − x)); each
  // product and sum adds a STEP.
  const rel = ENTRY_ERROR * (4 + p.deadweight / (1 - p.deadweight) + steps * (1 + dropCancel)) + STEP * (9 + n + 2 * steps);
  // Consecutive years (the usual timeline) index directly: year c + lag + k is at i + lag + k.
  const consecutive = last - (years[0] as number) === n - 1;
  for (let i = 0; i < n; i++) {
    const volume = volumes[i] as number;
    if (volume === 0) continue;
    if (!(volume > 0 && inBand(volume))) return undefined;
    let amount = volume * per;
    if (consecutive) {
      const end = Math.min(n, i + p.lag + p.duration);
      for (let j = i + p.lag; j < end; j++) {
        out[j] = (out[j] as number) + amount;
        amount *= keep;
      }
      continue;
    }
    const first = (years[i] as number) + p.lag;
    let j = i;
    for (let k = 0; k < p.duration && first + k <= last; k++) {
      j = yearIndexFrom(years, j, first + k);
      if (years[j] === first + k) out[j] = (out[j] as number) + amount;
      amount *= keep;
    }
  }
  for (let j = 0; j < n; j++) {
    const f = out[j] as number;
    if (f === 0) continue;
    const ore = certainOre(f, f * rel + 2 ** -1000) ?? cohortYearExact(volumes, years, p, j);
    if (ore === undefined) return undefined;
    out[j] = ore;
  }
  return out;
}
