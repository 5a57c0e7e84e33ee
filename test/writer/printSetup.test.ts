/**
 * The print set-up as the file holds it, read from the .xlsx parts: A4 and orientation
 * (`pageSetup`), fit to one page wide (`sheetPr/pageSetUpPr fitToPage`, without which the
 * spreadsheets ignore `fitToWidth`), print titles (`_xlnm.Print_Titles`), header and footer,
 * wrapped prose with row heights, merges, page breaks and the Normal font.
 */
import { isDomainError } from "../../src/engine";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseScenarioText } from "../../src/scenario/parseScenarioText";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import { buildWorkbook } from "../../src/workbook/buildWorkbook";
import { writeXlsx } from "../../src/writer/xlsxWriter";
import { ROOT, orebroTemplate, workedExampleFile } from "../support/scenarioFiles";
import { readXlsxStructure } from "../support/xlsxStructure";
import type { XlsxStructure } from "../support/xlsxStructure";

function example(name: string): ScenarioFile {
  const r = parseScenarioText(readFileSync(join(ROOT, "assets", "examples", name), "utf8"));
  if (!r.ok) throw new Error(r.errors.map((e) => e.en).join("\n"));
  return r.value;
}

function plan(file: ScenarioFile = workedExampleFile): WorkbookPlan {
  const p = buildWorkbook(file, { template: orebroTemplate(), lang: "sv", formulas: "native", generatedOn: "2024-05-01" });
  if (isDomainError(p)) throw new Error(p.en);
  return p;
}

/** The worksheet part of each sheet, by name (ExcelJS writes sheet1.xml … in plan order). */
async function sheetXml(file: XlsxStructure, names: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [i, name] of names.entries()) out.set(name, await file.part(`xl/worksheets/sheet${i + 1}.xml`));
  return out;
}

describe("the written workbook's print set-up", () => {
  let file: XlsxStructure;
  let xml: Map<string, string>;
  let built: WorkbookPlan;
  beforeAll(async () => {
    built = plan(example("raekneexempel-skolnarvaro.json"));
    file = await readXlsxStructure(await writeXlsx(built));
    xml = await sheetXml(file, built.sheets.map((s) => s.name));
  });

  test("every sheet: A4 (paperSize 9), fitToPage in sheetPr, one page wide and any number tall", () => {
    expect(xml.size).toBe(built.sheets.length);
    for (const [name, sheet] of xml) {
      expect({ name, fit: /<sheetPr[^>]*>.*<pageSetUpPr fitToPage="1"\/>.*<\/sheetPr>/s.test(sheet) }).toEqual({ name, fit: true });
      const setup = /<pageSetup [^>]*\/>/.exec(sheet)?.[0] ?? "";
      expect(setup).toMatch(/paperSize="9"/);
      expect(setup).toMatch(/fitToWidth="1"/);
      expect(setup).toMatch(/fitToHeight="0"/);
    }
  });

  test("the orientation the template gives each sheet: landscape for the year tables", () => {
    const orientation = (name: string): string | undefined => /<pageSetup [^>]*orientation="(\w+)"/.exec(xml.get(name)!)?.[1];
    expect(orientation("Översikt")).toBe("portrait");
    expect(orientation("Känslighet")).toBe("portrait");
    for (const name of ["Kostnadskalkyl", "Målgrupper", "Effekter", "Återföring", "Uppföljning", "Samhällsekonomi"]) expect({ name, o: orientation(name) }).toEqual({ name, o: "landscape" });
  });

  test("print titles: the label columns and the header rows repeat (_xlnm.Print_Titles, one per sheet that has them)", async () => {
    const workbook = await file.part("xl/workbook.xml");
    const titles = [...workbook.matchAll(/<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]*)<\/definedName>/g)].map((m) => [Number(m[1]), m[2]!.replace(/&apos;/g, "'")]);
    expect(titles).toContainEqual([3, "'Målgrupper'!$A:$B,'Målgrupper'!$3:$4"]);
    expect(titles).toContainEqual([4, "'Enhetskostnader'!$A:$A,'Enhetskostnader'!$4:$4"]);
    expect(titles).toContainEqual([2, "'Kostnadskalkyl'!$A:$B"]);
  });

  test("header and footer: the investment, the sheet, the date of generation and sida &P av &N", () => {
    for (const sheet of xml.values()) {
      expect(sheet).toContain("<oddHeader>&amp;LSkolnärvaro (räkneexempel som Bryggan)&amp;R&amp;A</oddHeader>");
      expect(sheet).toContain("<oddFooter>&amp;LSkapad 2024-05-01 med SINV&amp;Rsida &amp;P av &amp;N</oddFooter>");
    }
  });

  test("margins in inches from the template's centimetres", () => {
    expect(xml.get("Översikt")).toMatch(/<pageMargins left="0.59\d*" right="0.59\d*" top="0.78\d*" bottom="0.78\d*" header="0.31\d*" footer="0.31\d*"\/>/);
  });

  test("prose wraps, merged across the sheet, in a row made tall enough; other cells of such a row stand at the top", () => {
    const overview = file.workbook.getWorksheet("Översikt")!;
    const noteRow = built.sheets[0]!.cells.find((c) => typeof c.value === "string" && c.value.startsWith("Räkneexemplet i SINV"))!.ref;
    expect(overview.getCell(noteRow).alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(overview.getCell(noteRow).isMerged).toBe(true);
    const row = overview.getRow(Number(noteRow.slice(1)));
    expect(row.height).toBeGreaterThan(15);
    expect(xml.get("Översikt")).toMatch(new RegExp(`<row r="${noteRow.slice(1)}"[^>]*customHeight="1"`));
    expect(xml.get("Översikt")).toMatch(/<mergeCell ref="A\d+:D\d+"\/>/);
    const evaluation = file.workbook.getWorksheet("Utvärderingsschema")!;
    expect(evaluation.getCell("A5").alignment).toMatchObject({ wrapText: true, vertical: "top" });
  });

  test("the Normal font is the cells' own (Arial 10), so column widths mean the same in Excel and LibreOffice", async () => {
    const styles = await file.part("xl/styles.xml");
    expect(/<fonts[^>]*><font>(.*?)<\/font>/.exec(styles)?.[1]).toBe('<sz val="10"/><color theme="1"/><name val="Arial"/><family val="2"/>');
  });

  test("words for readers: department names, not ids, on the per-department tables; no 'fond' header; an empty staff table says so", () => {
    const costs = built.sheets.find((s) => s.name === "Kostnadskalkyl")!;
    const texts = costs.cells.map((c) => (c.formula !== undefined ? c.expect : c.value));
    expect(texts).toContain("Förskole- och skolnämnden");
    expect(texts).toContain("Inga personalrader");
    expect(texts).toContain("Övrigt");
    expect(texts).not.toContain("fond");
    expect(texts).not.toContain("fsk");
    for (const name of ["Effekter", "Återföring", "Uppföljning"]) {
      const sheet = built.sheets.find((s) => s.name === name)!;
      const shown = sheet.cells.filter((c) => c.ref.startsWith("A") || c.ref.startsWith("B")).map((c) => (c.formula !== undefined ? c.expect : c.value));
      expect({ name, ids: shown.filter((v) => v === "fsk" || v === "soc" || v === "placement") }).toEqual({ name, ids: [] });
    }
  });
});

describe("page breaks between sections", () => {
  test("Bryggan's overview: the notes begin a new page (a manual break below the row before them)", async () => {
    const built = plan(example("orebro-bryggan.json"));
    const overview = built.sheets[0]!;
    const notes = overview.cells.find((c) => c.value === "Anmärkningar")!.ref;
    expect(overview.print?.pageBreaksBefore).toContain(Number(notes.slice(1)));
    const file = await readXlsxStructure(await writeXlsx(built));
    expect(await file.part("xl/worksheets/sheet1.xml")).toContain(`<brk id="${Number(notes.slice(1)) - 1}" max="16383" man="1"/>`);
  });
});
