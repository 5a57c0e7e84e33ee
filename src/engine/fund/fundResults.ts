/**
 * The fund's results as plain numbers (kronor in öre), as they leave the engine for the
 * CLI's `--json` and the workbook's key figures.
 */
import type { Dec } from "../decimal";
import { sum } from "../decimal";
import { oreNumber } from "../rounding";
import type { FundStatus } from "./fundStatus";
import type { FundWarning } from "./fundWarnings";
import type { FundPortfolio } from "./portfolio";
import { lowestBalance } from "./portfolio";

/** One year of the fund. */
export interface FundYear {
  readonly allocated: number;
  readonly disbursed: number;
  readonly repaid: number;
  readonly balance: number;
  readonly booked: number;
  readonly available: number;
  readonly starts: number;
}

/** One investment's figures in the fund. */
export interface FundInvestmentResult {
  readonly id: string;
  readonly file: string;
  readonly name: string;
  readonly status: FundStatus;
  readonly decisionYear: number;
  readonly startYear: number;
  readonly endYear: number;
  readonly preset: string;
  readonly totalCost: number;
  readonly windowSavings: number;
  readonly ratio: number | null;
  readonly approved: boolean;
  readonly plannedRepayment: number;
  readonly actualRepayment: number;
  readonly repayable: number;
  readonly repaid: number;
  readonly shortfall: number;
}

/** A department's debt to the fund. */
export interface FundDepartmentResult {
  readonly name: string;
  readonly repayable: number;
  readonly shortfall: number;
  /** Still owed at the end of each year. */
  readonly years: Readonly<Record<string, number>>;
}

/** Everything the fund computes, as plain numbers. */
export interface FundResults {
  readonly name: string;
  readonly years: Readonly<Record<string, FundYear>>;
  readonly owedByDepartment: Readonly<Record<string, FundDepartmentResult>>;
  readonly investments: readonly FundInvestmentResult[];
  /** The balance at the end of the last year, and the lowest balance with its year. */
  readonly balanceEnd: number | null;
  readonly minBalance: { readonly year: number; readonly balance: number } | null;
  readonly warnings: readonly FundWarning[];
}

const ore = (values: readonly Dec[], k: number): number => oreNumber(values[k] as Dec);

/**
 * The fund's results as plain numbers.
 *
 * @example
 * fundResults(orebro).years["2014"]; // { allocated: 0, disbursed: 1028741, repaid: 0, balance: 63971259, … }
 */
export function fundResults(p: FundPortfolio): FundResults {
  const years = Object.fromEntries(
    p.years.map((y, k) => [
      String(y),
      {
        allocated: ore(p.allocated, k),
        disbursed: ore(p.disbursed, k),
        repaid: ore(p.repaid, k),
        balance: ore(p.balance, k),
        booked: ore(p.booked, k),
        available: ore(p.available, k),
        starts: p.starts[k] as number
      }
    ])
  );
  const owedByDepartment = Object.fromEntries(
    p.departments.map((d) => [
      d.id,
      { name: d.name, repayable: oreNumber(d.repayable), shortfall: oreNumber(d.shortfall), years: Object.fromEntries(p.years.map((y, k) => [String(y), ore(d.owed, k)])) }
    ])
  );
  const investments = p.investments.map((f) => ({
    id: f.item.id,
    file: f.item.file,
    name: f.name,
    status: f.item.status,
    decisionYear: f.item.decisionYear,
    startYear: f.startYear,
    endYear: f.endYear,
    preset: f.preset,
    totalCost: oreNumber(f.totalCost),
    windowSavings: oreNumber(f.windowSavings),
    ratio: f.ratio,
    approved: f.approved,
    plannedRepayment: oreNumber(f.plannedRepayment),
    actualRepayment: oreNumber(f.actualRepayment),
    repayable: oreNumber(f.repayable),
    repaid: oreNumber(sum(f.repaid)),
    shortfall: oreNumber(f.shortfall)
  }));
  const last = p.years.length - 1;
  return {
    name: p.input.name,
    years,
    owedByDepartment,
    investments,
    balanceEnd: last < 0 ? null : ore(p.balance, last),
    minBalance: lowestBalance(p) ?? null,
    warnings: p.warnings
  };
}
