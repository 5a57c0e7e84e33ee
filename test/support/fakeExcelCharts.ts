/**
 * Charts for the fake Excel (test/support/fakeExcel.ts): `worksheet.charts.add`, the chart's
 * title, legend, position, series (name, setValues, setXAxisValues, type, axis group,
 * colours) and axes. As in Office.js every change is queued and runs at `context.sync()`;
 * a range is checked to be an A1 address when it is made. Charts live on a sheet and go
 * when it is deleted. What the fake does not model: drawing, and Excel's own series from
 * the source range beyond the first.
 */
import { parseCell } from "../../src/sheetModel/a1";

/** One series of a fake chart, as the calls left it. */
export interface FakeChartSeries {
  name: string;
  values?: string;
  categories?: string;
  chartType?: string;
  axisGroup?: string;
  gapWidth?: number;
  overlap?: number;
  fill?: string;
  line?: string;
  lineStyle?: string;
  markerStyle?: string;
}

/** A chart in the fake workbook. */
export interface FakeChart {
  /** The id of the sheet the chart is on. */
  sheetId: string;
  readonly type: string;
  /** The source range given to charts.add, and how its series run. */
  readonly source: string;
  readonly seriesBy: string;
  title: string;
  /** "A46:G63", from setPosition. */
  position?: string;
  legend?: string;
  readonly series: FakeChartSeries[];
  /** Axis settings by "Value/Primary" etc. */
  readonly axes: Record<string, Record<string, unknown>>;
}

/** A range of the fake: its address, checked when made. */
export interface FakeRange {
  readonly address: string;
}

/** What the chart fake needs from the workbook fake. */
export interface ChartHost {
  readonly queue: (() => Promise<void> | void)[];
  /** At sync: puts the chart on the sheet (setting its sheetId), or throws as Excel would. */
  readonly place: (chart: FakeChart) => void;
}

function officeError(code: string, message: string): Error {
  const error = new Error(message) as Error & { code: string };
  error.name = "RichApi.Error";
  error.code = code;
  return error;
}

/**
 * A range on a fake sheet.
 *
 * @example
 * fakeRange("D27:P27").address; // "D27:P27"
 */
export function fakeRange(address: string): FakeRange {
  for (const part of address.split(":")) parseCell(part);
  return { address };
}

/** Setters and methods on an object that run at the next sync. */
function queued<T extends object>(host: ChartHost, target: () => T, setters: readonly (keyof T)[]): Record<string, unknown> {
  const proxy: Record<string, unknown> = {};
  for (const key of setters) {
    Object.defineProperty(proxy, key, { set: (value: unknown) => void host.queue.push(() => void ((target() as Record<string, unknown>)[key as string] = value)), enumerable: true });
  }
  return proxy;
}

function seriesProxy(host: ChartHost, series: () => FakeChartSeries): Record<string, unknown> {
  const proxy = queued(host, series, ["name", "chartType", "axisGroup", "gapWidth", "overlap", "markerStyle"]);
  const set = (key: keyof FakeChartSeries, value: string): void => void host.queue.push(() => void ((series() as unknown as Record<string, unknown>)[key] = value));
  Object.assign(proxy, {
    setValues: (range: FakeRange) => set("values", range.address),
    setXAxisValues: (range: FakeRange) => set("categories", range.address),
    format: {
      fill: { setSolidColor: (color: string) => set("fill", color) },
      line: {
        set color(value: string) {
          set("line", value);
        },
        set lineStyle(value: string) {
          set("lineStyle", value);
        }
      }
    }
  });
  for (const key of ["markerSize", "markerBackgroundColor", "markerForegroundColor"]) Object.defineProperty(proxy, key, { set: () => undefined });
  return proxy;
}

/**
 * The `charts` collection of a fake sheet.
 *
 * @example
 * const charts = fakeCharts(host);
 * charts.add("Line", fakeRange("D28:P28"), "Rows").title.text = "Ackumulerad besparing"; // at the next sync
 */
export function fakeCharts(host: ChartHost): { add(type: string, range: FakeRange, seriesBy?: string): unknown } {
  return {
    add: (type, range, seriesBy = "Auto") => {
      const chart: FakeChart = { sheetId: "", type, source: range.address, seriesBy, title: "", series: [], axes: {} };
      host.queue.push(() => {
        if (!["Line", "ColumnStacked", "ColumnClustered", "BarClustered"].includes(type)) throw officeError("InvalidArgument", `No chart type ${type}.`);
        host.place(chart);
        chart.series.push({ name: "Serie1", values: range.address });
      });
      const at = (i: number) => (): FakeChartSeries => {
        const series = chart.series[i];
        if (!series) throw officeError("ItemNotFound", `The chart has no series ${i}.`);
        return series;
      };
      const proxy: Record<string, unknown> = {};
      Object.assign(proxy, {
        title: {
          set text(value: string) {
            host.queue.push(() => void (chart.title = value));
          }
        },
        legend: {
          set position(value: string) {
            host.queue.push(() => void (chart.legend = value));
          }
        },
        setPosition: (from: string, to: string) => {
          fakeRange(`${from}:${to}`);
          host.queue.push(() => void (chart.position = `${from}:${to}`));
        },
        series: {
          getItemAt: (i: number) => seriesProxy(host, at(i)),
          add: (name: string) => {
            const series: FakeChartSeries = { name };
            host.queue.push(() => void chart.series.push(series));
            return seriesProxy(host, () => series);
          }
        },
        axes: {
          getItem: (type: string, group = "Primary") => {
            const key = `${type}/${group}`;
            return queued(host, () => (chart.axes[key] ??= {}), ["minimum", "maximum", "visible", "numberFormat", "position"]);
          }
        }
      });
      return proxy;
    }
  };
}
