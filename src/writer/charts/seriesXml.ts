/**
 * One chart series as DrawingML (ECMA-376 Part 1, §21.2.2 c:ser): its name, categories and
 * values as references to the sheet's cells, each with the cache of what the cells hold
 * (read from the plan), and its colour.
 */
import { onSheet } from "../../sheetModel/a1";
import type { ChartSeriesPlan } from "../../sheetModel/plan";
import { categoryLevels, displayText, lineCells, type CellLookup } from "./chartCells";
import { escapeXml } from "./xml";

/** How a series is drawn: in a bar chart group or a line chart group. */
export type SeriesShape = "bar" | "line";

/** The colour a series gets when the plan gives none (Excel's first theme accents). */
const FALLBACK_COLORS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

/** An absolute reference on the sheet, as a chart formula writes it: `'Effekter'!$D$40:$P$40`. */
function absolute(sheet: string, ref: string): string {
  return onSheet(sheet, ref.split(":").map((part) => part.replace(/^\$?([A-Za-z]+)\$?(\d+)$/, (_, c: string, r: string) => `$${c.toUpperCase()}$${r}`)).join(":"));
}

function pt(idx: number, text: string): string {
  return `<c:pt idx="${idx}"><c:v>${escapeXml(text)}</c:v></c:pt>`;
}

function strCache(texts: readonly string[]): string {
  return `<c:strCache><c:ptCount val="${texts.length}"/>${texts.map((t, i) => pt(i, t)).join("")}</c:strCache>`;
}

function numCache(refs: readonly string[], cell: CellLookup): string {
  const cells = refs.map(cell);
  const format = cells.find((c) => c.numFmt !== undefined)?.numFmt ?? "General";
  const points = cells.map((c, i) => (typeof c.value === "number" && Number.isFinite(c.value) ? pt(i, String(c.value)) : "")).join("");
  return `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${refs.length}"/>${points}</c:numCache>`;
}

/**
 * The categories (c:cat): numbers as a number reference, text as a string reference, and
 * a range two or more deep as a multi-level reference (innermost level first, as Excel).
 *
 * @example
 * categoriesXml("Effekter", "D27:P27", 13, cell); // "<c:cat><c:numRef><c:f>Effekter!$D$27:$P$27</c:f>…" (2017–2029)
 */
export function categoriesXml(sheet: string, ref: string, points: number, cell: CellLookup): string {
  const levels = categoryLevels(ref, points);
  const f = `<c:f>${escapeXml(absolute(sheet, ref))}</c:f>`;
  if (levels.length > 1) {
    const lvl = [...levels].reverse().map((level) => `<c:lvl>${level.map((r, i) => pt(i, displayText(cell(r)))).join("")}</c:lvl>`).join("");
    return `<c:cat><c:multiLvlStrRef>${f}<c:multiLvlStrCache><c:ptCount val="${points}"/>${lvl}</c:multiLvlStrCache></c:multiLvlStrRef></c:cat>`;
  }
  const only = levels[0] as string[];
  if (only.every((r) => typeof cell(r).value === "number")) return `<c:cat><c:numRef>${f}${numCache(only, cell)}</c:numRef></c:cat>`;
  return `<c:cat><c:strRef>${f}${strCache(only.map((r) => displayText(cell(r))))}</c:strRef></c:cat>`;
}

function shapeXml(shape: SeriesShape, color: string, dashed: boolean): string {
  if (shape === "bar") return `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr><c:invertIfNegative val="0"/>`;
  const dash = dashed ? `<a:prstDash val="dash"/>` : "";
  const line = `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill>${dash}<a:round/></a:ln></c:spPr>`;
  const marker = `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr></c:marker>`;
  return line + marker;
}

/**
 * One c:ser element.
 *
 * @param index - the series' index and order in the chart (unique across its groups).
 * @param dashed - a dashed line (the cost over savings).
 *
 * @example
 * seriesXml("Effekter", { name: "A28", categories: "D27:P27", values: "D28:P28", color: "0F6CBD" }, 0, "line", false, cell);
 * // "<c:ser><c:idx val=\"0\"/><c:order val=\"0\"/><c:tx><c:strRef><c:f>Effekter!$A$28</c:f>…"
 */
export function seriesXml(sheet: string, series: ChartSeriesPlan, index: number, shape: SeriesShape, dashed: boolean, cell: CellLookup): string {
  const values = lineCells(series.values);
  const color = (series.color ?? FALLBACK_COLORS[index % FALLBACK_COLORS.length] as string).toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(color)) throw new Error(`Diagramfärgen ${color} är inte sex hexsiffror. / The chart colour ${color} is not six hex digits.`);
  const name = `<c:tx><c:strRef><c:f>${escapeXml(absolute(sheet, series.name))}</c:f>${strCache([displayText(cell(series.name))])}</c:strRef></c:tx>`;
  const val = `<c:val><c:numRef><c:f>${escapeXml(absolute(sheet, series.values))}</c:f>${numCache(values, cell)}</c:numRef></c:val>`;
  const smooth = shape === "line" ? `<c:smooth val="0"/>` : "";
  return `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>${name}${shapeXml(shape, color, dashed)}${categoriesXml(sheet, series.categories, values.length, cell)}${val}${smooth}</c:ser>`;
}
