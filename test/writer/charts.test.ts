/**
 * The application workbook's native charts: in the plan (where the data lives), in the
 * written file (DrawingML parts the package links, series formulas that resolve to the
 * cells LibreOffice computes as the engine's figures), and as LibreOffice draws them (the
 * pages with the charts carry the series' colours; the same workbook without charts does
 * not). The rendered pages (and the pixel counts) are saved in test-output/charts/ for
 * people to look at.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { appraise, cumulativeSeries, inWindow, isDomainError, oreNumber, sensitivityCase, ZERO, type Appraisal } from "../../src/engine";
import { withoutCharts } from "../../src/excel/officeCharts";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import { buildWorkbook } from "../../src/workbook/buildWorkbook";
import { CHART_COLORS } from "../../src/workbook/chartsPlace";
import { sheetCells } from "../../src/writer/charts/chartCells";
import { writeXlsx } from "../../src/writer/xlsxWriter";
import { richScenario } from "../fixtures/richScenario";
import { recalcWithLibreOffice } from "../support/libreoffice";
import { C, formulaCells, kids, readCharts, type ReadChart } from "../support/readCharts";
import { countNear, fitSheetsToPage, renderPdf, type Pixels } from "../support/renderPdf";
import { orebroTemplate, ROOT, workedExampleFile } from "../support/scenarioFiles";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import type { ReadValue } from "../../src/writer/readXlsxValues";

const template = orebroTemplate();

function planOf(file: ScenarioFile, lang: "sv" | "en"): WorkbookPlan {
  const plan = buildWorkbook(file, { template, lang, formulas: "native" });
  if (isDomainError(plan)) throw new Error(plan.en);
  return plan;
}

function appraisalOf(file: ScenarioFile): Appraisal {
  const a = appraise(file);
  if (isDomainError(a)) throw new Error(a.en);
  return a;
}


/** The engine's figures each chart must show, series by series. */
function expectedSeries(file: ScenarioFile, lang: "sv" | "en"): Map<string, { categories: unknown[]; series: { name: string; values: readonly number[] }[] }> {
  const { evaluation: ev, summary } = appraisalOf(file);
  const cum = cumulativeSeries(ev);
  const t = (key: keyof typeof template.labels): string => template.labels[key][lang];
  const { endYear, horizonYears, includeDuring } = ev.options;
  const changes = [0, ...template.sensitivity, ...template.sensitivity, ...template.sensitivity];
  return new Map([
    [
      t("chartCumulative"),
      {
        categories: [...ev.years],
        series: [
          { name: t("cumulativeSavings"), values: cum.savings },
          { name: t("cumulativeCost"), values: cum.cost },
          { name: t("windowRow"), values: ev.years.map((y) => (inWindow(y, endYear, horizonYears, includeDuring) ? 1 : 0)) },
          { name: t("endYear"), values: ev.years.map((y) => (y === endYear ? 1 : 0)) }
        ]
      }
    ],
    [
      t("savingsPerDepartment"),
      {
        categories: [...ev.years],
        series: file.investment.departments.map((d) => ({ name: d.name, values: (ev.savingsByDepartment.get(d.id) ?? ev.years.map(() => ZERO)).map(oreNumber) }))
      }
    ],
    [
      t("chartSensitivity"),
      {
        categories: changes,
        series: [
          { name: t("savingsAtChange"), values: changes.map((c) => oreNumber(sensitivityCase(ev, c).windowSavings)) },
          { name: t("totalCost"), values: changes.map(() => summary.totalCost) }
        ]
      }
    ]
  ]);
}

describe("charts in the plan", () => {
  it.each([
    ["worked example, Swedish", workedExampleFile, "sv"],
    ["rich scenario, English", richScenario, "en"]
  ] as const)("%s: three charts where the data lives, titled in the plan's language, each series on cells holding the engine's figures", (_label, file, lang) => {
    const plan = planOf(file, lang);
    const expected = expectedSeries(file, lang);
    const charts = plan.sheets.flatMap((s) => (s.charts ?? []).map((c) => [s, c] as const));
    expect(charts.map(([s, c]) => `${s.name}: ${c.title}`)).toEqual([
      `${template.sheets.effects[lang]}: ${template.labels.chartCumulative[lang]}`,
      `${template.sheets.effects[lang]}: ${template.labels.savingsPerDepartment[lang]}`,
      `${template.sheets.sensitivity[lang]}: ${template.labels.chartSensitivity[lang]}`
    ]);
    for (const [sheet, chart] of charts) {
      const cell = sheetCells(sheet);
      const want = expected.get(chart.title)!;
      expect({ title: chart.title, series: chart.series.map((s) => cell(s.name).value) }).toEqual({ title: chart.title, series: want.series.map((s) => s.name) });
      chart.series.forEach((s, i) => {
        const values = formulaCells(`X!${s.values}`).cells.map((ref) => cell(ref).value);
        expect({ chart: chart.title, series: i, values }).toEqual({ chart: chart.title, series: i, values: want.series[i]!.values });
        const cats = formulaCells(`X!${s.categories}`).cells.map((ref) => cell(ref).value);
        const inner = cats.length > want.categories.length ? cats.filter((_, k) => k % 2 === 1) : cats; // two-level: variable, change
        expect({ chart: chart.title, series: i, categories: inner }).toEqual({ chart: chart.title, series: i, categories: want.categories });
      });
    }
    // The charts sit below the sheet's cells, never over them.
    for (const [sheet, chart] of charts) {
      const top = Number(/\d+/.exec(chart.anchor)![0]);
      const lastRow = Math.max(...sheet.cells.map((c) => Number(/\d+/.exec(c.ref)![0])));
      expect(top).toBeGreaterThan(lastRow);
    }
  });
});

describe("the written file (worked example)", () => {
  const plan = planOf(workedExampleFile, "sv");
  let bytes: Uint8Array;
  let charts: ReadChart[];
  let values: Map<string, ReadValue>;

  beforeAll(async () => {
    bytes = await writeXlsx(plan);
    charts = await readCharts(bytes);
    values = await recalcWithLibreOffice(bytes);
  }, 180_000);

  it("links one drawing per sheet with charts and one chart part per chart, each with its content type, anchored where the plan says", async () => {
    expect(charts.map((c) => [c.sheet, c.title, c.anchor])).toEqual(plan.sheets.flatMap((s) => (s.charts ?? []).map((c) => [s.name, c.title, c.anchor])));
    const zip = await JSZip.loadAsync(bytes);
    const types = await zip.file("[Content_Types].xml")!.async("string");
    const parts = Object.keys(zip.files).filter((p) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(p)).sort();
    expect(parts).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/charts/chart3.xml", "xl/drawings/drawing1.xml", "xl/drawings/drawing2.xml"]);
    for (const part of parts) {
      const type = part.includes("charts") ? "application/vnd.openxmlformats-officedocument.drawingml.chart+xml" : "application/vnd.openxmlformats-officedocument.drawing+xml";
      expect(types).toContain(`<Override PartName="/${part}" ContentType="${type}"/>`);
    }
  });

  it("refers every series' name, categories and values to the sheet's cells, which LibreOffice computes as the engine's years and amounts", () => {
    const expected = expectedSeries(workedExampleFile, "sv");
    expect(charts).toHaveLength(3);
    for (const chart of charts) {
      const want = expected.get(chart.title)!;
      expect(chart.series).toHaveLength(want.series.length);
      chart.series.forEach((s, i) => {
        const at = (f: string): ReadValue[] => {
          const { sheet, cells } = formulaCells(f);
          expect(sheet).toBe(chart.sheet);
          return cells.map((ref) => values.get(`${sheet}!${ref}`));
        };
        expect(at(s.name)).toEqual([want.series[i]!.name]);
        expect(at(s.values).map((v) => (typeof v === "number" ? Math.round(v * 100) / 100 : v))).toEqual(want.series[i]!.values);
        const cats = at(s.categories);
        expect(cats.length === want.categories.length ? cats : cats.filter((_, k) => k % 2 === 1)).toEqual(want.categories);
      });
    }
  });

  it("draws the window and the end year as bands on a hidden 0–1 axis behind the amounts, and the cost over the sensitivity columns as a line", () => {
    const [cumulative, departments, sensitivity] = charts as [ReadChart, ReadChart, ReadChart];
    expect(cumulative.series.map((s) => `${s.group}/${s.grouping}`)).toEqual(["lineChart/standard", "lineChart/standard", "barChart/clustered", "barChart/clustered"]);
    const plotArea = kids(kids(cumulative.root, C, "chart")[0]!, C, "plotArea")[0]!;
    expect(kids(plotArea, C).map((k) => k.localName).slice(0, 3)).toEqual(["layout", "barChart", "lineChart"]); // bands first: the primary axes, drawn behind
    const bandAxis = kids(plotArea, C, "valAx").find((a) => kids(a, C, "axId")[0]!.getAttribute("val") === cumulative.series[2]!.axes[1])!;
    expect(kids(bandAxis, C, "delete")[0]!.getAttribute("val")).toBe("1");
    expect(kids(kids(bandAxis, C, "scaling")[0]!, C, "max")[0]!.getAttribute("val")).toBe("1");
    expect(cumulative.series[2]!.axes).not.toEqual(cumulative.series[0]!.axes);
    expect(departments.series.every((s) => s.group === "barChart" && s.grouping === "stacked")).toBe(true);
    expect(sensitivity.series.map((s) => s.group)).toEqual(["barChart", "lineChart"]);
    expect(sensitivity.series[0]!.categories).toBe("'Känslighet'!$A$4:$B$13");
  });

  it("keeps ECMA-376's element order in what it writes (series, groups, axes)", () => {
    const ORDER: Record<string, readonly string[]> = {
      chartSpace: ["date1904", "lang", "roundedCorners", "AlternateContent", "clrMapOvr", "pivotSource", "protection", "chart", "spPr", "txPr", "externalData", "printSettings", "userShapes", "extLst"],
      chart: ["title", "autoTitleDeleted", "pivotFmts", "view3D", "floor", "sideWall", "backWall", "plotArea", "legend", "plotVisOnly", "dispBlanksAs", "showDLblsOverMax", "extLst"],
      barChart: ["barDir", "grouping", "varyColors", "ser", "dLbls", "gapWidth", "overlap", "serLines", "axId", "extLst"],
      lineChart: ["grouping", "varyColors", "ser", "dLbls", "dropLines", "hiLowLines", "upDownBars", "marker", "smooth", "axId", "extLst"],
      catAx: ["axId", "scaling", "delete", "axPos", "majorGridlines", "minorGridlines", "title", "numFmt", "majorTickMark", "minorTickMark", "tickLblPos", "spPr", "txPr", "crossAx", "crosses", "crossesAt", "auto", "lblAlgn", "lblOffset", "tickLblSkip", "tickMarkSkip", "noMultiLvlLbl", "extLst"],
      valAx: ["axId", "scaling", "delete", "axPos", "majorGridlines", "minorGridlines", "title", "numFmt", "majorTickMark", "minorTickMark", "tickLblPos", "spPr", "txPr", "crossAx", "crosses", "crossesAt", "crossBetween", "majorUnit", "minorUnit", "dispUnits", "extLst"],
      scaling: ["logBase", "orientation", "max", "min", "extLst"],
      title: ["tx", "layout", "overlay", "spPr", "txPr", "extLst"],
      legend: ["legendPos", "legendEntry", "layout", "overlay", "spPr", "txPr", "extLst"],
      marker: ["symbol", "size", "spPr", "extLst"]
    };
    const SER: Record<string, readonly string[]> = {
      barChart: ["idx", "order", "tx", "spPr", "invertIfNegative", "pictureOptions", "dPt", "dLbls", "trendline", "errBars", "cat", "val", "shape", "extLst"],
      lineChart: ["idx", "order", "tx", "spPr", "marker", "dPt", "dLbls", "trendline", "errBars", "cat", "val", "smooth", "extLst"]
    };
    const check = (el: (typeof charts)[number]["root"], order: readonly string[] | undefined, path: string): void => {
      const names = kids(el, C).map((k) => k.localName as string);
      if (order) {
        const positions = names.map((n) => order.indexOf(n));
        expect({ path, names, unknown: names.filter((_, i) => positions[i]! < 0) }).toEqual({ path, names, unknown: [] });
        expect({ path, sorted: positions.every((p, i) => i === 0 || p >= positions[i - 1]!) }).toEqual({ path, sorted: true });
      }
      for (const child of kids(el, C)) check(child, child.localName === "ser" ? SER[el.localName as string] : ORDER[child.localName as string], `${path}/${child.localName}`);
    };
    for (const chart of charts) check(chart.root, ORDER.chartSpace, chart.part);
  });

  it("is read back by ExcelJS with every sheet, table and name", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(plan.sheets.map((s) => s.name));
    expect(workbook.definedNames.model.map((n) => n.name).sort()).toEqual(plan.names.map((n) => n.name).sort());
  });
});

describe("LibreOffice draws the charts", () => {
  const OUT = join(ROOT, "test-output", "charts");

  it("the pages carry the series' colours, which the same workbook without charts does not; the chart pages are saved as PNG", async () => {
    mkdirSync(OUT, { recursive: true });
    const plan = planOf(workedExampleFile, "sv");
    const withCharts = await renderPdf(await fitSheetsToPage(await writeXlsx(plan)));
    const without = await renderPdf(await fitSheetsToPage(await writeXlsx(withoutCharts(plan))));
    try {
      // Counted over every page, so a page break through a chart does not matter.
      const count = (pages: readonly Pixels[], hex: string, tolerance: number): number => pages.reduce((n, page) => n + countNear(page, hex, tolerance), 0);
      const [drawn, bare] = [await withCharts.allPixels(60), await without.allPixels(60)];
      const counts = {
        savings: count(drawn, CHART_COLORS.savings, 24),
        cost: count(drawn, CHART_COLORS.cost, 24),
        window: count(drawn, CHART_COLORS.window, 6),
        endYear: count(drawn, CHART_COLORS.endYear, 6),
        bare: { savings: count(bare, CHART_COLORS.savings, 24), cost: count(bare, CHART_COLORS.cost, 24), window: count(bare, CHART_COLORS.window, 6), endYear: count(bare, CHART_COLORS.endYear, 6) }
      };
      writeFileSync(join(OUT, "pixels.json"), `${JSON.stringify(counts, null, 2)}\n`);
      expect(counts.savings).toBeGreaterThan(4000); // the savings line, the department columns and ten sensitivity columns (about 9 700 at 60 dpi)
      expect(counts.cost).toBeGreaterThan(150); // the cost lines (about 370)
      expect(counts.window).toBeGreaterThan(3000); // the shaded window (about 8 800)
      expect(counts.endYear - counts.bare.endYear).toBeGreaterThan(300); // the end year's band (a grey the sheets use too)
      expect({ ...counts.bare, endYear: 0 }).toEqual({ savings: 0, cost: 0, window: 0, endYear: 0 });
      for (const [name, title] of [
        ["effects", template.labels.chartCumulative.sv],
        ["sensitivity", template.labels.chartSensitivity.sv]
      ] as const) {
        const page = withCharts.pages.findIndex((text) => text.includes(title)) + 1;
        expect({ title, found: page > 0 }).toEqual({ title, found: true });
        await withCharts.png(page, 110, join(OUT, `worked-example-${name}.png`));
      }
    } finally {
      await withCharts.dispose();
      await without.dispose();
    }
  }, 240_000);
});
