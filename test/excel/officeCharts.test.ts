/**
 * Inserting the application workbook into the current one on Office.js (the fake Excel of
 * test/support/fakeExcel.ts over office-addin-mock): the file goes without charts (Excel on
 * the web refuses one with charts, and so does the fake), and the charts are added through
 * `worksheet.charts.add` in the batch that re-creates the names, on the inserted sheets,
 * with the plan's ranges. A failure at any point leaves the workbook as before.
 */
import JSZip from "jszip";
import { OfficeGateway } from "../../src/excel/officeGateway";
import { hasCharts, withoutCharts } from "../../src/excel/officeCharts";
import { isDomainError } from "../../src/engine";
import type { MemoryWorkbookInit } from "../../src/preview/memoryGateway";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import { WorkbookError } from "../../src/sheetModel/workbookError";
import { buildWorkbook } from "../../src/workbook/buildWorkbook";
import { writeXlsx } from "../../src/writer/xlsxWriter";
import { fakeExcel, type FakeExcelOptions } from "../support/fakeExcel";
import { orebroTemplate, workedExampleFile } from "../support/scenarioFiles";

const template = orebroTemplate();
const built = buildWorkbook(workedExampleFile, { template, lang: "sv", formulas: "native" });
if (isDomainError(built)) throw new Error(built.en);
const plan: WorkbookPlan = built;

function observe(excel: ReturnType<typeof fakeExcel>): unknown {
  return {
    sheets: excel.state.sheets.map((s) => s.name),
    tables: excel.state.tables.map((t) => t.name),
    names: excel.state.names.map((n) => ({ ...n })),
    charts: excel.state.charts.map((c) => ({ ...c, series: c.series.map((s) => ({ ...s })) }))
  };
}

describe("the plan with and without its charts", () => {
  it("has three charts, and none once they are taken out, with every cell, table and name kept", () => {
    expect(plan.sheets.flatMap((s) => s.charts ?? [])).toHaveLength(3);
    expect(hasCharts(plan)).toBe(true);
    const bare = withoutCharts(plan);
    expect(hasCharts(bare)).toBe(false);
    expect(bare.sheets.map((s) => s.cells)).toEqual(plan.sheets.map((s) => s.cells));
    expect(bare.names).toEqual(plan.names);
  });
});

describe("OfficeGateway.insertIntoCurrent with charts", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeXlsx(plan);
  });

  it("sends the file without charts and adds the three charts through the API on the inserted sheets, in four syncs (the fourth reads the inserted formulas for repairs)", async () => {
    const excel = fakeExcel({ sheets: ["Blad1"] });
    const zipped = await JSZip.loadAsync(bytes);
    expect(Object.keys(zipped.files).some((p) => p.startsWith("xl/charts/"))).toBe(true); // the bytes given have charts…
    const report = await new OfficeGateway(excel.host).insertIntoCurrent(bytes, plan);
    expect(excel.syncs).toBe(4);
    const sent = await JSZip.loadAsync(Buffer.from(excel.state.inserted[0] as string, "base64"));
    expect(Object.keys(sent.files).filter((p) => p.startsWith("xl/charts/") || p.startsWith("xl/drawings/"))).toEqual([]); // …the file sent has none
    expect(report.sheets).toHaveLength(plan.sheets.length);

    const idOf = (name: string): string => excel.state.sheets.find((s) => s.name === name)!.id;
    const wanted = plan.sheets.flatMap((sheet) =>
      (sheet.charts ?? []).map((chart) => ({
        sheetId: idOf(sheet.name),
        title: chart.title,
        position: chart.anchor,
        legend: "Bottom",
        series: chart.series.map((s) => ({ values: s.values, categories: s.categories }))
      }))
    );
    expect(excel.state.charts.map((c) => ({ sheetId: c.sheetId, title: c.title, position: c.position, legend: c.legend, series: c.series.map((s) => ({ values: s.values, categories: s.categories })) }))).toEqual(wanted);

    const [cumulative, departments, sensitivity] = excel.state.charts;
    expect([cumulative!.type, departments!.type, sensitivity!.type]).toEqual(["Line", "ColumnStacked", "ColumnClustered"]);
    expect(cumulative!.series.map((s) => s.name)).toEqual(["Ackumulerad besparing (kommunen)", "Ackumulerad kostnad (fonden)", "Räknas i fönstret", "Slutår"]);
    expect(cumulative!.series.map((s) => [s.chartType, s.axisGroup, s.gapWidth])).toEqual([
      [undefined, "Secondary", undefined],
      [undefined, "Secondary", undefined],
      ["ColumnClustered", undefined, 0],
      ["ColumnClustered", undefined, 0]
    ]);
    expect(cumulative!.axes["Value/Primary"]).toEqual({ minimum: 0, maximum: 1, visible: false });
    expect(departments!.series.map((s) => s.name)).toEqual(workedExampleFile.investment.departments.map((d) => d.name));
    expect(sensitivity!.series.map((s) => [s.name, s.chartType, s.lineStyle])).toEqual([
      ["Besparing i fönstret", undefined, undefined],
      ["Total kostnad (fonden)", "Line", "Dash"]
    ]);
    expect(sensitivity!.seriesBy).toBe("Columns");
  });

  it("is refused by the fake, as by Excel on the web, when the file sent has charts", async () => {
    const excel = fakeExcel({ sheets: ["Blad1"] });
    const sendingCharts = new OfficeGateway(excel.host, async () => bytes); // a writer that keeps the charts
    const clashing = fakeExcel({ sheets: ["Effekter"] });
    await expect(new OfficeGateway(clashing.host, async () => bytes).insertIntoCurrent(bytes, plan)).rejects.toThrow(/has charts/);
    await expect(sendingCharts.insertIntoCurrent(bytes, plan)).rejects.toThrow(/has charts/);
    expect(excel.state.sheets.map((s) => s.name)).toEqual(["Blad1"]);
  });

  it("puts the charts on the renamed sheets when the workbook already has Effekter and Känslighet", async () => {
    const excel = fakeExcel({ sheets: ["Effekter", "Känslighet"] });
    const report = await new OfficeGateway(excel.host).insertIntoCurrent(bytes, plan);
    expect(report.renamed.sheets).toEqual({ Effekter: "Effekter (2)", Känslighet: "Känslighet (2)" });
    const sheetOf = (id: string): string => excel.state.sheets.find((s) => s.id === id)!.name;
    expect(excel.state.charts.map((c) => sheetOf(c.sheetId))).toEqual(["Effekter (2)", "Effekter (2)", "Känslighet (2)"]);
  });

  it("removes the sheets, names and charts it added when adding a chart fails, and says so", async () => {
    const initial: MemoryWorkbookInit = { sheets: ["Blad1"], names: [{ name: "Min", formula: "=Blad1!$A$1" }] };
    const excel = fakeExcel(initial, { failOn: "charts.add" });
    const before = observe(excel);
    const failure = new OfficeGateway(excel.host).insertIntoCurrent(bytes, plan);
    await expect(failure).rejects.toMatchObject({ kind: "insertFailed" });
    await expect(failure).rejects.toThrow(/The chart could not be added/);
    expect(observe(excel)).toEqual(before);
  });

  it("fails at each of the four syncs, before or after its batch ran, and leaves the workbook as before (or, when the answer to the insert is lost, names what it may have added)", async () => {
    const points = [1, 2, 3, 4].flatMap((n) => [{ failAtSync: n }, { failAfterSync: n }]);
    const kinds: string[] = [];
    for (const point of points) {
      const options: FakeExcelOptions = { ...point };
      const excel = fakeExcel({ sheets: ["Blad1"] }, options);
      const before = observe(excel);
      const error: unknown = await new OfficeGateway(excel.host).insertIntoCurrent(bytes, plan).then(
        () => new Error("no failure"),
        (e: unknown) => e
      );
      expect({ point, error: error instanceof WorkbookError }).toEqual({ point, error: true });
      const kind = (error as WorkbookError).kind;
      kinds.push(kind);
      if (kind === "insertUncertain") {
        expect(excel.state.charts).toEqual([]); // the charts come in the next batch, never reached
        expect(excel.state.sheets[0]!.name).toBe("Blad1");
      } else {
        expect({ point, after: observe(excel) }).toEqual({ point, after: before });
      }
    }
    expect(kinds).toEqual(["insertFailed", "insertFailed", "insertFailed", "insertUncertain", "insertFailed", "insertFailed", "insertFailed", "insertFailed"]);
  });
});
