import { visitCohortYears } from "./cohort";
import type { Scaled } from "./scaled";
import { mulScaled, oneMinusScaled, rescale, scaledToOre, toScaled } from "./scaled";

const SAFE = Number.MAX_SAFE_INTEGER;
const MAX_SCALE = 15;

/** The cohort parameters as plain numbers (already checked). */
export interface CohortNumbers {
  readonly share: number;
  readonly unitCost: number;
  readonly duration: number;
  readonly lag: number;
  readonly dropOff: number;
  readonly quantity: number;
  readonly deadweight: number;
}

/**
 * The cohort savings rounded to öre, computed on scaled integers: the same numbers as
 * {@link cohortSavings} on decimal.js followed by rounding, or undefined when the fast
 * path does not apply (a drop-off, a value with many digits, a sum past 2^53).
 *
 * @example
 * cohortSavingsToOre([10, 10, 10, 0], [2017, 2018, 2019, 2020],
 *   { share: 0.3, unitCost: 900000, duration: 3, lag: 1, dropOff: 0, quantity: 1, deadweight: 0 });
 * // [0, 2700000, 5400000, 8100000]
 */
export function cohortSavingsToOre(volumes: readonly number[], years: readonly number[], p: CohortNumbers): number[] | undefined {
  if (p.dropOff !== 0) return undefined;
  const share = toScaled(p.share);
  const unitCost = toScaled(p.unitCost);
  const quantity = toScaled(p.quantity);
  const deadweight = toScaled(p.deadweight);
  if (!share || !unitCost || !quantity || !deadweight) return undefined;
  const a = mulScaled(share, unitCost);
  const b = a && mulScaled(a, quantity);
  const perIndividual = b && mulScaled(b, oneMinusScaled(deadweight));
  if (!perIndividual) return undefined;

  const n = years.length;
  const scaledVolumes: Scaled[] = new Array<Scaled>(n);
  let volumeScale = 0;
  for (let i = 0; i < n; i++) {
    const v = toScaled(volumes[i] as number);
    if (!v) return undefined;
    if (v.s > volumeScale) volumeScale = v.s;
    scaledVolumes[i] = v;
  }
  const scale = perIndividual.s + volumeScale;
  if (scale > MAX_SCALE) return undefined;

  const acc = new Array<number>(n).fill(0);
  if (p.duration > 0 && perIndividual.m !== 0) {
    for (let i = 0; i < n; i++) {
      const vm = rescale(scaledVolumes[i] as Scaled, volumeScale);
      if (vm === undefined) return undefined;
      if (vm === 0) continue;
      const amount = vm * perIndividual.m;
      if (Math.abs(amount) > SAFE) return undefined;
      let overflow = false;
      visitCohortYears(years, i, p.lag, p.duration, (j) => {
        if (j < 0) return;
        const next = (acc[j] as number) + amount;
        if (next > SAFE) overflow = true;
        acc[j] = next;
      });
      if (overflow) return undefined;
    }
  }
  return acc.map((m) => scaledToOre(m, scale));
}
