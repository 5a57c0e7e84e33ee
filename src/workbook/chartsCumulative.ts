/**
 * The chart of cumulative savings against cumulative cost on Effekter, and the rows it is
 * drawn from: live formulas under the sheet's other blocks (the cumulative savings row, the
 * fund cost per year on Kostnadskalkyl summed up, and two rows of 1 and 0 marking the years
 * counted in the window and the end year).
 */
import { cellRef, onSheet, rangeRef } from "../sheetModel/a1";
import type { ChartPlan } from "../sheetModel/plan";
import { cumulativeSeries, inWindow } from "../engine";
import type { BuildContext } from "./context";
import type { Layout } from "./layout";
import type { SheetBuilder } from "./sheetBuilder";
import { inWindowCondition } from "./sheets/effectFormula";
import { CHART_COLORS } from "./chartsPlace";

/** Rows of the chart data block on Effekter. */
export interface CumulativeRows {
  readonly yearRow: number;
  readonly savingsRow: number;
  readonly costRow: number;
  readonly windowRow: number;
  readonly endYearRow: number;
}

/**
 * Writes the chart data block with its subtitle at `firstRow`: the years, cumulative
 * municipal savings (the Ackumulerat row above), cumulative fund cost (Kostnadskalkyl's
 * fund row summed up year by year), 1 where a year counts in the window (the window rule
 * of the sheet's window formulas) and 1 in the end year. Each formula carries the engine's
 * value (cumulativeSeries, inWindow).
 *
 * @example
 * writeCumulativeBlock(b, ctx, layout, 26); // worked example: years in row 27, cost row 29 ends at 12 200 000, window row 30 is 1 in 2020–2029
 */
export function writeCumulativeBlock(b: SheetBuilder, ctx: BuildContext, layout: Layout, firstRow: number): CumulativeRows {
  const { t, fmt, years, ev } = ctx;
  const e = layout.effects;
  const c = layout.costs;
  const rows: CumulativeRows = { yearRow: firstRow + 1, savingsRow: firstRow + 2, costRow: firstRow + 3, windowRow: firstRow + 4, endYearRow: firstRow + 5 };
  const series = cumulativeSeries(ev);
  const { endYear, horizonYears, includeDuring } = ev.options;
  const end = layout.param("endYear");
  b.value(firstRow, 1, t("chartData"), { style: "subtitle" });
  b.value(rows.yearRow, 1, t("year"), { style: "header" });
  b.value(rows.savingsRow, 1, t("cumulativeSavings"), { style: "label" });
  b.value(rows.costRow, 1, t("cumulativeCost"), { style: "label" });
  b.value(rows.windowRow, 1, t("windowRow"), { style: "label" });
  b.value(rows.endYearRow, 1, t("endYear"), { style: "label" });
  years.forEach((y, k) => {
    const col = e.firstYearCol + k;
    const year = cellRef(rows.yearRow, col);
    const fund = onSheet(ctx.sheet("costs"), cellRef(c.fundRow, c.totalsFirstYearCol + k, true));
    b.value(rows.yearRow, col, y, { numFmt: fmt.year, style: "header" });
    b.formula(rows.savingsRow, col, cellRef(e.cumRow, col), { numFmt: fmt.money, expect: series.savings[k] as number });
    b.formula(rows.costRow, col, k === 0 ? fund : `${cellRef(rows.costRow, col - 1)}+${fund}`, { numFmt: fmt.money, expect: series.cost[k] as number });
    b.formula(rows.windowRow, col, inWindowCondition(layout, year), { numFmt: fmt.integer, expect: inWindow(y, endYear, horizonYears, includeDuring) ? 1 : 0 });
    b.formula(rows.endYearRow, col, `(${year}=${end})*1`, { numFmt: fmt.integer, expect: y === endYear ? 1 : 0 });
  });
  return rows;
}

/**
 * The chart: cumulative savings and cost as lines over the years, the years counted in the
 * window as a light band behind them and the end year as a grey band (decided here: bands
 * from rows of 1 and 0, so the marks follow the end year, the horizon and include-during
 * when they change).
 *
 * @example
 * cumulativeChart(ctx, layout, rows, "A33:G50").series.map((s) => s.values); // worked example: ["D28:P28", "D29:P29", "D30:P30", "D31:P31"]
 */
export function cumulativeChart(ctx: BuildContext, layout: Layout, rows: CumulativeRows, anchor: string): ChartPlan {
  const first = layout.effects.firstYearCol;
  const last = first + layout.n - 1;
  const categories = rangeRef(rows.yearRow, first, rows.yearRow, last, false);
  const row = (r: number): string => rangeRef(r, first, r, last, false);
  return {
    kind: "line",
    title: ctx.t("chartCumulative"),
    anchor,
    series: [
      { name: cellRef(rows.savingsRow, 1), categories, values: row(rows.savingsRow), color: CHART_COLORS.savings },
      { name: cellRef(rows.costRow, 1), categories, values: row(rows.costRow), color: CHART_COLORS.cost },
      { name: cellRef(rows.windowRow, 1), categories, values: row(rows.windowRow), as: "band", color: CHART_COLORS.window },
      { name: cellRef(rows.endYearRow, 1), categories, values: row(rows.endYearRow), as: "band", color: CHART_COLORS.endYear }
    ]
  };
}
