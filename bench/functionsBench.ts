/**
 * (a) The custom functions, called as Excel calls them (2-D ranges), against a plain
 * floating-point loop computing the same figure from plain arrays, side by side.
 */
import { SAVINGS10Y_HORIZON } from "../src/functions/adapters/savings10y";
import { cohortSavings, savings10y } from "../src/functions/functions";
import type { Pair } from "./fair";
import { sideBySide } from "./fair";
import type { Row } from "./workload";
import { BASE_YEAR, DISCOUNT_RATE, END_YEAR, YEARS } from "./workload";

/** The window the float loops use: the contract's years after the end year. */
const WINDOW_YEARS = SAVINGS10Y_HORIZON;

let sink = 0;

function floatWindow(savings: readonly number[], years: readonly number[], endYear: number): number {
  let total = 0;
  for (let i = 0; i < years.length; i++) {
    const y = years[i] as number;
    if (y > endYear && y <= endYear + WINDOW_YEARS) total += savings[i] as number;
  }
  return total;
}

function floatDiscounted(savings: readonly number[], years: readonly number[], endYear: number, rate: number, base: number): number {
  let total = 0;
  for (let i = 0; i < years.length; i++) {
    const y = years[i] as number;
    if (y > endYear && y <= endYear + WINDOW_YEARS) total += (savings[i] as number) / Math.pow(1 + rate, y - base);
  }
  return total;
}

function floatCohort(row: Row, n: number, dropOff: number): number[] {
  const out = new Array<number>(n).fill(0);
  const keep = 1 - dropOff;
  for (let c = 0; c < n; c++) {
    let amount = (row.volumes[c] as number) * row.share * row.unitCost;
    if (amount === 0) continue;
    for (let k = 0; k < row.duration; k++) {
      const t = c + row.lag + k;
      if (t >= n) break;
      out[t] = (out[t] as number) + amount;
      amount *= keep;
    }
  }
  return out;
}

/** The five cases of (a), each SINV ÷ float loop. */
export interface FunctionFigures {
  readonly savings10yWhole: Pair;
  readonly savings10yOre: Pair;
  readonly savings10yDiscounted: Pair;
  readonly cohortPlain: Pair;
  readonly cohortDropOff: Pair;
}

/**
 * Times each case over all rows, SINV and float loop alternating, `rounds` rounds.
 *
 * @example
 * functionsBench(makeRows(10000), 15).savings10yOre.ratio.median; // e.g. 6.1
 */
export function functionsBench(rows: readonly Row[], rounds: number): FunctionFigures {
  const years2d = [YEARS.slice()];
  const cells = rows.map((r) => ({ whole: [r.savings], ore: [r.savingsOre], volumes: [r.volumes] }));
  const n = YEARS.length;
  return {
    savings10yWhole: sideBySide(
      () => cells.forEach((c) => (sink += savings10y(c.whole, years2d, END_YEAR))),
      () => rows.forEach((r) => (sink += floatWindow(r.savings, YEARS, END_YEAR))),
      rounds
    ),
    savings10yOre: sideBySide(
      () => cells.forEach((c) => (sink += savings10y(c.ore, years2d, END_YEAR))),
      () => rows.forEach((r) => (sink += floatWindow(r.savingsOre, YEARS, END_YEAR))),
      rounds
    ),
    savings10yDiscounted: sideBySide(
      () => cells.forEach((c) => (sink += savings10y(c.ore, years2d, END_YEAR, DISCOUNT_RATE, BASE_YEAR))),
      () => rows.forEach((r) => (sink += floatDiscounted(r.savingsOre, YEARS, END_YEAR, DISCOUNT_RATE, BASE_YEAR))),
      rounds
    ),
    cohortPlain: sideBySide(
      () => rows.forEach((r, i) => (sink += (cohortSavings(cells[i]!.volumes, years2d, r.share, r.unitCost, r.duration, r.lag)[0] as number[]).length)),
      () => rows.forEach((r) => (sink += floatCohort(r, n, 0).length)),
      rounds
    ),
    cohortDropOff: sideBySide(
      () => rows.forEach((r, i) => (sink += (cohortSavings(cells[i]!.volumes, years2d, r.share, r.unitCost, r.duration, r.lag, r.dropOff)[0] as number[]).length)),
      () => rows.forEach((r) => (sink += floatCohort(r, n, r.dropOff).length)),
      rounds
    )
  };
}

/**
 * What the passes added up, so the optimiser cannot drop the work.
 *
 * @example
 * benchSink(); // e.g. 1.8e14
 */
export function benchSink(): number {
  return sink;
}
