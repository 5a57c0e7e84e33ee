/**
 * The plan's charts through Office.js. `insertWorksheetsFromBase64` on Excel on the web
 * refuses a file with charts, so the insert sends the sheets without them and queues each
 * chart here, on the inserted sheet, in the same batch that re-creates the names: all of it
 * is undone with the inserted sheets when that batch fails.
 *
 * Each chart is added from its first series' values (`worksheet.charts.add`, ExcelApi 1.1)
 * and every series gets its values and categories from the plan's ranges
 * (`ChartSeries.setValues` / `setXAxisValues`, ExcelApi 1.7), so the chart is live on the
 * sheet's cells like the one in the file. Differences from the file: a series' name is the
 * text its name cell holds when inserted (Office.js sets a name, not a reference), and with
 * bands the amount axis stands on the right (the secondary axis; Office.js has no way to
 * put it on the left that could be verified here).
 */
import type { ChartPlan, ChartSeriesPlan, SheetPlan, WorkbookPlan } from "../sheetModel/plan";
import { displayText, rangeBox, sheetCells, type CellLookup } from "../writer/charts/chartCells";

/** Excel's chart type for each kind of chart. */
const CHART_TYPE = { line: "Line", stackedColumn: "ColumnStacked", clusteredColumn: "ColumnClustered" } as const;

/**
 * Whether any sheet of the plan has a chart.
 *
 * @example
 * hasCharts(buildWorkbook(workedExampleFile, options) as WorkbookPlan); // true (Effekter: 2, Känslighet: 1)
 */
export function hasCharts(plan: WorkbookPlan): boolean {
  return plan.sheets.some((sheet) => (sheet.charts ?? []).length > 0);
}

/**
 * The plan without its charts: what is sent to `insertWorksheetsFromBase64`.
 *
 * @example
 * hasCharts(withoutCharts(plan)); // false; cells, tables and names unchanged
 */
export function withoutCharts(plan: WorkbookPlan): WorkbookPlan {
  return { ...plan, sheets: plan.sheets.map(({ charts: _charts, ...sheet }) => sheet) };
}

function styleSeries(series: Excel.ChartSeries, plan: ChartSeriesPlan, chart: ChartPlan, banded: boolean): void {
  const color = plan.color !== undefined ? `#${plan.color}` : undefined;
  if (plan.as === "band") {
    series.chartType = "ColumnClustered";
    series.gapWidth = 0;
    series.overlap = 100;
    if (color) series.format.fill.setSolidColor(color);
    return;
  }
  const line = chart.kind === "line" || plan.as === "line";
  if (plan.as === "line") series.chartType = "Line";
  if (line) {
    // Excel draws secondary series in front: with bands, the amounts go there.
    if (banded) series.axisGroup = "Secondary";
    series.markerStyle = "Circle";
    series.markerSize = 5;
    if (color) {
      series.format.line.color = color;
      series.markerBackgroundColor = color;
      series.markerForegroundColor = color;
    }
    if (plan.as === "line") series.format.line.lineStyle = "Dash";
  } else if (color) {
    series.format.fill.setSolidColor(color);
  }
}

function queueChart(sheet: Excel.Worksheet, chart: ChartPlan, cell: CellLookup): void {
  const [first, ...rest] = chart.series;
  if (!first) return;
  const byColumns = rangeBox(first.values).rows > 1;
  const added = sheet.charts.add(CHART_TYPE[chart.kind], sheet.getRange(first.values), byColumns ? "Columns" : "Rows");
  added.title.text = chart.title;
  const [from, to] = chart.anchor.split(":") as [string, string];
  added.setPosition(from, to);
  added.legend.position = "Bottom";
  const banded = chart.series.some((s) => s.as === "band");
  const each = (series: Excel.ChartSeries, plan: ChartSeriesPlan): void => {
    series.name = displayText(cell(plan.name));
    series.setValues(sheet.getRange(plan.values));
    series.setXAxisValues(sheet.getRange(plan.categories));
    styleSeries(series, plan, chart, banded);
  };
  each(added.series.getItemAt(0), first);
  for (const plan of rest) each(added.series.add(displayText(cell(plan.name))), plan);
  if (banded) {
    const bandAxis = added.axes.getItem("Value", "Primary");
    bandAxis.minimum = 0;
    bandAxis.maximum = 1;
    bandAxis.visible = false;
  }
}

/**
 * Queues the sheet's charts on the worksheet (no sync): each at its anchor range, with its
 * title, its series from the plan's ranges, bands as columns behind the lines.
 *
 * @example
 * queueSheetCharts(context.workbook.worksheets.getItem(id), effectsSheetPlan); // 2 charts.add, then the batch's sync
 */
export function queueSheetCharts(worksheet: Excel.Worksheet, sheet: SheetPlan): void {
  const charts = sheet.charts ?? [];
  if (charts.length === 0) return;
  const cell = sheetCells(sheet);
  for (const chart of charts) queueChart(worksheet, chart, cell);
}
