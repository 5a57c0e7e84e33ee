/**
 * The chart parts added to a package, on a package held in a Map: where the `<drawing>`
 * element goes in a sheet, the relationships it gets (made when the sheet has none), part
 * numbers that do not clash, sheet names with XML entities, and what is refused. Plus the
 * caches' texts and the category levels.
 */
import { addChartParts, type PackageParts } from "../../src/writer/charts/chartParts";
import { categoryLevels, displayText, sheetCells } from "../../src/writer/charts/chartCells";
import { chartXml } from "../../src/writer/charts/chartXml";
import type { SheetPlan, WorkbookPlan } from "../../src/sheetModel/plan";

const SHEET_NAME = `Kalle's "år" & <mer>`;

function sheet(extra: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name: SHEET_NAME,
    cells: [
      { ref: "A1", value: "År", style: "header" },
      { ref: "B1", value: 2020, numFmt: "0" },
      { ref: "C1", value: 2021, numFmt: "0" },
      { ref: "A2", value: "Besparing & mer" },
      { ref: "B2", formula: "1+1", expect: 2, numFmt: "#,##0" },
      { ref: "C2", formula: "B2*2", expect: 4, numFmt: "#,##0" }
    ],
    tables: [],
    columnWidths: {},
    charts: [{ kind: "clusteredColumn", title: "Titel <1>", anchor: "A4:F20", series: [{ name: "A2", categories: "B1:C1", values: "B2:C2", color: "0f6cbd" }] }],
    ...extra
  };
}

function planWith(s: SheetPlan): WorkbookPlan {
  return { title: "T", lang: "sv", formulas: "native", sheets: [s], names: [] };
}

function packageOf(sheetXml: string, extra: Record<string, string> = {}): PackageParts & { files: Map<string, string> } {
  const files = new Map<string, string>([
    ["[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'],
    ["xl/workbook.xml", '<workbook xmlns:r="r"><sheets><sheet name="Kalle&apos;s &quot;år&quot; &amp; &lt;mer&gt;" sheetId="1" r:id="rId7"/></sheets></workbook>'],
    ["xl/_rels/workbook.xml.rels", '<Relationships><Relationship Id="rId7" Type="…/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'],
    ["xl/worksheets/sheet1.xml", sheetXml],
    ...Object.entries(extra)
  ]);
  return { files, read: async (p) => files.get(p), write: (p, t) => void files.set(p, t), paths: () => [...files.keys()] };
}

const WITH_VIEW_EXT = '<worksheet xmlns:r="r"><sheetViews><sheetView><extLst/></sheetView></sheetViews><sheetData><row r="1"/></sheetData><pageMargins/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>';

describe("addChartParts", () => {
  it("puts <drawing> after the cells and before tableParts (not in the sheet view's extLst), with a new relationship next to the existing ones", async () => {
    const pkg = packageOf(WITH_VIEW_EXT, { "xl/worksheets/_rels/sheet1.xml.rels": '<Relationships><Relationship Id="rId1" Type="…/table" Target="../tables/table1.xml"/></Relationships>' });
    await addChartParts(pkg, planWith(sheet()));
    expect(pkg.files.get("xl/worksheets/sheet1.xml")).toBe(WITH_VIEW_EXT.replace("<tableParts", '<drawing r:id="rId2"/><tableParts'));
    expect(pkg.files.get("xl/worksheets/_rels/sheet1.xml.rels")).toContain('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>');
    expect(pkg.files.get("[Content_Types].xml")).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    const chart = pkg.files.get("xl/charts/chart1.xml") as string;
    expect(chart).toContain("<c:f>&apos;Kalle&apos;&apos;s &quot;år&quot; &amp; &lt;mer&gt;&apos;!$B$2:$C$2</c:f>"); // 'Kalle''s "år" & <mer>'!$B$2:$C$2
    expect(chart).toContain("<c:v>Besparing &amp; mer</c:v>");
    expect(chart).toContain("<a:t>Titel &lt;1&gt;</a:t>");
    expect(chart).toContain('<a:srgbClr val="0F6CBD"/>');
  });

  it("makes the sheet's relationships when it has none, puts <drawing> before </worksheet>, and numbers parts after those already there", async () => {
    const pkg = packageOf('<worksheet><sheetData/></worksheet>', { "xl/charts/chart4.xml": "<old/>", "xl/drawings/drawing2.xml": "<old/>" });
    await addChartParts(pkg, planWith(sheet()));
    expect(pkg.files.get("xl/worksheets/sheet1.xml")).toBe('<worksheet><sheetData/><drawing r:id="rId1"/></worksheet>');
    expect(pkg.files.get("xl/worksheets/_rels/sheet1.xml.rels")).toContain('Id="rId1"');
    expect(pkg.files.has("xl/charts/chart5.xml")).toBe(true);
    expect(pkg.files.get("xl/drawings/_rels/drawing3.xml.rels")).toContain('Target="../charts/chart5.xml"');
    expect(pkg.files.get("xl/charts/chart4.xml")).toBe("<old/>");
  });

  it("refuses a sheet that already has a drawing, a sheet the package lacks, and a bad colour", async () => {
    await expect(addChartParts(packageOf("<worksheet><sheetData/><drawing r:id=\"rId9\"/></worksheet>"), planWith(sheet()))).rejects.toThrow(/already has a drawing/);
    await expect(addChartParts(packageOf("<worksheet><sheetData/></worksheet>"), planWith({ ...sheet(), name: "Annat" }))).rejects.toThrow(/lacks the sheet Annat/);
    const red = sheet();
    const bad = { ...red, charts: [{ ...red.charts![0]!, series: [{ ...red.charts![0]!.series[0]!, color: "red" }] }] };
    await expect(addChartParts(packageOf("<worksheet><sheetData/></worksheet>"), planWith(bad))).rejects.toThrow(/six hex digits/);
  });

  it("leaves a package alone when the plan has no charts", async () => {
    const pkg = packageOf("<worksheet><sheetData/></worksheet>");
    const before = new Map(pkg.files);
    await addChartParts(pkg, planWith(sheet({ charts: [] })));
    expect(pkg.files).toEqual(before);
  });
});

describe("chart caches and categories", () => {
  it("writes the caches from the plan: literal values and formulas' expected values, with the cells' format", () => {
    const xml = chartXml("Blad", sheet().charts![0]!, sheetCells(sheet()), "sv-SE");
    expect(xml).toContain("<c:numCache><c:formatCode>#,##0</c:formatCode><c:ptCount val=\"2\"/><c:pt idx=\"0\"><c:v>2</c:v></c:pt><c:pt idx=\"1\"><c:v>4</c:v></c:pt></c:numCache>");
    expect(xml).toContain('<c:numFmt formatCode="0" sourceLinked="1"/>'); // the years' format on the category axis
  });

  it("shows numbers in percent formats as percent, and splits a two-column range into levels", () => {
    expect(displayText({ value: -0.25, numFmt: "0.0%" })).toBe("-25.0%");
    expect(displayText({ value: 0.5, numFmt: "0%" })).toBe("50%");
    expect(displayText({ value: 2019, numFmt: "0" })).toBe("2019");
    expect(displayText({ value: true })).toBe("TRUE");
    expect(displayText({ value: undefined })).toBe("");
    expect(categoryLevels("A4:B6", 3)).toEqual([["A4", "A5", "A6"], ["B4", "B5", "B6"]]);
    expect(categoryLevels("D1:F1", 3)).toEqual([["D1", "E1", "F1"]]);
    expect(() => categoryLevels("D1:F1", 4)).toThrow(/do not fit 4 values/);
  });
});
