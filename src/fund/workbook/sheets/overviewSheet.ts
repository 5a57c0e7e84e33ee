/**
 * Fondöversikt: the key figures and the fund year by year — allocations (inputs), what is
 * disbursed, repaid, the balance, granted but not yet disbursed, available, new
 * investments and what is still owed — every figure a formula over the other sheets, so
 * the register's and the allocations' edits show here. Names SINV_FundBalanceEnd and
 * SINV_FundMinBalance.
 */
import type { Dec } from "../../../engine";
import { oreNumber, sum } from "../../../engine";
import { cellRef, rangeRef } from "../../../sheetModel/a1";
import type { NamePlan, SheetPlan } from "../../../sheetModel/plan";
import { SheetBuilder } from "../../../workbook/sheetBuilder";
import type { FundContext } from "../fundContext";
import type { OverviewFigure } from "../fundLayout";
import { flowsTotalCell } from "./flowsSheet";
import { onSheet } from "../../../sheetModel/a1";
import { registerRange } from "./registerSheet";
import { totalOwedCell } from "./departmentsSheet";
import { balanceChart } from "./balanceChart";

/** The workbook names of the overview's key figures. */
export const FUND_NAMES = { balanceEnd: "SINV_FundBalanceEnd", minBalance: "SINV_FundMinBalance" } as const;

/** The key figures' column: labels stand in column A and run over B–D, which stay empty. */
/** The column of the key figures' values. */
export const VALUE_COL = 5;

function yearTable(b: SheetBuilder, ctx: FundContext): void {
  const { p, layout, t, fmt } = ctx;
  const o = layout.overview;
  const c = o.col;
  b.value(o.yearHeaderRow - 1, 1, t("byYearTitle"), { style: "subtitle" });
  const heads: [number, Parameters<typeof t>[0]][] = [
    [c.year, "year"], [c.allocated, "allocated"], [c.disbursed, "disbursed"], [c.repaid, "repaid"], [c.balance, "balance"],
    [c.booked, "booked"], [c.available, "available"], [c.starts, "starts"], [c.owed, "owed"]
  ];
  heads.forEach(([col, key]) => b.value(o.yearHeaderRow, col, t(key), { style: "header" }));
  const flows = (section: "disbursedFlows" | "repaidFlows" | "bookedFlows", k: number): string => onSheet(ctx.sheet("flows"), flowsTotalCell(ctx, section, k));
  const money = { numFmt: fmt.money };
  p.years.forEach((y, k) => {
    const row = o.firstYearRow + k;
    const at = (col: number): string => cellRef(row, col);
    b.value(row, c.year, y, { numFmt: fmt.year, style: "label" });
    b.value(row, c.allocated, oreNumber(p.allocated[k] as Dec), { numFmt: fmt.money, style: "input" });
    b.formula(row, c.disbursed, flows("disbursedFlows", k), { ...money, expect: oreNumber(p.disbursed[k] as Dec) });
    b.formula(row, c.repaid, flows("repaidFlows", k), { ...money, expect: oreNumber(p.repaid[k] as Dec) });
    const before = k === 0 ? "" : `${cellRef(row - 1, c.balance)}+`;
    b.formula(row, c.balance, `${before}${at(c.allocated)}-${at(c.disbursed)}+${at(c.repaid)}`, { ...money, style: "result", expect: oreNumber(p.balance[k] as Dec) });
    b.formula(row, c.booked, flows("bookedFlows", k), { ...money, expect: oreNumber(p.booked[k] as Dec) });
    b.formula(row, c.available, `${at(c.balance)}-${at(c.booked)}`, { ...money, expect: oreNumber(p.available[k] as Dec) });
    b.formula(row, c.starts, `SUMPRODUCT(${registerRange(ctx, "counted")}*(${registerRange(ctx, "startYear")}=${at(c.year)}))`, { numFmt: fmt.integer, expect: p.starts[k] as number });
    const owed = totalOwedCell(ctx, k);
    const owedExpect = oreNumber(sum(p.departments.map((d) => d.owed[k] as Dec)));
    if (owed === undefined) b.value(row, c.owed, 0, money);
    else b.formula(row, c.owed, owed, { ...money, expect: owedExpect });
  });
}

/**
 * The overview sheet and its names.
 *
 * @example
 * overviewSheet(ctx).names.map((n) => n.name); // ["SINV_FundBalanceEnd", "SINV_FundMinBalance"]
 */
export function overviewSheet(ctx: FundContext): { readonly sheet: SheetPlan; readonly names: readonly NamePlan[] } {
  const { p, layout, t, fmt } = ctx;
  const o = layout.overview;
  const c = o.col;
  const name = ctx.sheet("overview");
  const b = new SheetBuilder(name);
  b.value(1, 1, `${t("overviewTitle")} – ${p.input.name}`, { style: "title" });
  b.value(2, 1, t("overviewNote"), { style: "note" });
  yearTable(b, ctx);
  const col = (k: number): string => rangeRef(o.firstYearRow, k, o.lastYearRow, k);
  const lastRow = o.lastYearRow;
  const last = p.years.length - 1;
  const lowest = p.balance.reduce((m, x, k) => (x.lt(p.balance[m] as Dec) ? k : m), 0);
  const row = (f: OverviewFigure): number => o.figureRow[f];
  const label = (f: OverviewFigure): void => {
    b.value(row(f), 1, t(f), { style: "label" });
  };
  const money = (f: OverviewFigure, formula: string, expect: number, style: "result" | "plain" = "plain"): void => {
    label(f);
    b.formula(row(f), VALUE_COL, formula, { numFmt: fmt.money, style, expect });
  };
  const count = (f: OverviewFigure, formula: string, expect: number): void => {
    label(f);
    b.formula(row(f), VALUE_COL, formula, { numFmt: fmt.integer, expect });
  };
  const counted = p.investments.filter((i) => i.status.counted);
  label("fundName");
  b.value(row("fundName"), VALUE_COL, p.input.name);
  label("period");
  b.value(row("period"), VALUE_COL, p.years.length > 0 ? `${p.years[0]}–${p.years[last]}` : "–");
  money("allocatedTotal", `SUM(${col(c.allocated)})`, oreNumber(sum(p.allocated as Dec[])));
  money("bookedTotal", `SUMPRODUCT(${registerRange(ctx, "counted")}*${registerRange(ctx, "totalCost")})`, oreNumber(sum(counted.map((i) => i.totalCost))));
  money("disbursedTotal", `SUM(${col(c.disbursed)})`, oreNumber(sum(p.disbursed as Dec[])));
  money("repaidTotal", `SUM(${col(c.repaid)})`, oreNumber(sum(p.repaid as Dec[])));
  money("owedEnd", cellRef(lastRow, c.owed), oreNumber(sum(p.departments.map((d) => d.owed[last] as Dec))));
  money("shortfallTotal", `SUM(${registerRange(ctx, "shortfall")})`, oreNumber(sum(p.investments.map((i) => i.shortfall))));
  money("balanceEnd", cellRef(lastRow, c.balance), oreNumber(p.balance[last] as Dec), "result");
  money("minBalance", `MIN(${col(c.balance)})`, oreNumber(p.balance[lowest] as Dec), "result");
  label("minBalanceYear");
  b.formula(row("minBalanceYear"), VALUE_COL, `INDEX(${col(c.year)},MATCH(${cellRef(row("minBalance"), VALUE_COL)},${col(c.balance)},0))`, { numFmt: fmt.year, expect: p.years[lowest] as number });
  money("availableEnd", cellRef(lastRow, c.available), oreNumber(p.available[last] as Dec));
  count("investmentsCounted", `SUM(${registerRange(ctx, "counted")})`, counted.length);
  count("investmentsTotal", `COUNTA(${registerRange(ctx, "id")})`, p.investments.length);
  count("negativeYears", `SUMPRODUCT((ROUND(${col(c.balance)},2)<0)*1)`, p.balance.filter((x) => x.isNegative() && !x.isZero()).length);
  label("maxNewPerYear");
  b.value(row("maxNewPerYear"), VALUE_COL, p.input.maxNewPerYear, { numFmt: fmt.integer, style: "input" });
  count("crowdedYears", `SUMPRODUCT((${col(c.starts)}>${cellRef(row("maxNewPerYear"), VALUE_COL, true)})*1)`, p.starts.filter((s) => s > p.input.maxNewPerYear).length);
  label("warningsCount");
  b.value(row("warningsCount"), VALUE_COL, p.warnings.length, { numFmt: fmt.integer });
  const w = ctx.columnWidths;
  b.widths(1, [w.year, w.value, w.value, w.value, w.value + 2, w.value + 2, w.value + 2, w.year, w.value]);
  b.chart(balanceChart(ctx, b.widthsSoFar()));
  return {
    sheet: b.build(),
    names: [
      { name: FUND_NAMES.balanceEnd, sheet: name, ref: cellRef(row("balanceEnd"), VALUE_COL, true) },
      { name: FUND_NAMES.minBalance, sheet: name, ref: cellRef(row("minBalance"), VALUE_COL, true) }
    ]
  };
}
