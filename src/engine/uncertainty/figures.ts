/**
 * A simulation's figures as they leave the engine: probabilities as counts over the draws,
 * money rounded to öre from the exact figure. A sum or a percentile is computed in floating
 * point with its error bound and rounded by `certainOre`; when the bound cannot settle the
 * öre (a figure on a half öre), every draw is computed again in decimals.
 */
import type { Dec } from "../decimal";
import { dec, sum } from "../decimal";
import { certainOre, oreNumber, roundCumulative } from "../rounding";
import type { UncertaintyModel } from "./parts";
import type { Simulation } from "./simulate";
import { exactFactors, exactWindowByDepartment } from "./simulate";

/** The chance of payback by a year: cumulative savings reach the total cost in that year or before. */
export interface PaybackChance {
  readonly year: number;
  readonly probability: number;
}

/** What the draws say. */
export interface DrawFigures {
  /** P(window savings ≥ total cost): the approval test passes. */
  readonly pApproved: number;
  /** Its standard error √(p(1 − p)/n). */
  readonly standardError: number;
  /** P(every department repays its full part R × w[d]); null without a repayment model. */
  readonly pFullRepayment: number | null;
  /** The mean repayment to the fund under risk sharing, öre; null without a repayment model. */
  readonly expectedRepayment: number | null;
  /** The same per department, rounded cumulatively so the parts add up to the total. */
  readonly expectedRepaymentByDepartment: Readonly<Record<string, number>> | null;
  /** Window savings at the 10th, 50th and 90th percentile (nearest rank: the ⌈q·n⌉-th smallest draw), öre. */
  readonly savingsP10: number;
  readonly savingsP50: number;
  readonly savingsP90: number;
  /** Per timeline year. */
  readonly paybackByYear: readonly PaybackChance[];
}

const STEP = 2 ** -52;

/**
 * The rank of a percentile among n draws: ⌈p/10 · n⌉ for p tenths (nearest rank).
 *
 * @example
 * percentileRank(1, 2000); // 200
 * percentileRank(9, 2001); // 1801
 */
export function percentileRank(tenths: number, n: number): number {
  return Math.max(1, Math.ceil((tenths * n) / 10));
}

function count(flags: Uint8Array): number {
  let c = 0;
  for (let i = 0; i < flags.length; i++) c += flags[i] as number;
  return c;
}

function exactWindows(model: UncertaintyModel, sim: Simulation): Dec[][] {
  return Array.from({ length: sim.draws }, (_, i) => exactWindowByDepartment(model, exactFactors(model, sim.ratios, i)));
}

function percentiles(model: UncertaintyModel, sim: Simulation): [number, number, number] {
  const sorted = Float64Array.from(sim.window).sort();
  const max = sorted[sorted.length - 1] ?? 0;
  // Order statistics move by no more than the largest error of any draw.
  const bound = 2 * sim.relativeError * max;
  const ranks = [1, 5, 9].map((p) => percentileRank(p, sim.draws));
  const fast = ranks.map((k) => certainOre(sorted[k - 1] as number, bound));
  if (fast.every((v) => v !== undefined)) return fast as [number, number, number];
  const exact = exactWindows(model, sim)
    .map((row) => sum(row))
    .sort((a, b) => a.comparedTo(b));
  return ranks.map((k) => oreNumber(exact[k - 1] as Dec)) as [number, number, number];
}

function expectedRepayments(model: UncertaintyModel, sim: Simulation): number[] | undefined {
  const parts = model.repayment;
  const paid = sim.repaymentByDepartment;
  if (!parts || !paid) return undefined;
  const n = sim.draws;
  const slack = (2 * sim.relativeError + (n + 4) * STEP) * 1.01;
  let partial = 0;
  let bound = 0;
  let previous = 0;
  const out: number[] = [];
  for (const column of paid) {
    let s = 0;
    for (let i = 0; i < n; i++) s += column[i] as number;
    partial += s / n;
    bound += (slack * s) / n + (partial + s / n) * STEP;
    const rounded = certainOre(partial, bound);
    if (rounded === undefined) return exactRepayments(model, sim);
    out.push((Math.round(rounded * 100) - Math.round(previous * 100)) / 100);
    previous = rounded;
  }
  return out;
}

function exactRepayments(model: UncertaintyModel, sim: Simulation): number[] {
  const parts = model.repayment!;
  const sums = model.departments.map(() => dec(0));
  for (const row of exactWindows(model, sim)) {
    row.forEach((a, d) => {
      const capped = a.lt(parts.cap[d] as Dec) ? a : (parts.cap[d] as Dec);
      sums[d] = (sums[d] as Dec).plus(capped.gt(parts.floor[d] as Dec) ? capped : (parts.floor[d] as Dec));
    });
  }
  return roundCumulative(sums.map((s) => s.div(sim.draws))).map((v) => v.toNumber());
}

/**
 * The figures of a simulation.
 *
 * @example
 * // Worked example, share (0.1, 0.3, 0.5), 10 000 draws from seed 7:
 * const f = drawFigures(model, simulate(model, 10000, 7));
 * f.pApproved;       // ≈ 0.80 (exactly 0.80178 in the limit)
 * f.savingsP50;      // ≈ 16 200 000 (the median share is the mode, 0.3)
 */
export function drawFigures(model: UncertaintyModel, sim: Simulation): DrawFigures {
  const n = sim.draws;
  const pApproved = count(sim.approved) / n;
  const [savingsP10, savingsP50, savingsP90] = percentiles(model, sim);
  const byYear = new Int32Array(model.years.length);
  for (let i = 0; i < n; i++) {
    const k = sim.paybackIndex[i] as number;
    if (k >= 0) byYear[k] = (byYear[k] as number) + 1;
  }
  let reached = 0;
  const paybackByYear = model.years.map((year, k) => {
    reached += byYear[k] as number;
    return { year, probability: reached / n };
  });
  const repaid = expectedRepayments(model, sim);
  let total = 0;
  const byDepartment = repaid ? Object.fromEntries(model.departments.map((d, i) => [d, repaid[i] as number])) : null;
  if (repaid) total = repaid.reduce((a, b) => Math.round(a * 100 + b * 100) / 100, 0);
  return {
    pApproved,
    standardError: Math.sqrt((pApproved * (1 - pApproved)) / n),
    pFullRepayment: sim.fullRepayment ? count(sim.fullRepayment) / n : null,
    expectedRepayment: repaid ? total : null,
    expectedRepaymentByDepartment: byDepartment,
    savingsP10,
    savingsP50,
    savingsP90,
    paybackByYear
  };
}
