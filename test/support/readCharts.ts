/**
 * Reads the charts of a written .xlsx file for tests, following the package's own links:
 * workbook → sheet part → its relationships → drawing part → its relationships → chart
 * parts. For each chart: the sheet it is on, its anchor cells, its title, and each series'
 * chart group, name, category and value formulas (`c:f`), in the chart's series order, parsed strictly (xmldom fails on
 * any XML error).
 */
import JSZip from "jszip";
import type { Element } from "@xmldom/xmldom";
import { parseXmlStrict } from "./addinShell";

export const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** One series as the chart part has it. */
export interface ReadSeries {
  /** The chart group it is in: "barChart" or "lineChart". */
  readonly group: string;
  readonly name: string;
  readonly categories: string;
  readonly values: string;
  /** The group's grouping ("standard", "clustered", "stacked"). */
  readonly grouping: string;
  /** The axis ids of its group. */
  readonly axes: string[];
  /** Its c:order (the legend's order). */
  readonly order: number;
}

/** One chart as read from the file. */
export interface ReadChart {
  readonly sheet: string;
  readonly part: string;
  readonly title: string;
  /** "A46:G63": the anchor's from cell and the last cell before its to corner. */
  readonly anchor: string;
  readonly series: ReadSeries[];
  /** The chart part's document, for further checks. */
  readonly root: Element;
}

/** Child elements in a namespace, optionally by local name. */
export function kids(node: Element, ns: string, name?: string): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < node.childNodes.length; i += 1) {
    const child = node.childNodes[i] as Element;
    if (child.nodeType === 1 && child.namespaceURI === ns && (name === undefined || child.localName === name)) out.push(child);
  }
  return out;
}

function first(node: Element, ns: string, path: readonly string[]): Element | undefined {
  let at: Element | undefined = node;
  for (const name of path) at = at ? kids(at, ns, name)[0] : undefined;
  return at;
}

function resolve(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`missing part ${path}`);
  return file.async("string");
}

async function relationships(zip: JSZip, part: string): Promise<Map<string, { type: string; target: string }>> {
  const file = zip.file(relsPath(part));
  const out = new Map<string, { type: string; target: string }>();
  if (!file) return out;
  const doc = parseXmlStrict(await file.async("string"), relsPath(part)).documentElement as unknown as Element;
  for (const rel of kids(doc, "http://schemas.openxmlformats.org/package/2006/relationships", "Relationship")) {
    out.set(rel.getAttribute("Id") as string, { type: rel.getAttribute("Type") as string, target: resolve(part, rel.getAttribute("Target") as string) });
  }
  return out;
}

function cell(marker: Element, end: boolean): string {
  const col = Number(first(marker, XDR, ["col"])?.textContent);
  const row = Number(first(marker, XDR, ["row"])?.textContent);
  let n = end ? col : col + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${end ? row : row + 1}`;
}

function formula(node: Element | undefined): string {
  if (!node) return "";
  for (const ref of ["numRef", "strRef", "multiLvlStrRef"]) {
    const f = first(node, C, [ref, "f"]);
    if (f) return f.textContent ?? "";
  }
  return "";
}

/**
 * The charts of the file, sheet by sheet.
 *
 * @example
 * const charts = await readCharts(await writeXlsx(plan));
 * charts[0].series[0].values; // "Effekter!$D$28:$P$28"
 */
export async function readCharts(bytes: Uint8Array): Promise<ReadChart[]> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = parseXmlStrict(await text(zip, "xl/workbook.xml"), "workbook.xml").documentElement as unknown as Element;
  const rels = await relationships(zip, "xl/workbook.xml");
  const out: ReadChart[] = [];
  const sheets = kids(first(workbook, "http://schemas.openxmlformats.org/spreadsheetml/2006/main", ["sheets"]) as Element, "http://schemas.openxmlformats.org/spreadsheetml/2006/main", "sheet");
  for (const sheet of sheets) {
    const part = rels.get(sheet.getAttributeNS(R, "id") as string)?.target as string;
    const sheetDoc = parseXmlStrict(await text(zip, part), part).documentElement as unknown as Element;
    const drawingEl = kids(sheetDoc, "http://schemas.openxmlformats.org/spreadsheetml/2006/main", "drawing")[0];
    if (!drawingEl) continue;
    const sheetRels = await relationships(zip, part);
    const drawingPart = sheetRels.get(drawingEl.getAttributeNS(R, "id") as string)?.target as string;
    const drawing = parseXmlStrict(await text(zip, drawingPart), drawingPart).documentElement as unknown as Element;
    const drawingRels = await relationships(zip, drawingPart);
    for (const anchor of kids(drawing, XDR, "twoCellAnchor")) {
      const chartRef = first(anchor, XDR, ["graphicFrame"]);
      const graphicData = chartRef ? first(chartRef, A, ["graphic", "graphicData"]) : undefined;
      const chartEl = graphicData ? kids(graphicData, C, "chart")[0] : undefined;
      const chartPart = drawingRels.get(chartEl?.getAttributeNS(R, "id") ?? "")?.target as string;
      const root = parseXmlStrict(await text(zip, chartPart), chartPart).documentElement as unknown as Element;
      const chart = first(root, C, ["chart"]) as Element;
      const title = [...(first(chart, C, ["title", "tx", "rich"])?.getElementsByTagNameNS(A, "t") ?? [])].map((t) => t.textContent).join("");
      const series: ReadSeries[] = [];
      const plotArea = first(chart, C, ["plotArea"]) as Element;
      for (const group of kids(plotArea, C).filter((g) => (g.localName ?? "").endsWith("Chart"))) {
        const axes = kids(group, C, "axId").map((a) => a.getAttribute("val") as string);
        const grouping = kids(group, C, "grouping")[0]?.getAttribute("val") ?? "";
        for (const ser of kids(group, C, "ser")) {
          series.push({ group: group.localName as string, grouping, axes, order: Number(kids(ser, C, "order")[0]?.getAttribute("val")), name: formula(first(ser, C, ["tx"])), categories: formula(first(ser, C, ["cat"])), values: formula(first(ser, C, ["val"])) });
        }
      }
      const from = first(anchor, XDR, ["from"]) as Element;
      const to = first(anchor, XDR, ["to"]) as Element;
      series.sort((a, b) => a.order - b.order);
      out.push({ sheet: sheet.getAttribute("name") as string, part: chartPart, title, anchor: `${cell(from, false)}:${cell(to, true)}`, series, root });
    }
  }
  return out;
}

/**
 * The sheet and cells of a chart formula, e.g. "'Känslighet'!$A$4:$B$13" → Känslighet, A4:B13 as addresses (row by row).
 *
 * @example
 * formulaCells("Effekter!$D$28:$F$28"); // { sheet: "Effekter", cells: ["D28", "E28", "F28"] }
 */
export function formulaCells(f: string): { sheet: string; cells: string[] } {
  const bang = f.lastIndexOf("!");
  const rawSheet = f.slice(0, bang);
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const [a, b] = f.slice(bang + 1).replace(/\$/g, "").split(":") as [string, string | undefined];
  const parse = (ref: string): { col: number; row: number } => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
    let col = 0;
    for (const ch of m[1] as string) col = col * 26 + ch.charCodeAt(0) - 64;
    return { col, row: Number(m[2]) };
  };
  const p = parse(a);
  const q = parse(b ?? a);
  const cells: string[] = [];
  for (let r = p.row; r <= q.row; r += 1) {
    for (let c = p.col; c <= q.col; c += 1) {
      let n = c;
      let letters = "";
      while (n > 0) {
        letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
        n = Math.floor((n - 1) / 26);
      }
      cells.push(`${letters}${r}`);
    }
  }
  return { sheet, cells };
}
