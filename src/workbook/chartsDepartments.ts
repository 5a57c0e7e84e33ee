/**
 * The chart of the municipality's savings per department and year on Effekter: stacked
 * columns drawn from the sheet's own block of savings per department (one series per
 * department, named by the department's name, not its code).
 */
import { cellRef, rangeRef } from "../sheetModel/a1";
import type { ChartPlan } from "../sheetModel/plan";
import type { BuildContext } from "./context";
import type { Layout } from "./layout";
import { CHART_PALETTE } from "./chartsPlace";

/**
 * The stacked column chart, or undefined when the investment has no department.
 *
 * @example
 * departmentsChart(ctx, layout, "I33:R50")?.series[0]; // worked example: { name: "A15", categories: "D14:P14", values: "D15:P15", color: "0F6CBD" }
 */
export function departmentsChart(ctx: BuildContext, layout: Layout, anchor: string): ChartPlan | undefined {
  const e = layout.effects;
  const departments = ctx.file.investment.departments;
  if (departments.length === 0) return undefined;
  const last = e.firstYearCol + layout.n - 1;
  const categories = rangeRef(e.deptYearRow, e.firstYearCol, e.deptYearRow, last, false);
  return {
    kind: "stackedColumn",
    title: ctx.t("savingsPerDepartment"),
    anchor,
    series: departments.map((_, i) => {
      const row = e.deptFirstRow + i;
      return { name: cellRef(row, 1), categories, values: rangeRef(row, e.firstYearCol, row, last, false), color: CHART_PALETTE[i % CHART_PALETTE.length] as string };
    })
  };
}
