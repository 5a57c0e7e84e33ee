/**
 * The benchmark's workload: 10 000 rows of 15 years, made by a seeded generator so every
 * run measures the same numbers.
 */

/** One row of the workload. */
export interface Row {
  readonly volumes: number[];
  readonly share: number;
  readonly unitCost: number;
  readonly duration: number;
  readonly lag: number;
  /** Yearly decline of the effect, 0.05–0.30 in whole per cent (the drop-off case). */
  readonly dropOff: number;
  /** The row's cohort savings (from the float loop: whole kronor, so exact). */
  readonly savings: number[];
  /** The same savings with öre: each year's figure plus 0.01–0.99 kr. */
  readonly savingsOre: number[];
}

/** A small deterministic generator (mulberry32). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The years of every row: 2017–2031. */
export const YEARS: readonly number[] = Array.from({ length: 15 }, (_, i) => 2017 + i);
/** The end year of every row's investment. */
export const END_YEAR = 2019;
/** The discount rate and base year of the discounted case (the UK Green Book rate). */
export const DISCOUNT_RATE = 0.035;
export const BASE_YEAR = 2017;

/**
 * Makes `n` rows: volumes 0–50 entering in the first four years, shares 0.05–0.50 in whole
 * per cent, unit costs 1 000–1 000 000 kr in whole kronor, duration 1–5, lag 0–2, drop-off
 * 5–30 % in whole per cent; savings in whole kronor and, for the öre case, with öre.
 *
 * @example
 * makeRows(2).length; // 2
 */
export function makeRows(n: number, seed = 20261122): Row[] {
  const rnd = generator(seed);
  const rows: Row[] = [];
  for (let r = 0; r < n; r++) {
    const volumes = YEARS.map((_, i) => (i < 4 ? Math.floor(rnd() * 51) : 0));
    const share = (5 + Math.floor(rnd() * 46)) / 100;
    const unitCost = 1000 + Math.floor(rnd() * 999001);
    const duration = 1 + Math.floor(rnd() * 5);
    const lag = Math.floor(rnd() * 3);
    const dropOff = (5 + Math.floor(rnd() * 26)) / 100;
    const savings = YEARS.map(() => 0);
    for (let c = 0; c < YEARS.length; c++) {
      for (let k = 0; k < duration; k++) {
        const t = c + lag + k;
        if (t < YEARS.length) savings[t] = (savings[t] as number) + Math.round((volumes[c] as number) * share * 100) * unitCost / 100;
      }
    }
    const whole = savings.map((s) => Math.round(s));
    const savingsOre = whole.map((s) => (s === 0 ? 0 : Math.round(s * 100 + 1 + Math.floor(rnd() * 99)) / 100));
    rows.push({ volumes, share, unitCost, duration, lag, dropOff, savings: whole, savingsOre });
  }
  return rows;
}
