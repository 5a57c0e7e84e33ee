/**
 * The print set-up as the planner makes it, without a spreadsheet: amount formats, header
 * and footer codes, the template's print rules, text measuring, row heights and page breaks.
 */
import { isDomainError } from "../../src/engine";
import type { SheetPlan, WorkbookPlan } from "../../src/sheetModel/plan";
import { buildWorkbook } from "../../src/workbook/buildWorkbook";
import { amountFormat, amountFormats, hideZero } from "../../src/workbook/amountFormat";
import { headerFooterCode, headerFooterPlan, MAX_HEADER_FOOTER } from "../../src/workbook/headerFooter";
import { numberFormatProblem } from "../../src/workbook/numberFormat";
import { pageBreaksOf, printScale } from "../../src/workbook/pageBreaks";
import { PAPER_POINTS } from "../../src/workbook/printTemplate";
import { rowHeightsOf } from "../../src/workbook/rowHeights";
import { parseTemplate } from "../../src/workbook/template";
import type { Template } from "../../src/workbook/template";
import { lineHeight, textPoints, wrappedLines } from "../../src/workbook/textWidth";
import { cellFont } from "../../src/sheetModel/cellFonts";
import { orebroTemplate, workedExampleFile } from "../support/scenarioFiles";

const body = cellFont(undefined);
const template = orebroTemplate();

function plan(t: Template = template, lang: "sv" | "en" = "sv"): WorkbookPlan {
  const p = buildWorkbook(workedExampleFile, { template: t, lang, formulas: "native", generatedOn: "2024-05-01" });
  if (isDomainError(p)) throw new Error(p.en);
  return p;
}

function withTemplate(change: (raw: Record<string, unknown> & { print: Record<string, unknown> }) => void): ReturnType<typeof parseTemplate> {
  const raw = JSON.parse(JSON.stringify({ ...template })) as Record<string, unknown> & { print: Record<string, unknown> };
  change(raw);
  return parseTemplate(raw);
}

describe("amounts as readers see them", () => {
  test("kr, tkr and mnkr change the format, never the value; zero shows as a dash", () => {
    expect(amountFormat("#,##0", "kr")).toBe('#,##0 "kr";-#,##0 "kr";"–"');
    expect(amountFormat("#,##0", "tkr")).toBe('#,##0, "tkr";-#,##0, "tkr";"–"');
    expect(amountFormat("#,##0", "mnkr")).toBe('#,##0.0,, "mnkr";-#,##0.0,, "mnkr";"–"');
    expect(amountFormat('#,##0;[Red]-#,##0;"0"', "tkr")).toBe('#,##0, "tkr";[Red]-#,##0, "tkr";"0"');
    for (const unit of ["kr", "tkr", "mnkr"] as const) expect(numberFormatProblem(amountFormat("#,##0.00", unit))).toBeUndefined();
    expect(hideZero(amountFormat("#,##0", "kr"))).toBe('#,##0 "kr";-#,##0 "kr";');
  });

  test("a tkr template: every amount on Översikt is in tkr, the input tables stay in kr, the values are the same", () => {
    const tkr = plan({ ...template, amountUnit: "tkr" });
    const kr = plan();
    const overview = (p: WorkbookPlan): SheetPlan => p.sheets[0]!;
    expect(overview(tkr).cells.find((c) => c.ref === "C9")).toMatchObject({ numFmt: '#,##0, "tkr";-#,##0, "tkr";"–"', expect: 12200000 });
    expect(overview(kr).cells.find((c) => c.ref === "C9")).toMatchObject({ numFmt: '#,##0 "kr";-#,##0 "kr";"–"', expect: 12200000 });
    const costs = tkr.sheets.find((s) => s.name === "Kostnadskalkyl")!.tables.find((t) => t.name === "SINV_Kostnader")!;
    expect(costs.numFmts?.at(-1)).toBe('#,##0 "kr";-#,##0 "kr";"–"');
    expect(amountFormats({ ...template, amountUnit: "tkr" })).toContain('#,##0, "tkr";-#,##0, "tkr";"–"');
  });
});

describe("header and footer", () => {
  const band = { left: { sv: "{investment} & co", en: "{investment}" }, right: { sv: "sida {page} av {pages}, {sheet}, {date}", en: "page {page} of {pages}" } };

  test("placeholders become Excel's codes; a literal & is doubled", () => {
    expect(headerFooterCode(band, "sv", { investment: "A&B", date: "2024-05-01" })).toBe("&LA&&B && co&Rsida &P av &N, &A, 2024-05-01");
    expect(headerFooterCode(band, "en", { investment: "A", date: "2024-05-01" })).toBe("&LA&Rpage &P of &N");
  });

  test("a long investment name is cut to keep within 255 characters, ending in …", () => {
    const long = "Å".repeat(400);
    const cut = headerFooterPlan(band, "sv", { investment: long, date: "2024-05-01" });
    expect(cut.left!.endsWith("… && co")).toBe(true);
    expect(`&L${cut.left!}&R${cut.right!}`.length).toBeLessThanOrEqual(MAX_HEADER_FOOTER);
  });

  test("every sheet's footer has the date of generation and sida &P av &N; the header the investment and the sheet", () => {
    for (const sheet of plan().sheets) {
      expect(sheet.print?.header).toEqual({ left: "Skolnärvaro (räkneexempel som Bryggan)", right: "&A" });
      expect(sheet.print?.footer).toEqual({ left: "Skapad 2024-05-01 med SINV", right: "sida &P av &N" });
    }
    expect(plan(template, "en").sheets[0]!.print?.footer).toEqual({ left: "Generated 2024-05-01 with SINV", right: "page &P of &N" });
  });
});

describe("the template's print section is checked like the rest of the template", () => {
  test.each([
    ["an unknown placeholder", (t: { print: Record<string, unknown> }) => (t.print.footer = { right: { sv: "sida {sida}", en: "page {page}" } }), "print.footer.right.sv"],
    ["a header margin as large as the top margin", (t: { print: Record<string, unknown> }) => (t.print.marginsCm = { left: 1, right: 1, top: 1, bottom: 2, header: 1, footer: 0.5 }), "print.marginsCm.header"],
    ["an orientation for a sheet that does not exist", (t: { print: Record<string, unknown> }) => (t.print.orientation = { kostnader: "landscape" }), "print.orientation.kostnader"],
    ["a paper SINV does not know", (t: { print: Record<string, unknown> }) => (t.print.paperSize = "A5"), "print.paperSize"],
    ["a header too long to leave room for the name", (t: { print: Record<string, unknown> }) => (t.print.header = { center: { sv: "x".repeat(240), en: "x" } }), "print.header"],
    ["an unknown key", (t: { print: Record<string, unknown> }) => (t.print.scale = 80), "print"]
  ])("%s is refused, naming the field", (_name, change, path) => {
    const r = withTemplate(change);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain(path);
  });

  test("a template without a print section prints on A4, one page wide, portrait", () => {
    const raw = JSON.parse(JSON.stringify(template)) as Record<string, unknown>;
    delete raw.print;
    delete raw.amountUnit;
    const r = parseTemplate(raw);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.amountUnit).toBe("kr");
    const costs = plan(r.value).sheets.find((s) => s.name === "Kostnadskalkyl")!;
    expect(costs.print).toMatchObject({ paperSize: 9, orientation: "portrait", fitToWidth: 1 });
  });
});

describe("measuring text", () => {
  test("Arial's widths: ten digits of 10 points are 55.6 points; bold is wider", () => {
    expect(textPoints("0000000000", body)).toBeCloseTo(55.6, 6);
    expect(textPoints("Summa", cellFont("header"))).toBeGreaterThan(textPoints("Summa", body));
  });

  test("a text wraps at spaces; a word wider than the line takes lines of its own", () => {
    expect(wrappedLines("Tabellerna och de gula cellerna är indata", 80, body)).toBe(3);
    expect(wrappedLines("kort", 80, body)).toBe(1);
    expect(wrappedLines("a\nb", 80, body)).toBe(2);
    expect(wrappedLines("X".repeat(40), 80, body)).toBe(4);
    expect(lineHeight(3, body)).toBe(40);
  });
});

describe("row heights and page breaks", () => {
  const sheet = (rows: number, extra: Partial<SheetPlan> = {}): SheetPlan => ({
    name: "Blad",
    cells: Array.from({ length: rows }, (_, i) => ({ ref: `A${i + 1}`, value: `rad ${i + 1}`, ...(i % 10 === 0 ? { style: "subtitle" as const } : {}) })),
    tables: [],
    columnWidths: { 1: 20 },
    ...extra
  });
  const geometry = { orientation: "portrait" as const, fitToWidth: 1, margins: { left: 0.6, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 }, paper: PAPER_POINTS.A4 };

  test("a wrapped prose cell merged across the sheet gets the lines its text needs", () => {
    const s: SheetPlan = { name: "Blad", cells: [{ ref: "A2", value: "ord ".repeat(60), wrap: true }], tables: [], columnWidths: { 1: 20, 2: 20 }, merges: ["A2:B2"] };
    const merged = rowHeightsOf(s)[2]!;
    const single = rowHeightsOf({ ...s, merges: [] })[2]!;
    expect(merged).toBeGreaterThan(15);
    expect(single).toBeGreaterThan(merged);
  });

  test("sections separated by empty rows: one that does not fit on what is left of a page starts the next, whole", () => {
    // 3 sections of 20 rows (15 points each) with an empty row between; a page holds ~46 rows at 100 %.
    const cells = [0, 21, 42].flatMap((start) => Array.from({ length: 20 }, (_, i) => ({ ref: `A${start + i + 1}`, value: "x" })));
    const s: SheetPlan = { name: "Blad", cells, tables: [], columnWidths: { 1: 20 } };
    expect(printScale(s, geometry)).toBe(1);
    expect(pageBreaksOf(s, {}, geometry)).toEqual([43]);
  });

  test("a section taller than a page breaks inside, never right after a heading", () => {
    const s = sheet(200);
    const breaks = pageBreaksOf(s, rowHeightsOf(s), geometry);
    expect(breaks.length).toBeGreaterThanOrEqual(3);
    for (const b of breaks) expect(s.cells.find((c) => c.ref === `A${b - 1}`)?.style).not.toBe("subtitle");
  });

  test("the worked example: every sheet on A4, year tables landscape, fit to one page wide, Målgrupper repeats its header rows and label columns", () => {
    const p = plan();
    const by = (name: string): SheetPlan => p.sheets.find((s) => s.name === name)!;
    for (const s of p.sheets) expect(s.print).toMatchObject({ paperSize: 9, fitToWidth: 1 });
    expect(by("Översikt").print?.orientation).toBe("portrait");
    expect(by("Kostnadskalkyl").print?.orientation).toBe("landscape");
    expect(by("Målgrupper").print).toMatchObject({ titleRows: [3, 4], titleColumns: [1, 2] });
    expect(by("Översikt").print?.margins.left).toBeCloseTo(1.5 / 2.54, 10);
    expect(by("Översikt").merges?.length).toBeGreaterThan(3);
    expect(Object.values(by("Översikt").rowHeights ?? {}).some((h) => h >= 25)).toBe(true);
  });
});
