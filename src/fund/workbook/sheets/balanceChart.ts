/**
 * The overview's chart: the fund's balance year by year as a line over the year's
 * allocations, disbursements and repayments as columns, drawn from the overview's year
 * table (so it follows the allocations and the register when they are edited).
 */
import { cellRef, rangeRef } from "../../../sheetModel/a1";
import type { ChartPlan } from "../../../sheetModel/plan";
import { chartAnchor, CHART_COLORS, type ChartSize } from "../../../workbook/chartsPlace";
import type { FundContext } from "../fundContext";

/** Where the chart's top-left corner goes: to the right of the key figures (row 4, column G). */
export const BALANCE_CHART_CORNER = { row: 4, column: 7 } as const;

/**
 * The chart's size: as tall as the eighteen key figures beside it, about 80 characters wide
 * (decided here: narrower than the application workbook's charts, so the overview prints
 * on one landscape page across).
 */
export const BALANCE_CHART_SIZE: ChartSize = { chars: 80, rows: 18 };

/** Series colours by meaning: allocations green, disbursements the cost red, repayments the savings blue, the balance dark. */
export const FUND_CHART_COLORS = { allocated: "107C10", disbursed: CHART_COLORS.cost, repaid: CHART_COLORS.savings, balance: "323130" } as const;

/**
 * The balance chart over the year table's columns (year, allocated, disbursed, repaid,
 * balance): each series named by the table's header cell.
 *
 * @example
 * // Örebro's fund (2013–2029; year table in rows 25–41 under its header in row 24; widths A 13, B–E 16, F–G 18, H 13, I 16):
 * balanceChart(ctx, widths).series.map((s) => s.values); // ["B25:B41", "C25:C41", "D25:D41", "E25:E41"]
 * balanceChart(ctx, widths).anchor;                      // "G4:M21"
 */
export function balanceChart(ctx: FundContext, widths: Readonly<Record<number, number>>): ChartPlan {
  const o = ctx.layout.overview;
  const c = o.col;
  const column = (col: number): string => rangeRef(o.firstYearRow, col, o.lastYearRow, col, false);
  const categories = column(c.year);
  const series = (col: number, color: string, as?: "line"): ChartPlan["series"][number] => ({
    name: cellRef(o.yearHeaderRow, col),
    categories,
    values: column(col),
    color,
    ...(as ? { as } : {})
  });
  return {
    kind: "clusteredColumn",
    title: ctx.t("balanceChart"),
    anchor: chartAnchor(widths, BALANCE_CHART_CORNER.row, BALANCE_CHART_CORNER.column, BALANCE_CHART_SIZE),
    series: [
      series(c.allocated, FUND_CHART_COLORS.allocated),
      series(c.disbursed, FUND_CHART_COLORS.disbursed),
      series(c.repaid, FUND_CHART_COLORS.repaid),
      series(c.balance, FUND_CHART_COLORS.balance, "line")
    ]
  };
}
