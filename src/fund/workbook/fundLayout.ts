/**
 * Where everything stands in the fund workbook: one place for every row and column the
 * sheets write and the formulas read. Pure arithmetic on the fund's size.
 */
import type { FundPortfolio, InvestmentFlows } from "../../engine";
import type { RegisterTableColumn } from "./registerSpec";
import { FUND_REGISTER } from "./registerSpec";

/** The register's computed columns, formulas beside the table, in order. */
const REGISTER_COMPUTED = ["row", "ratio", "approved", "counted", "afterEvaluation", "repayable", "repaidPlan", "shortfall"] as const;

/** A register column's key: the table's (registerSpec.ts), then the computed ones. */
export type RegisterColumn = RegisterTableColumn | (typeof REGISTER_COMPUTED)[number];

/** The register's columns, in order: the table's inputs (FUND_REGISTER), then the computed columns beside it. */
export const REGISTER_COLUMNS: readonly RegisterColumn[] = [...FUND_REGISTER.columns.map((c) => c.key), ...REGISTER_COMPUTED];

/** How many register columns are the Excel table's (inputs); the rest are formulas beside it. */
export const REGISTER_TABLE_COLUMNS = FUND_REGISTER.columns.length;

/** The flows sheet's sections, in order. */
export const FLOW_SECTIONS = ["costPlan", "plannedPlan", "actualPlan", "disbursedFlows", "repaidFlows", "bookedFlows"] as const;
export type FlowSection = (typeof FLOW_SECTIONS)[number];

/** The departments sheet's basis sections (per investment and department), in order. */
export const PAIR_SECTIONS = ["plannedPlan", "actualPlan", "plannedSavings", "actualSavings"] as const;
export type PairSection = (typeof PAIR_SECTIONS)[number];

/** One investment and one of its departments (a row of the departments sheet's basis). */
export interface Pair {
  /** The investment's position in the fund (0-based). */
  readonly investment: number;
  /** The department's position among the investment's departments. */
  readonly part: number;
}

/** A department of the workbook: every department any investment names, first named first. */
export interface LayoutDepartment {
  readonly key: string;
  readonly id: string;
  readonly name: string;
}

/** Rows of a block of n rows under a title, with a total row. */
export interface Block {
  readonly titleRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly totalRow: number;
}

/** Every position of the fund workbook. */
export interface FundLayout {
  /** The number of investments; the register and the blocks have max(n, 1) rows (one blank row for a fund without investments). */
  readonly n: number;
  readonly years: readonly number[];
  readonly register: { readonly headerRow: number; readonly firstRow: number; readonly lastRow: number; readonly col: Readonly<Record<RegisterColumn, number>> };
  readonly flows: {
    readonly headerRow: number;
    /** Helper columns of the cost-plan section. */
    readonly col: { readonly id: 1; readonly name: 2; readonly registerRow: 3; readonly counted: 4; readonly evaluated: 5; readonly decisionYear: 6; readonly totalCost: 7 };
    readonly firstYearCol: number;
    readonly totalCol: number;
    readonly sections: Readonly<Record<FlowSection, Block>>;
  };
  readonly departments: {
    readonly list: readonly LayoutDepartment[];
    readonly pairs: readonly Pair[];
    readonly headerRow: number;
    readonly firstYearCol: number;
    /** Each department's rows: repaid, savings, still owed. */
    readonly deptFirstRow: number;
    readonly totalOwedRow: number;
    readonly pairsTitleRow: number;
    readonly pairsHeaderRow: number;
    readonly pairCol: { readonly id: 1; readonly department: 2; readonly name: 3; readonly counted: 4; readonly evaluated: 5; readonly decisionYear: 6; readonly plannedOwed: 7; readonly actualOwed: 8; readonly owes: 9 };
    readonly pairSections: Readonly<Record<PairSection, Block>>;
  };
  readonly overview: {
    readonly figureRow: Readonly<Record<OverviewFigure, number>>;
    readonly yearHeaderRow: number;
    readonly firstYearRow: number;
    readonly lastYearRow: number;
    readonly col: { readonly year: 1; readonly allocated: 2; readonly disbursed: 3; readonly repaid: 4; readonly balance: 5; readonly booked: 6; readonly available: 7; readonly starts: 8; readonly owed: 9 };
  };
}

/** The overview's key figures, in order. */
export const OVERVIEW_FIGURES = [
  "fundName", "period", "allocatedTotal", "bookedTotal", "disbursedTotal", "repaidTotal", "owedEnd", "shortfallTotal",
  "balanceEnd", "minBalance", "minBalanceYear", "availableEnd", "investmentsCounted", "investmentsTotal",
  "negativeYears", "crowdedYears", "maxNewPerYear", "warningsCount"
] as const;
export type OverviewFigure = (typeof OVERVIEW_FIGURES)[number];

function blocks<K extends string>(keys: readonly K[], firstTitleRow: number, rows: number): Record<K, Block> {
  const out = {} as Record<K, Block>;
  keys.forEach((k, i) => {
    const titleRow = firstTitleRow + i * (rows + 3);
    out[k] = { titleRow, firstRow: titleRow + 1, lastRow: titleRow + rows, totalRow: titleRow + rows + 1 };
  });
  return out;
}

function departmentsOf(investments: readonly InvestmentFlows[]): { list: LayoutDepartment[]; pairs: Pair[] } {
  const list: LayoutDepartment[] = [];
  const seen = new Set<string>();
  const pairs: Pair[] = [];
  investments.forEach((f, i) =>
    f.departments.forEach((d, part) => {
      pairs.push({ investment: i, part });
      if (!seen.has(d.key)) {
        seen.add(d.key);
        list.push({ key: d.key, id: d.id, name: d.name });
      }
    })
  );
  return { list, pairs };
}

/**
 * The layout of a fund's workbook.
 *
 * @example
 * const l = fundLayout(orebro); // 6 investments, 2013–2029
 * l.register.firstRow;                  // 5
 * l.flows.sections.disbursedFlows.totalRow; // 40: blocks of 6 + 3 rows from row 6, the fourth's total
 */
export function fundLayout(p: FundPortfolio): FundLayout {
  const n = p.investments.length;
  // Decided here: a fund with no investments yet ("tom fond") keeps one blank row in the
  // register and in every block. An Excel table needs a data row (as the application
  // workbook's empty input tables: blankRow in tableSpec.ts), and a block of at least one
  // row never ends on its own total row (no circular sum, no reversed range).
  const rows = Math.max(n, 1);
  const years = p.years;
  const col = Object.fromEntries(REGISTER_COLUMNS.map((k, i) => [k, i + 1])) as Record<RegisterColumn, number>;
  const { list, pairs } = departmentsOf(p.investments);
  const flowsFirstYearCol = 8;
  const deptFirstRow = 5;
  const totalOwedRow = deptFirstRow + 3 * list.length;
  const pairsTitleRow = totalOwedRow + 3;
  const figureRow = Object.fromEntries(OVERVIEW_FIGURES.map((k, i) => [k, 4 + i])) as Record<OverviewFigure, number>;
  const yearHeaderRow = 4 + OVERVIEW_FIGURES.length + 2;
  return {
    n,
    years,
    register: { headerRow: 4, firstRow: 5, lastRow: 4 + rows, col },
    flows: {
      headerRow: 4,
      col: { id: 1, name: 2, registerRow: 3, counted: 4, evaluated: 5, decisionYear: 6, totalCost: 7 },
      firstYearCol: flowsFirstYearCol,
      totalCol: flowsFirstYearCol + years.length,
      sections: blocks(FLOW_SECTIONS, 6, rows)
    },
    departments: {
      list,
      pairs,
      headerRow: 4,
      firstYearCol: 10,
      deptFirstRow,
      totalOwedRow,
      pairsTitleRow,
      pairsHeaderRow: pairsTitleRow + 1,
      pairCol: { id: 1, department: 2, name: 3, counted: 4, evaluated: 5, decisionYear: 6, plannedOwed: 7, actualOwed: 8, owes: 9 },
      pairSections: blocks(PAIR_SECTIONS, pairsTitleRow + 3, Math.max(pairs.length, 1))
    },
    overview: {
      figureRow,
      yearHeaderRow,
      firstYearRow: yearHeaderRow + 1,
      lastYearRow: yearHeaderRow + years.length,
      col: { year: 1, allocated: 2, disbursed: 3, repaid: 4, balance: 5, booked: 6, available: 7, starts: 8, owed: 9 }
    }
  };
}
