import { cellRef, onSheet, rangeRef } from "../sheetModel/a1";
import type { BuildContext } from "./context";
import { COSTS_TABLE, EFFECTS_TABLE, STAFF_TABLE, TARGET_GROUPS_TABLE, UNIT_COSTS_TABLE } from "../sheetModel/tables/inputTables";
import { firstYearColumn } from "../sheetModel/tables/tableSpec";

/** A range on a sheet, formula-ready: `'Effekter'!$D$5:$P$5`. */
export type Ref = string;

/** Row numbers of the parameters on the Parametrar sheet (value in column B). */
export const PARAM_ROWS = {
  ruleSet: 4,
  startYear: 5,
  endYear: 6,
  horizonYears: 7,
  feeShare: 8,
  floorShare: 9,
  repaymentModel: 10,
  discountRate: 11,
  baseYear: 12,
  includeDuring: 13,
  shareFactor: 14,
  volumeFactor: 15,
  unitCostFactor: 16,
  priceYear: 17,
  repaymentPlanKind: 18,
  instalmentYears: 19,
  minDuration: 20,
  maxDuration: 21,
  maxNewPerYear: 22
} as const;

/** A parameter's key. */
export type ParamKey = keyof typeof PARAM_ROWS;

/**
 * Where everything is, computed once from the counts, so every sheet can refer to every
 * other. Rows and columns are 1-based.
 */
export interface Layout {
  readonly n: number;
  readonly param: (key: ParamKey) => Ref;
  readonly index: { readonly headerRow: number; readonly firstRow: number; readonly rows: number };
  readonly departmentsTable: { readonly headerRow: number; readonly firstRow: number; readonly rows: number };
  readonly partnersTable: { readonly headerRow: number; readonly firstRow: number; readonly rows: number };
  readonly unitCosts: { readonly headerRow: number; readonly firstRow: number; readonly rows: number; readonly costColumn: number };
  readonly targetGroups: { readonly yearRow: number; readonly headerRow: number; readonly firstRow: number; readonly rows: number; readonly firstYearCol: number };
  readonly costs: {
    readonly yearRow: number;
    readonly headerRow: number;
    readonly firstRow: number;
    readonly rows: number;
    readonly firstYearCol: number;
    readonly staffYearRow: number;
    readonly staffHeaderRow: number;
    readonly staffFirstRow: number;
    readonly staffRows: number;
    readonly staffFirstYearCol: number;
    readonly payYearRow: number;
    readonly payFirstRow: number;
    readonly totalsYearRow: number;
    readonly fundRow: number;
    readonly cofinancingRow: number;
    readonly totalRow: number;
    readonly totalsFirstYearCol: number;
    readonly totalCostCell: Ref;
    readonly cofinancingCell: Ref;
    readonly deptHeaderRow: number;
    readonly catHeaderRow: number;
  };
  readonly effects: {
    readonly headerRow: number;
    readonly firstRow: number;
    readonly rows: number;
    readonly blockYearRow: number;
    readonly blockFirstRow: number;
    readonly firstYearCol: number;
    readonly windowCol: number;
    readonly deptYearRow: number;
    readonly deptFirstRow: number;
    readonly sumRow: number;
    readonly cumRow: number;
    readonly flagRow: number;
    /** The block of each effect's target-group volumes per year (matched by id). */
    readonly volumeYearRow: number;
    readonly volumeFirstRow: number;
    /** Working columns beside SINV_Effekter, one cell per effect: the matched unit-cost row, its cost and its payer. */
    readonly matchCol: number;
    readonly unitCostCol: number;
    readonly payerCol: number;
  };
  readonly followUp: {
    /** The live row marking each year actual ("utfall") or forecast ("prognos"). */
    readonly markRow: number;
    readonly yearRow: number;
    readonly headerRow: number;
    readonly firstRow: number;
    readonly sharesHeaderRow: number;
    readonly sharesFirstRow: number;
    readonly blockYearRow: number;
    readonly blockFirstRow: number;
    readonly deptHeaderRow: number;
    readonly deptFirstRow: number;
    /** The block of each effect's completed volumes per year (actual where given, else planned). */
    readonly volumeYearRow: number;
    readonly volumeFirstRow: number;
    /** Actual costs against the budget (sheets/followUpCosts.ts): the table SINV_UtfallKostnader and three blocks below it. */
    readonly costs: FollowUpCostsLayout;
  };
  readonly repayment: { readonly headerRow: number; readonly firstRow: number; readonly totalRow: number; readonly planYearRow: number; readonly planFirstRow: number };
}

/**
 * Where the follow-up of the costs is on Uppföljning: the row marking each cost year actual
 * or forecast, the table of actual costs (one row per cost line, at least one), and the
 * header rows of the blocks budget, actual-or-budget and variance (each: a row per line,
 * then a total row). Years start in column 3.
 */
export interface FollowUpCostsLayout {
  readonly markRow: number;
  readonly headerRow: number;
  readonly firstRow: number;
  readonly rows: number;
  readonly budgetHeaderRow: number;
  readonly actualHeaderRow: number;
  readonly varianceHeaderRow: number;
}

/**
 * The follow-up of the costs, laid out from the row its heading takes.
 *
 * @example
 * followUpCostsLayout(40, 3); // { markRow: 41, headerRow: 42, firstRow: 43, rows: 3, budgetHeaderRow: 48, actualHeaderRow: 55, varianceHeaderRow: 62 }
 */
export function followUpCostsLayout(titleRow: number, lines: number): FollowUpCostsLayout {
  const rows = Math.max(1, lines);
  const block = rows + 4; // heading, header, the lines, the total, one blank row
  const budgetHeaderRow = titleRow + 3 + rows + 2;
  return { markRow: titleRow + 1, headerRow: titleRow + 2, firstRow: titleRow + 3, rows, budgetHeaderRow, actualHeaderRow: budgetHeaderRow + block, varianceHeaderRow: budgetHeaderRow + 2 * block };
}

/** Overview rows of the key results (value in column C). */
export const OVERVIEW_ROWS = {
  totalCost: 9,
  cofinancing: 10,
  savings10y: 11,
  savingsDuring: 12,
  ratio: 13,
  approved: 14,
  margin: 15,
  payback: 16,
  breakEvenFactor: 17,
  breakEvenShare: 18,
  plannedRepayment: 19,
  actualRepayment: 20,
  eligibilityHeader: 21,
  collaboration: 22,
  duration: 23,
  newPerYear: 24,
  eligible: 25
} as const;

/**
 * Computes the layout for an investment's counts.
 *
 * @example
 * computeLayout(ctx).effects.firstRow; // 5
 */
export function computeLayout(ctx: BuildContext): Layout {
  const inv = ctx.file.investment;
  const n = ctx.years.length;
  const atLeastOne = (k: number): number => Math.max(1, k);
  const P = ctx.sheet("parameters");
  const indexRows = atLeastOne(Object.keys(inv.indexRates ?? {}).length + (inv.priceYear !== undefined ? 1 : 0));
  const indexHeader = 25;
  const deptHeader = indexHeader + indexRows + 3;
  const partnersHeader = deptHeader + atLeastOne(inv.departments.length) + 3;

  const fixedLines = inv.costLines.filter((l) => !l.staff || l.amounts);
  const staffLines = inv.costLines.filter((l) => l.staff);
  const costRows = atLeastOne(fixedLines.length);
  const staffRows = atLeastOne(staffLines.length);
  const staffYearRow = 5 + costRows + 2;
  const staffHeaderRow = staffYearRow + 1;
  const payYearRow = staffHeaderRow + staffRows + 3;
  const payFirstRow = payYearRow + 1;
  const totalsYearRow = payFirstRow + staffRows + 2;
  const deptHeaderRow = totalsYearRow + 6;
  const catHeaderRow = deptHeaderRow + inv.departments.length + 3;
  const K = ctx.sheet("costs");

  const effectRows = atLeastOne(inv.effects.length);
  const blockYearRow = 5 + effectRows + 3;
  const deptYearRow = blockYearRow + 1 + inv.effects.length + 3;
  const deptFirstRow = deptYearRow + 1;
  const sumRow = deptFirstRow + inv.departments.length;

  const groups = atLeastOne(inv.targetGroups.length);
  // Row 3: the heading of the actual volumes, alone on its row; row 4 marks each year.
  const fuShares = 7 + groups + 2;
  const fuBlockYear = fuShares + 1 + effectRows + 3;
  const fuDept = fuBlockYear + 1 + inv.effects.length + 3;

  const repFirst = 5;
  const repTotal = repFirst + inv.departments.length;
  const planYear = repTotal + 4;

  return {
    n,
    param: (key) => onSheet(P, cellRef(PARAM_ROWS[key], 2, true)),
    index: { headerRow: indexHeader, firstRow: indexHeader + 1, rows: indexRows },
    departmentsTable: { headerRow: deptHeader, firstRow: deptHeader + 1, rows: atLeastOne(inv.departments.length) },
    partnersTable: { headerRow: partnersHeader, firstRow: partnersHeader + 1, rows: atLeastOne((inv.partners ?? []).length) },
    unitCosts: { headerRow: 4, firstRow: 5, rows: atLeastOne(inv.unitCosts.length), costColumn: UNIT_COSTS_TABLE.columns.length + 2 },
    targetGroups: { yearRow: 3, headerRow: 4, firstRow: 5, rows: groups, firstYearCol: firstYearColumn(TARGET_GROUPS_TABLE) },
    costs: {
      yearRow: 3,
      headerRow: 4,
      firstRow: 5,
      rows: costRows,
      firstYearCol: firstYearColumn(COSTS_TABLE),
      staffYearRow,
      staffHeaderRow,
      staffFirstRow: staffHeaderRow + 1,
      staffRows,
      staffFirstYearCol: firstYearColumn(STAFF_TABLE),
      payYearRow,
      payFirstRow,
      totalsYearRow,
      fundRow: totalsYearRow + 1,
      cofinancingRow: totalsYearRow + 2,
      totalRow: totalsYearRow + 3,
      totalsFirstYearCol: 3,
      totalCostCell: onSheet(K, cellRef(totalsYearRow + 1, 3 + n, true)),
      cofinancingCell: onSheet(K, cellRef(totalsYearRow + 2, 3 + n, true)),
      deptHeaderRow,
      catHeaderRow
    },
    effects: {
      headerRow: 4,
      firstRow: 5,
      rows: effectRows,
      blockYearRow,
      blockFirstRow: blockYearRow + 1,
      firstYearCol: 4,
      windowCol: 4 + n,
      deptYearRow,
      deptFirstRow,
      sumRow,
      cumRow: sumRow + 1,
      flagRow: sumRow + 2,
      volumeYearRow: sumRow + 5,
      volumeFirstRow: sumRow + 6,
      matchCol: EFFECTS_TABLE.columns.length + 2,
      unitCostCol: EFFECTS_TABLE.columns.length + 3,
      payerCol: EFFECTS_TABLE.columns.length + 4
    },
    followUp: {
      markRow: 4,
      yearRow: 5,
      headerRow: 6,
      firstRow: 7,
      sharesHeaderRow: fuShares,
      sharesFirstRow: fuShares + 1,
      blockYearRow: fuBlockYear,
      blockFirstRow: fuBlockYear + 1,
      deptHeaderRow: fuDept,
      deptFirstRow: fuDept + 1,
      volumeYearRow: fuDept + 1 + inv.departments.length + 3,
      volumeFirstRow: fuDept + 1 + inv.departments.length + 4,
      costs: followUpCostsLayout(fuDept + 1 + inv.departments.length + 4 + inv.effects.length + 2, inv.costLines.length)
    },
    repayment: { headerRow: 4, firstRow: repFirst, totalRow: repTotal, planYearRow: planYear, planFirstRow: planYear + 1 }
  };
}

/**
 * An absolute row range across the timeline's year columns.
 *
 * @example
 * yearSpan("Effekter", 5, 4, 13); // "'Effekter'!$D$5:$P$5"
 */
export function yearSpan(sheet: string, row: number, firstCol: number, n: number): Ref {
  return onSheet(sheet, rangeRef(row, firstCol, row, firstCol + n - 1));
}
