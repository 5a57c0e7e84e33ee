/**
 * Follow-up of the costs: actual costs against the budget (the cost calculation), per
 * cost line and year, owned here. A year without an actual cost counts as the budget and
 * is marked forecast, as the actuals completion marks volumes (engine/actuals.ts); an
 * actual cost given is marked actual. The variance is actual − budget, computed exactly
 * and rounded once to öre. The pane, the CLI (`results.costFollowUp`) and the workbook's
 * Uppföljning (table SINV_UtfallKostnader and the formulas beside it) show these figures.
 */
import type { Dec } from "./decimal";
import { ZERO, dec, sum } from "./decimal";
import type { Evaluation } from "./evaluate";
import { valueByKey } from "./key";
import type { Investment, YearValues } from "./model";
import { oreNumber } from "./rounding";

/** Actual costs per cost line id, then per year: `{ staff: { "2017": 3100000 } }`. */
export type ActualCosts = Readonly<Record<string, YearValues>>;

/**
 * The years an actual cost can be given for (decided here): the investment's period, widened
 * to every year a cost line gives a non-zero amount or months for, as one run of years (a
 * zero, as the workbook's year columns hold for years without cost, widens nothing). Costs arise while the investment
 * runs; a year outside this run carries no budget, and the workbook's actual-costs table has
 * a column for each of these years only.
 *
 * @example
 * costYears({ startYear: 2017, endYear: 2019, costLines: [] }); // [2017, 2018, 2019]
 * costYears({ startYear: 2017, endYear: 2019, costLines: [{ …, amounts: { "2020": 5000 } }] }); // [2017, …, 2020]
 */
export function costYears(inv: Pick<Investment, "startYear" | "endYear" | "costLines">): number[] {
  let first = inv.startYear;
  let last = inv.endYear;
  for (const line of inv.costLines) {
    for (const [key, value] of [...Object.entries(line.amounts ?? {}), ...Object.entries(line.staff?.months ?? {})]) {
      if (value === 0) continue;
      first = Math.min(first, Number(key));
      last = Math.max(last, Number(key));
    }
  }
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/** Budget, actual and variance in kronor rounded to öre; `actual` says whether the actual figure was given (otherwise the budget stands in, a forecast). */
export interface CostComparison {
  readonly budget: number;
  readonly actual: number;
  /** Actual − budget, computed exactly and rounded once. */
  readonly variance: number;
}

/** One year of one cost line. */
export interface CostYear extends CostComparison {
  readonly year: number;
  readonly isActual: boolean;
}

/** One cost line over the period. */
export interface CostLineFollowUp extends CostComparison {
  readonly id: string;
  readonly years: readonly CostYear[];
}

/** The whole follow-up of the costs. */
export interface CostFollowUp {
  readonly lines: readonly CostLineFollowUp[];
  /** Every line together, per year; a year is actual when any line's actual cost for it is given. */
  readonly years: readonly CostYear[];
  readonly total: CostComparison;
}

function compare(budget: Dec, actual: Dec): CostComparison {
  return { budget: oreNumber(budget), actual: oreNumber(actual), variance: oreNumber(actual.minus(budget)) };
}

/**
 * Actual costs against the budget of an evaluation's cost lines (every line, fund and
 * co-financed; a staff line's budget is its pay plus any fixed amounts), over the
 * evaluation's years that carry a cost or an actual cost — or, when `shown` is given, over
 * exactly those years (the workbook shows {@link costYears}; a year outside the evaluation's
 * timeline is left out).
 *
 * @example
 * // Worked example: staff 3 000 000 kr a year 2017–2019 (among the lines); actual staff cost 2017: 3 100 000.
 * const f = costFollowUp(evaluation, { staff: { "2017": 3100000 } });
 * f.lines.find((l) => l.id === "staff")?.years[0]; // { year: 2017, budget: 3000000, actual: 3100000, variance: 100000, isActual: true }
 * f.total.variance;                                 // 100000
 */
export function costFollowUp(ev: Pick<Evaluation, "years" | "costLines">, actuals: ActualCosts, shown?: readonly number[]): CostFollowUp {
  const yearIndexes = shown
    ? shown.map((y) => ev.years.indexOf(y)).filter((i) => i >= 0)
    : ev.years.map((_, i) => i).filter((i) => ev.costLines.some((l) => !(l.byYear[i] as Dec).isZero()) || hasActual(actuals, ev.years[i] as number));
  const lines = ev.costLines.map((line) => {
    const own = valueByKey(actuals, line.id);
    const parts = yearIndexes.map((i) => {
      const year = ev.years[i] as number;
      const budget = line.byYear[i] as Dec;
      const a = own?.[String(year)];
      const actual = a === undefined ? budget : dec(a);
      return { year, budget, actual, isActual: a !== undefined };
    });
    const years = parts.map((p) => ({ year: p.year, isActual: p.isActual, ...compare(p.budget, p.actual) }));
    return { id: line.id, years, parts, ...compare(sum(parts.map((p) => p.budget)), sum(parts.map((p) => p.actual))) };
  });
  const years = yearIndexes.map((_, k) => {
    const budget = sum(lines.map((l) => l.parts[k]?.budget ?? ZERO));
    const actual = sum(lines.map((l) => l.parts[k]?.actual ?? ZERO));
    return { year: ev.years[yearIndexes[k] as number] as number, isActual: lines.some((l) => l.parts[k]?.isActual === true), ...compare(budget, actual) };
  });
  const total = compare(sum(lines.flatMap((l) => l.parts.map((p) => p.budget))), sum(lines.flatMap((l) => l.parts.map((p) => p.actual))));
  return { lines: lines.map(({ parts: _parts, ...rest }) => rest), years, total };
}

function hasActual(actuals: ActualCosts, year: number): boolean {
  return Object.values(actuals).some((byYear) => byYear[String(year)] !== undefined);
}
