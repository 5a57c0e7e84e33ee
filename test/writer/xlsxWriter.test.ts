import { excelStyle, HEADER_FILL, INPUT_FILL, NOTE_COLOR, WARNING_COLOR } from "../../src/writer/cellStyles";
import { readXlsxValues } from "../../src/writer/readXlsxValues";
import { CREATOR, TABLE_STYLE, writeXlsx } from "../../src/writer/xlsxWriter";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import { SMALL_PLAN } from "../fixtures/smallPlan";
import { readXlsxStructure } from "../support/xlsxStructure";

describe("writeXlsx", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeXlsx(SMALL_PLAN);
  });

  it("writes a zip (.xlsx) with the sheets in plan order and the document properties", async () => {
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe("PK");
    const { sheets, workbook, part } = await readXlsxStructure(bytes);
    expect(sheets).toEqual(["Översikt", "Indata", "Effekter och år"]);
    expect(workbook.creator).toBe(CREATOR);
    expect(workbook.title).toBe("SINV testkalkyl");
    expect(await part("xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    expect(await part("docProps/core.xml")).toMatch(/<dc:language>sv-SE<\/dc:language>/);
  });

  it("writes each formula with the plan's expect as its cached result, literal values as they are", async () => {
    const { workbook, part } = await readXlsxStructure(bytes);
    const overview = workbook.getWorksheet("Översikt")!;
    expect(overview.getCell("C3").value).toEqual({ formula: "'Effekter och år'!D8", result: 1566556.1 });
    expect(overview.getCell("A1").value).toBe("SINV testkalkyl");
    const values = await readXlsxValues(bytes);
    expect(values.get("Översikt!C3")).toBe(1566556.1);
    expect(values.get("Översikt!C6")).toBe(true);
    expect(values.get("Effekter och år!E2")).toBe("Låg");
    expect(values.get("Indata!F1")).toBe(0.035);
    expect(values.get("Indata!C3")).toBe(95000.37);
    // In the XML: a number as <v>, text as t="str" (not a shared string), TRUE/FALSE as t="b".
    const sheet1 = await part("xl/worksheets/sheet1.xml");
    expect(sheet1).toMatch(/<c r="C3"[^>]*><f>&apos;Effekter och år&apos;!D8<\/f><v>1566556.1<\/v><\/c>/);
    expect(sheet1).toMatch(/<c r="C6"[^>]* t="b"><f>C3&gt;C4<\/f><v>1<\/v><\/c>/);
    expect(await part("xl/worksheets/sheet3.xml")).toMatch(/<c r="E2"[^>]* t="str"><f>IF\(D2&gt;200000,&quot;Hög&quot;,&quot;Låg&quot;\)<\/f><v>Låg<\/v><\/c>/);
  });

  it("writes a formula without an expect with no cached result", async () => {
    const plan: WorkbookPlan = {
      title: "Utan",
      lang: "sv",
      formulas: "native",
      sheets: [{ name: "Blad", cells: [{ ref: "A1", value: 2 }, { ref: "B1", formula: "A1*3" }], tables: [], columnWidths: {} }],
      names: []
    };
    const { part } = await readXlsxStructure(await writeXlsx(plan));
    expect(await part("xl/worksheets/sheet1.xml")).toMatch(/<c r="B1"( s="\d+")?><f>A1\*3<\/f><\/c>/);
  });

  it("adds _xlfn. to functions newer than Excel 2007", async () => {
    const { workbook } = await readXlsxStructure(bytes);
    expect(workbook.getWorksheet("Översikt")!.getCell("C5").value).toEqual({ formula: '_xlfn.IFNA(MATCH("SAKNAS",SINV_Enhetskostnader[Kod],0),-1)', result: -1 });
  });

  it("writes workbook-scoped names with quoted sheet names", async () => {
    const { names } = await readXlsxStructure(bytes);
    expect(names.get("SINV_TotalSavings")).toEqual(["'Översikt'!$C$3"]);
  });

  it("writes tables with name, range, columns, style and column number formats", async () => {
    const { tables, workbook } = await readXlsxStructure(bytes);
    expect(tables).toEqual([{ sheet: "Indata", name: "SINV_Enhetskostnader", ref: "A1:C4", columns: ["Kod", "Benämning", "Kostnad"], style: TABLE_STYLE }]);
    const indata = workbook.getWorksheet("Indata")!;
    expect(indata.getCell("A1").value).toBe("Kod");
    expect(indata.getCell("C2").numFmt).toBe("#,##0.00");
    expect(indata.getCell("C4").numFmt).toBe("#,##0.00");
    expect(indata.getCell("C4").value).toBeNull();
  });

  it("writes number formats, styles, column widths and frozen panes", async () => {
    const { workbook } = await readXlsxStructure(bytes);
    const overview = workbook.getWorksheet("Översikt")!;
    const indata = workbook.getWorksheet("Indata")!;
    const effects = workbook.getWorksheet("Effekter och år")!;
    expect(overview.getCell("A1").font).toMatchObject({ name: "Arial", bold: true, size: 14 });
    expect(overview.getCell("A2").font).toMatchObject({ italic: true, color: { argb: NOTE_COLOR } });
    expect(overview.getCell("C3").font).toMatchObject({ bold: true });
    expect(overview.getCell("C3").numFmt).toBe("#,##0.00");
    expect(overview.getCell("C4").border?.top).toMatchObject({ style: "thin" });
    expect(overview.getCell("A7").font).toMatchObject({ color: { argb: WARNING_COLOR } });
    expect(indata.getCell("F1").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: INPUT_FILL } });
    expect(indata.getCell("F1").numFmt).toBe("0.0%");
    expect(effects.getCell("A1").fill).toMatchObject({ fgColor: { argb: HEADER_FILL } });
    expect(effects.getCell("A1").font).toMatchObject({ bold: true });
    expect(overview.getColumn(1).width).toBe(24);
    expect(indata.getColumn(5).width).toBe(22);
    expect(overview.views[0]).toMatchObject({ state: "frozen", xSplit: 0, ySplit: 2 });
    expect(effects.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(indata.views?.[0]?.state ?? "normal").toBe("normal");
  });

  it("gives an empty table one blank data row, as Excel requires", async () => {
    const plan: WorkbookPlan = {
      title: "Tom",
      lang: "en",
      formulas: "native",
      sheets: [{ name: "Data", cells: [], tables: [{ name: "Empty", ref: "B2", columns: ["A", "B"], rows: [] }], columnWidths: {} }],
      names: []
    };
    const { tables } = await readXlsxStructure(await writeXlsx(plan));
    expect(tables).toEqual([{ sheet: "Data", name: "Empty", ref: "B2:C3", columns: ["A", "B"], style: TABLE_STYLE }]);
  });

  it("refuses a formula with a leading '=' in both languages", async () => {
    const plan: WorkbookPlan = {
      title: "Fel",
      lang: "sv",
      formulas: "native",
      sheets: [{ name: "Blad", cells: [{ ref: "A1", formula: "=1+1" }], tables: [], columnWidths: {} }],
      names: []
    };
    await expect(writeXlsx(plan)).rejects.toThrow(/Formeln i Blad!A1 börjar med "=".*The formula in Blad!A1 starts with "="/);
  });
});

describe("excelStyle", () => {
  it("returns a fresh object each time and the body font for plain cells", () => {
    expect(excelStyle("input")).not.toBe(excelStyle("input"));
    expect(excelStyle("plain")).toEqual({ font: { name: "Arial", size: 10 } });
    expect(excelStyle(undefined)).toEqual({ font: { name: "Arial", size: 10 } });
  });
});
