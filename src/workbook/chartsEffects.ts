/**
 * The charts of the Effekter sheet, placed below its last block: the chart data block, then
 * the cumulative chart and, beside it, savings per department.
 */
import type { BuildContext } from "./context";
import type { Layout } from "./layout";
import type { SheetBuilder } from "./sheetBuilder";
import { CHART_SIZE, chartAnchor, nextColumnAfter } from "./chartsPlace";
import { cumulativeChart, writeCumulativeBlock } from "./chartsCumulative";
import { departmentsChart } from "./chartsDepartments";

/**
 * Adds the chart data block two rows below the sheet's last row and the two charts under
 * it, side by side. Call it after the column widths are set (the charts' size follows them).
 *
 * @example
 * addEffectsCharts(b, ctx, layout); // worked example: data block in rows 26–31, charts at A33:G50 and I33:R50
 */
export function addEffectsCharts(b: SheetBuilder, ctx: BuildContext, layout: Layout): void {
  const rows = writeCumulativeBlock(b, ctx, layout, b.lastRow() + 3);
  const top = rows.endYearRow + 2;
  const widths = b.widthsSoFar();
  const left = chartAnchor(widths, top, 1, CHART_SIZE);
  b.chart(cumulativeChart(ctx, layout, rows, left));
  const departments = departmentsChart(ctx, layout, chartAnchor(widths, top, nextColumnAfter(left), CHART_SIZE));
  if (departments) b.chart(departments);
}
