/**
 * A chart part (ECMA-376 Part 1, §21.2 DrawingML charts: c:chartSpace) for a
 * {@link ChartPlan}: the chart groups (columns, lines, the shaded bands), their axes, the
 * title and the legend. Series refer to the sheet's cells, so Excel and LibreOffice redraw
 * the chart when an input changes.
 *
 * Bands (rows of 1 and 0) are columns on their own hidden 0–1 axis, listed first so they
 * are the primary axes and drawn behind; the chart's amounts then sit on the secondary
 * axes, whose value axis is placed on the left (Excel draws secondary series in front).
 */
import type { ChartPlan, ChartSeriesPlan } from "../../sheetModel/plan";
import type { CellLookup } from "./chartCells";
import { categoryLevels, lineCells } from "./chartCells";
import { seriesXml, type SeriesShape } from "./seriesXml";
import { escapeXml } from "./xml";

const NS = [
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
].join(" ");

const GRID = `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>`;
const AXIS_LINE = `<c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="A6A6A6"/></a:solidFill></a:ln></c:spPr>`;

/** The axis ids: the primary pair, and the pair the amounts use when bands take the primary one. */
const AXES = { cat: 101, val: 102, cat2: 103, val2: 104 } as const;

interface Group {
  readonly shape: SeriesShape;
  readonly grouping: "standard" | "clustered" | "stacked";
  readonly series: readonly { readonly plan: ChartSeriesPlan; readonly index: number }[];
  readonly axes: readonly [number, number];
  readonly gapWidth?: number;
  readonly overlap?: number;
}

function groupXml(sheet: string, group: Group, cell: CellLookup): string {
  const sers = group.series.map((s) => seriesXml(sheet, s.plan, s.index, group.shape, group.shape === "line" && s.plan.as === "line", cell)).join("");
  const axIds = group.axes.map((id) => `<c:axId val="${id}"/>`).join("");
  if (group.shape === "line") return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${sers}<c:marker val="1"/>${axIds}</c:lineChart>`;
  const overlap = group.overlap !== undefined ? `<c:overlap val="${group.overlap}"/>` : "";
  return `<c:barChart><c:barDir val="col"/><c:grouping val="${group.grouping}"/><c:varyColors val="0"/>${sers}<c:gapWidth val="${group.gapWidth ?? 150}"/>${overlap}${axIds}</c:barChart>`;
}

function catAx(id: number, cross: number, hidden: boolean, format: string): string {
  return (
    `<c:catAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="${hidden ? 1 : 0}"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="${escapeXml(format)}" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>${AXIS_LINE}` +
    `<c:crossAx val="${cross}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
  );
}

function valAx(id: number, cross: number, format: string, band: boolean): string {
  const scaling = band ? `<c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling>` : `<c:scaling><c:orientation val="minMax"/></c:scaling>`;
  return (
    `<c:valAx><c:axId val="${id}"/>${scaling}<c:delete val="${band ? 1 : 0}"/><c:axPos val="l"/>${band ? "" : GRID}` +
    `<c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${AXIS_LINE}` +
    `<c:crossAx val="${cross}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
  );
}

function titleXml(title: string, lang: string): string {
  const run = `<a:r><a:rPr lang="${lang}" sz="1200" b="1"/><a:t>${escapeXml(title)}</a:t></a:r>`;
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>${run}</a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
}

/** The number format of the first of the cells that has one. */
function formatOf(refs: readonly string[], cell: CellLookup): string | undefined {
  return refs.map(cell).find((c) => c.numFmt !== undefined)?.numFmt;
}

/** The chart's groups: bands first (primary axes), then columns, then lines. */
function groupsOf(chart: ChartPlan): Group[] {
  const indexed = chart.series.map((plan, index) => ({ plan, index }));
  const bands = indexed.filter((s) => s.plan.as === "band");
  const main: readonly [number, number] = bands.length > 0 ? [AXES.cat2, AXES.val2] : [AXES.cat, AXES.val];
  const lines = indexed.filter((s) => (chart.kind === "line" ? s.plan.as !== "band" : s.plan.as === "line"));
  const columns = chart.kind === "line" ? [] : indexed.filter((s) => s.plan.as === undefined);
  const groups: Group[] = [];
  if (bands.length > 0) groups.push({ shape: "bar", grouping: "clustered", series: bands, axes: [AXES.cat, AXES.val], gapWidth: 0, overlap: 100 });
  if (columns.length > 0) {
    const stacked = chart.kind === "stackedColumn";
    groups.push({ shape: "bar", grouping: stacked ? "stacked" : "clustered", series: columns, axes: main, gapWidth: stacked ? 50 : 80, ...(stacked ? { overlap: 100 } : {}) });
  }
  if (lines.length > 0) groups.push({ shape: "line", grouping: "standard", series: lines, axes: main });
  return groups;
}

/**
 * The chart part's XML.
 *
 * @param sheet - the sheet the chart is on (its references are qualified with it).
 * @param cell - the sheet's cells, for the caches.
 * @param lang - the language tag of the title, e.g. "sv-SE".
 *
 * @example
 * chartXml("Känslighet", { kind: "clusteredColumn", title: "Besparing", anchor: "A22:F39", series: [...] }, cell, "sv-SE");
 * // "<?xml …?><c:chartSpace …><c:chart><c:title>…</c:title>…<c:barChart>…<c:lineChart>…"
 */
export function chartXml(sheet: string, chart: ChartPlan, cell: CellLookup, lang: string): string {
  if (chart.series.length === 0) throw new Error(`Diagrammet "${chart.title}" har inga serier. / The chart "${chart.title}" has no series.`);
  const groups = groupsOf(chart);
  const banded = chart.series.some((s) => s.as === "band");
  const amounts = chart.series.find((s) => s.as !== "band");
  const format = (amounts && formatOf(lineCells(amounts.values), cell)) ?? "General";
  // The innermost level's format, which LibreOffice applies to numbers among the categories (it ignores the caches).
  const levels = categoryLevels((chart.series[0] as ChartSeriesPlan).categories, lineCells((chart.series[0] as ChartSeriesPlan).values).length);
  const catFormat = formatOf(levels[levels.length - 1] as string[], cell) ?? "General";
  const axes = banded
    ? catAx(AXES.cat, AXES.val, false, catFormat) + valAx(AXES.val, AXES.cat, "General", true) + catAx(AXES.cat2, AXES.val2, true, catFormat) + valAx(AXES.val2, AXES.cat2, format, false)
    : catAx(AXES.cat, AXES.val, false, catFormat) + valAx(AXES.val, AXES.cat, format, false);
  const plotArea = `<c:plotArea><c:layout/>${groups.map((g) => groupXml(sheet, g, cell)).join("")}${axes}</c:plotArea>`;
  const legend = `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>`;
  const frame = `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>`;
  const text = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="${lang}"/></a:p></c:txPr>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}><c:date1904 val="0"/><c:lang val="${lang}"/><c:roundedCorners val="0"/>` +
    `<c:chart>${titleXml(chart.title, lang)}<c:autoTitleDeleted val="0"/>${plotArea}${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `${frame}${text}</c:chartSpace>`
  );
}
