import { Dec, ZERO, dec } from "./decimal";
import type { YearValues } from "./model";

/** One investment as the fund sees it. */
export interface FundEntry {
  readonly name: string;
  readonly startYear: number;
  /** Total (fund-financed) cost booked when the investment is granted. */
  readonly totalCost: number;
  /** Costs paid out per year. */
  readonly disbursed: YearValues;
  /** Repayments received per year. */
  readonly repaid: YearValues;
  /** Repayment planned in all (0 without a repayment model). */
  readonly plannedRepayment: number;
}

/** The fund over the years and in total. */
export interface FundView {
  readonly years: readonly number[];
  readonly disbursedByYear: readonly Dec[];
  readonly repaidByYear: readonly Dec[];
  /** Reserved − disbursed so far + repaid so far, at the end of each year. */
  readonly balanceByYear: readonly Dec[];
  readonly booked: Dec;
  readonly disbursed: Dec;
  readonly repaid: Dec;
  /** Planned repayments not yet received. */
  readonly owed: Dec;
  /** Reserved − booked + repaid: what can still be granted. */
  readonly available: Dec;
  /** Years in which more investments start than the rules allow. */
  readonly crowdedYears: readonly { readonly year: number; readonly starts: number }[];
}

function valueIn(values: YearValues, year: number): Dec {
  const v = values[String(year)];
  return v === undefined ? ZERO : dec(v);
}

/**
 * The fund's balance over the years: reserved − disbursed costs + repayments received,
 * with booked, owed and available amounts, and a warning for crowded start years.
 *
 * @example
 * fundView(100e6, [{ name: "A", startYear: 2017, totalCost: 12.2e6, disbursed: { 2017: 4e6 }, repaid: {}, plannedRepayment: 12.81e6 }],
 *   [2017], 3).balanceByYear[0].toNumber(); // 96000000
 */
export function fundView(reserved: number, entries: readonly FundEntry[], years: readonly number[], maxNewPerYear: number): FundView {
  const disbursedByYear = years.map((y) => entries.reduce((s, e) => s.plus(valueIn(e.disbursed, y)), ZERO));
  const repaidByYear = years.map((y) => entries.reduce((s, e) => s.plus(valueIn(e.repaid, y)), ZERO));
  let balance = dec(reserved);
  const balanceByYear = years.map((_, i) => {
    balance = balance.minus(disbursedByYear[i] as Dec).plus(repaidByYear[i] as Dec);
    return balance;
  });
  const total = (pick: (e: FundEntry) => Dec): Dec => entries.reduce((s, e) => s.plus(pick(e)), ZERO);
  const sumValues = (v: YearValues): Dec => Object.values(v).reduce((s, x) => s.plus(dec(x)), ZERO);
  const booked = total((e) => dec(e.totalCost));
  const repaid = total((e) => sumValues(e.repaid));
  const starts = new Map<number, number>();
  for (const e of entries) starts.set(e.startYear, (starts.get(e.startYear) ?? 0) + 1);
  return {
    years,
    disbursedByYear,
    repaidByYear,
    balanceByYear,
    booked,
    disbursed: total((e) => sumValues(e.disbursed)),
    repaid,
    owed: Dec.max(ZERO, total((e) => dec(e.plannedRepayment)).minus(repaid)),
    available: dec(reserved).minus(booked).plus(repaid),
    crowdedYears: [...starts.entries()]
      .filter(([, n]) => n > maxNewPerYear)
      .sort((a, b) => a[0] - b[0])
      .map(([year, n]) => ({ year, starts: n }))
  };
}
