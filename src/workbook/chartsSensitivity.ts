/**
 * The chart of the sensitivity analysis on Känslighet: the savings in the window at each
 * change as columns, labelled by variable and change, with the total cost as a line over
 * them (a case is approved where its column reaches the line). The cost is shown in a
 * column of its own beside the cases, so the chart draws from the sheet's cells.
 */
import { cellRef, rangeRef } from "../sheetModel/a1";
import type { BuildContext } from "./context";
import type { SheetBuilder } from "./sheetBuilder";
import { overviewRef } from "./sheets/overviewRefs";
import { CHART_COLORS, CHART_SIZE, chartAnchor } from "./chartsPlace";

/** Where the cases are: the header row, the first and last case rows (variable in A, change in B, savings in C). */
export interface SensitivityRows {
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
}

/** The column beside the cases that repeats the total cost for the chart's line. */
export const COST_COLUMN = 7;

/**
 * Writes the total cost beside each case (column G) and adds the chart two rows below the
 * sheet's last row. Call it after the column widths are set.
 *
 * @example
 * addSensitivityChart(b, ctx, { headerRow: 3, firstRow: 4, lastRow: 13 });
 * // columns C4:C13 by A4:B13 (variable, change), cost line G4:G13 = 12 200 000 for the worked example
 */
export function addSensitivityChart(b: SheetBuilder, ctx: BuildContext, rows: SensitivityRows): void {
  const { t, fmt } = ctx;
  const cost = overviewRef(ctx, "totalCost");
  b.value(rows.headerRow, COST_COLUMN, t("totalCost"), { style: "header" });
  for (let r = rows.firstRow; r <= rows.lastRow; r += 1) b.formula(r, COST_COLUMN, cost, { numFmt: fmt.money, expect: ctx.summary.totalCost });
  b.width(COST_COLUMN, ctx.template.columnWidths.value);
  const categories = rangeRef(rows.firstRow, 1, rows.lastRow, 2, false);
  const column = (c: number): string => rangeRef(rows.firstRow, c, rows.lastRow, c, false);
  b.chart({
    kind: "clusteredColumn",
    title: t("chartSensitivity"),
    anchor: chartAnchor(b.widthsSoFar(), b.lastRow() + 3, 1, CHART_SIZE),
    series: [
      { name: cellRef(rows.headerRow, 3), categories, values: column(3), color: CHART_COLORS.savings },
      { name: cellRef(rows.headerRow, COST_COLUMN), categories, values: column(COST_COLUMN), as: "line", color: CHART_COLORS.cost }
    ]
  });
}
