/**
 * Adds the plan's charts to an .xlsx package as ExcelJS left it (Open Packaging
 * Conventions, ECMA-376 Part 2; parts per Part 1 §12.3): per sheet with charts one drawing
 * part, one chart part per chart, the drawing's relationships to them, a relationship from
 * the sheet to its drawing and a `<drawing>` element in the sheet, and the content types
 * of the new parts.
 */
import type { WorkbookPlan } from "../../sheetModel/plan";
import { sheetCells } from "./chartCells";
import { chartXml } from "./chartXml";
import { drawingRelsXml, drawingXml, type DrawnChart } from "./drawingXml";
import { escapeXml, unescapeXml } from "./xml";

/** The package's parts, read and written by path, e.g. "xl/workbook.xml". */
export interface PackageParts {
  read(path: string): Promise<string | undefined>;
  write(path: string, text: string): void;
  paths(): string[];
}

const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
/** Sheet elements that come after `<drawing>` (CT_Worksheet's sequence); the drawing goes before the first present. */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1] as string) : undefined;
}

async function required(parts: PackageParts, path: string): Promise<string> {
  const text = await parts.read(path);
  if (text === undefined) throw new Error(`Arbetsboksfilen saknar ${path}. / The workbook file lacks ${path}.`);
  return text;
}

/** The worksheet part of each sheet, by sheet name, from the workbook part and its relationships. */
async function sheetParts(parts: PackageParts): Promise<Map<string, string>> {
  const workbook = await required(parts, "xl/workbook.xml");
  const rels = await required(parts, "xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const [tag] of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(tag, "name");
    const target = targets.get(attribute(tag, "r:id") ?? "");
    if (name !== undefined && target) out.set(name, target);
  }
  return out;
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** Adds a relationship to a part's relationships (creating them), returning its new id. */
async function addRelationship(parts: PackageParts, part: string, type: string, target: string): Promise<string> {
  const path = relsPathOf(part);
  const rels = (await parts.read(path)) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const taken = new Set([...rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n += 1;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  parts.write(path, rels.includes("</Relationships>") ? rels.replace("</Relationships>", `${rel}</Relationships>`) : rels.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`));
  return id;
}

/** The sheet's XML with `<drawing r:id="…"/>` where CT_Worksheet puts it. */
function withDrawing(sheet: string, id: string, part: string): string {
  if (/<drawing\b/.test(sheet)) throw new Error(`${part} har redan en ritning. / ${part} already has a drawing.`);
  // Every element that follows <drawing> comes after the cells, so look only there (an extLst may also sit inside a sheet view).
  const data = /<\/sheetData>|<sheetData\s*\/>/.exec(sheet);
  const end = sheet.lastIndexOf("</worksheet>");
  if (!data || end < 0) throw new Error(`${part} är inget kalkylblad. / ${part} is not a worksheet.`);
  const from = data.index + data[0].length;
  const tail = sheet.slice(from);
  const at = AFTER_DRAWING.map((tag) => tail.search(new RegExp(`<${tag}[\\s/>]`))).filter((i) => i >= 0);
  const index = at.length > 0 ? from + Math.min(...at) : end;
  return `${sheet.slice(0, index)}<drawing r:id="${id}"/>${sheet.slice(index)}`;
}

function nextNumber(paths: readonly string[], pattern: RegExp): number {
  return Math.max(0, ...paths.map((p) => Number(pattern.exec(p)?.[1] ?? 0))) + 1;
}

/**
 * Writes every sheet's charts into the package.
 *
 * @example
 * await addChartParts(parts, plan);
 * // worked example: xl/drawings/drawing1.xml (Effekter, 2 charts), xl/drawings/drawing2.xml (Känslighet), xl/charts/chart1–3.xml
 */
export async function addChartParts(parts: PackageParts, plan: WorkbookPlan): Promise<void> {
  const sheets = plan.sheets.filter((s) => (s.charts ?? []).length > 0);
  if (sheets.length === 0) return;
  const bySheet = await sheetParts(parts);
  const lang = plan.lang === "sv" ? "sv-SE" : "en-GB";
  let chartNo = nextNumber(parts.paths(), /^xl\/charts\/chart(\d+)\.xml$/) - 1;
  let drawingNo = nextNumber(parts.paths(), /^xl\/drawings\/drawing(\d+)\.xml$/) - 1;
  const overrides: string[] = [];
  for (const sheet of sheets) {
    const part = bySheet.get(sheet.name);
    if (!part) throw new Error(`Arbetsboksfilen saknar bladet ${sheet.name}. / The workbook file lacks the sheet ${sheet.name}.`);
    const cell = sheetCells(sheet);
    const drawn: DrawnChart[] = (sheet.charts ?? []).map((chart) => {
      chartNo += 1;
      parts.write(`xl/charts/chart${chartNo}.xml`, chartXml(sheet.name, chart, cell, lang));
      overrides.push(`<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CT_CHART}"/>`);
      return { anchor: chart.anchor, title: chart.title, target: `../charts/chart${chartNo}.xml` };
    });
    drawingNo += 1;
    const drawing = `xl/drawings/drawing${drawingNo}.xml`;
    parts.write(drawing, drawingXml(drawn));
    parts.write(relsPathOf(drawing), drawingRelsXml(drawn));
    overrides.push(`<Override PartName="/${drawing}" ContentType="${CT_DRAWING}"/>`);
    const id = await addRelationship(parts, part, REL_DRAWING, `../drawings/drawing${drawingNo}.xml`);
    parts.write(part, withDrawing(await required(parts, part), id, part));
  }
  const types = await required(parts, "[Content_Types].xml");
  parts.write("[Content_Types].xml", types.replace("</Types>", `${overrides.join("")}</Types>`));
}
