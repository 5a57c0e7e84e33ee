/**
 * The fund over the years: the one entry point for the fund, as appraise() is for one
 * investment. Each investment is appraised once; the balance and the crowded start years
 * come from the engine's fund view (fund.ts), with the allocations added year by year.
 */
import type { Dec } from "../decimal";
import { ZERO, dec, sum } from "../decimal";
import type { FundView } from "../fund";
import { fundView } from "../fund";
import { domainError, isDomainError } from "../errors";
import type { Result } from "../result";
import { roundOre, oreNumber } from "../rounding";
import type { DepartmentTotals } from "./departmentTotals";
import { departmentTotals } from "./departmentTotals";
import type { FundInput } from "./fundModel";
import type { FundWarning } from "./fundWarnings";
import { fundWarnings } from "./fundWarnings";
import type { AppraisedItem, InvestmentFlows } from "./investmentFlows";
import { appraiseItem, investmentFlows } from "./investmentFlows";

/** The fund year by year (öre), per investment and in total. */
export interface FundPortfolio {
  readonly input: FundInput;
  readonly years: readonly number[];
  readonly investments: readonly InvestmentFlows[];
  readonly allocated: readonly Dec[];
  readonly disbursed: readonly Dec[];
  readonly repaid: readonly Dec[];
  /** Allocations − disbursed + repaid, cumulated: the money in the fund at the end of each year. */
  readonly balance: readonly Dec[];
  /** Granted and not yet disbursed at the end of each year. */
  readonly booked: readonly Dec[];
  /** Balance − booked: what can still be granted. */
  readonly available: readonly Dec[];
  /** New investments (counted) starting each year. */
  readonly starts: readonly number[];
  readonly departments: readonly DepartmentTotals[];
  readonly warnings: readonly FundWarning[];
}

function fundYears(input: FundInput, appraised: readonly AppraisedItem[]): number[] {
  const seen = [
    ...Object.keys(input.allocations).map(Number),
    ...appraised.flatMap((a) => {
      const y = a.appraisal.evaluation.years;
      return [y[0] as number, y[y.length - 1] as number];
    })
  ];
  if (seen.length === 0) return [];
  const first = Math.min(...seen);
  const last = Math.max(...seen);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

const yearValues = (years: readonly number[], values: readonly Dec[]): Record<string, number> =>
  Object.fromEntries(years.map((y, k) => [String(y), (values[k] as Dec).toNumber()] as const));

function viewOf(input: FundInput, years: readonly number[], flows: readonly InvestmentFlows[]): FundView {
  const counted = flows.filter((f) => f.status.counted);
  return fundView(
    0,
    counted.map((f) => ({
      name: f.name,
      startYear: f.startYear,
      totalCost: f.totalCost.toNumber(),
      disbursed: yearValues(years, f.disbursed),
      repaid: yearValues(years, f.repaid),
      plannedRepayment: f.repayable.toNumber()
    })),
    years,
    input.maxNewPerYear
  );
}

/**
 * The fund year by year: each investment appraised (an error names its scenario file), its
 * flows by its status, the totals, the balance (allocations − disbursed + repaid, cumulated),
 * booked, available, starts, what each department still owes, and the warnings.
 *
 * @example
 * // Örebro: 65 MSEK in 2013, 22 MSEK in 2016, SöT (granted 2014, 1 028 741 kr paid in 2014):
 * const p = fundPortfolio(orebro) as FundPortfolio;
 * p.balance[1].toNumber(); // 63971259 (2014: 65 000 000 − 1 028 741)
 * // A fund with only its allocation ("tom fond"): 20 MSEK in 2017, no investments:
 * (fundPortfolio({ name: "F", allocations: { "2017": 20000000 }, maxNewPerYear: 3, items: [] }) as FundPortfolio).balance[0].toNumber(); // 20000000
 */
export function fundPortfolio(input: FundInput): Result<FundPortfolio> {
  const appraised: AppraisedItem[] = [];
  for (const item of input.items) {
    const a = appraiseItem(item);
    if (isDomainError(a)) return a;
    appraised.push(a);
  }
  const years = fundYears(input, appraised);
  // A fund with no investments yet is fine ("tom fond"); without an allocation as well it has no years.
  if (years.length === 0) return domainError("fundWithoutYears", { arg: `"${input.name}"` });
  const flows = appraised.map((a) => investmentFlows(a, years));
  const allocated = years.map((y) => {
    const v = Object.prototype.hasOwnProperty.call(input.allocations, String(y)) ? input.allocations[String(y)] : undefined;
    return v === undefined ? ZERO : roundOre(dec(v));
  });
  const view = viewOf(input, years, flows);
  let allocatedSoFar = ZERO;
  const balance = years.map((_, k) => {
    allocatedSoFar = allocatedSoFar.plus(allocated[k] as Dec);
    return allocatedSoFar.plus(view.balanceByYear[k] as Dec);
  });
  const booked = years.map((_, k) => sum(flows.map((f) => f.booked[k] as Dec)));
  const departments = departmentTotals(flows, years);
  const starts = years.map((y) => flows.filter((f) => f.status.counted && f.startYear === y).length);
  return {
    input,
    years,
    investments: flows,
    allocated,
    disbursed: view.disbursedByYear,
    repaid: view.repaidByYear,
    balance,
    booked,
    available: years.map((_, k) => (balance[k] as Dec).minus(booked[k] as Dec)),
    starts,
    departments,
    warnings: fundWarnings({ years, maxNewPerYear: input.maxNewPerYear, flows, crowdedYears: view.crowdedYears, balance, departments })
  };
}

/**
 * The lowest balance and its (first) year; undefined for a fund without years.
 *
 * @example
 * lowestBalance(orebro); // { year: 2015, balance: 60048128 }
 */
export function lowestBalance(p: FundPortfolio): { readonly year: number; readonly balance: number } | undefined {
  let at = -1;
  p.balance.forEach((b, k) => {
    if (at < 0 || b.lt(p.balance[at] as Dec)) at = k;
  });
  return at < 0 ? undefined : { year: p.years[at] as number, balance: oreNumber(p.balance[at] as Dec) };
}

