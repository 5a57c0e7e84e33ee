/**
 * Cumulative municipal savings and fund cost over the timeline, as they leave the engine
 * (each running total summed exactly, then rounded to öre): the series of the chart of
 * savings against cost, whose crossing is the payback year.
 */
import type { Dec } from "./decimal";
import { ZERO } from "./decimal";
import type { Evaluation } from "./evaluate";
import { oreNumber } from "./rounding";

/** Running totals per timeline year, in kronor rounded to öre. */
export interface CumulativeSeries {
  readonly years: readonly number[];
  /** Municipal savings from the first timeline year up to and including each year (undiscounted). */
  readonly savings: readonly number[];
  /** Fund-financed cost from the first timeline year up to and including each year. */
  readonly cost: readonly number[];
}

function running(values: readonly Dec[]): number[] {
  let total = ZERO;
  return values.map((v) => oreNumber((total = total.plus(v))));
}

/**
 * The cumulative series of an evaluation.
 *
 * @example
 * // Worked example: savings 0; 2.7; 5.4; 8.1; 5.4; 2.7 MSEK in 2017–2022, cost 12.2 MSEK in 2017–2019.
 * const c = cumulativeSeries(evaluateInvestment(workedExample, OREBRO_2013_2019) as Evaluation);
 * c.savings.slice(0, 6); // [0, 2700000, 8100000, 16200000, 21600000, 24300000]
 * c.cost[c.cost.length - 1]; // 12200000
 */
export function cumulativeSeries(ev: Pick<Evaluation, "years" | "savingsByYear" | "costByYear">): CumulativeSeries {
  return { years: ev.years, savings: running(ev.savingsByYear), cost: running(ev.costByYear) };
}
