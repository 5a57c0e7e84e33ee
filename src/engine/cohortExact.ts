import type { CohortNumbers } from "./cohortOre";
import { exactOre } from "./rounding";
import type { Scaled } from "./scaled";
import { atScale, mulScaled, oneMinusScaled, toScaled, withinExact } from "./scaled";

/**
 * One year's cohort saving computed exactly on scaled integers and rounded to öre: for the
 * year the floating-point bound cannot settle (it lands on, or within the bound of, half an
 * öre). The terms volume[c] × perIndividual × (1 − dropOff)^k are brought to one scale and
 * summed as BigInts. Undefined when an input has too many digits for a scaled integer, or
 * when a figure reaches 40 digits (decimal.js would round it: the decimal path answers).
 *
 * @example
 * // 5 pupils, share 0.3, 609 305 kr, 10 % drop-off: the third year is 740 305.575 kr exactly.
 * cohortYearExact([5, 0, 0], [2017, 2018, 2019], { share: 0.3, unitCost: 609305, duration: 3, lag: 0, dropOff: 0.1, quantity: 1, deadweight: 0 }, 2);
 * // 740305.58
 */
export function cohortYearExact(volumes: readonly number[], years: readonly number[], p: CohortNumbers, j: number): number | undefined {
  const share = toScaled(p.share);
  const unitCost = toScaled(p.unitCost);
  const quantity = toScaled(p.quantity);
  const deadweight = toScaled(p.deadweight);
  const dropOff = toScaled(p.dropOff);
  if (!share || !unitCost || !quantity || !deadweight || !dropOff) return undefined;
  const per = mulScaled(mulScaled(mulScaled(share, unitCost), quantity), oneMinusScaled(deadweight));
  if (!withinExact(per)) return undefined;
  const keep = oneMinusScaled(dropOff);
  const year = years[j] as number;
  const terms: { volume: Scaled; k: number }[] = [];
  let kMax = 0;
  let volumeScale = 0;
  for (let i = 0; i <= j; i++) {
    const k = year - (years[i] as number) - p.lag;
    if (k < 0 || k >= p.duration || volumes[i] === 0) continue;
    const volume = toScaled(volumes[i] as number);
    if (!volume) return undefined;
    terms.push({ volume, k });
    if (k > kMax) kMax = k;
    if (volume.s > volumeScale) volumeScale = volume.s;
  }
  const scale = volumeScale + per.s + kMax * keep.s;
  let total = 0n;
  for (const t of terms) {
    const amount = atScale(t.volume, volumeScale) * per.m * keep.m ** BigInt(t.k) * 10n ** BigInt((kMax - t.k) * keep.s);
    total += amount;
  }
  const sum = { m: total, s: scale };
  return withinExact(sum) ? exactOre(sum.m, sum.s) : undefined;
}
