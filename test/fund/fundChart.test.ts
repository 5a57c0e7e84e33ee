/**
 * The fund overview's balance chart: in the plan, each series is named by the year table's
 * header and drawn from its column, whose cells hold the engine's years and flows (and
 * HyperFormula computes them so); in the written file, the chart part's series formulas
 * point at those same cells of the overview sheet, anchored beside the key figures.
 */
import type { FundPortfolio } from "../../src/engine";
import { fundPortfolio, isDomainError, oreNumber } from "../../src/engine";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { withoutCharts } from "../../src/excel/officeCharts";
import { buildFundWorkbook } from "../../src/fund/workbook/buildFundWorkbook";
import { FUND_CHART_COLORS } from "../../src/fund/workbook/sheets/balanceChart";
import { FUND_WORDS } from "../../src/fund/workbook/fundWords";
import type { SheetPlan } from "../../src/sheetModel/plan";
import { sheetCells } from "../../src/writer/charts/chartCells";
import { writeXlsx } from "../../src/writer/xlsxWriter";
import { evaluatePlan } from "../support/hyperformula";
import { formulaCells, readCharts } from "../support/readCharts";
import { countNear, renderPdf } from "../support/renderPdf";
import { ROOT, orebroTemplate } from "../support/scenarioFiles";
import { orebroFund } from "./fundSupport";

const template = orebroTemplate();
function portfolio(): FundPortfolio {
  const r = fundPortfolio(orebroFund(["evaluated", "granted", "applied"]));
  if (isDomainError(r)) throw new Error(r.en);
  return r;
}
const p = portfolio();

/** The series the chart must show: name and the engine's figures, per year. */
function wanted(lang: "sv" | "en"): { name: string; values: number[] }[] {
  return [
    { name: FUND_WORDS.allocated[lang], values: p.allocated.map(oreNumber) },
    { name: FUND_WORDS.disbursed[lang], values: p.disbursed.map(oreNumber) },
    { name: FUND_WORDS.repaid[lang], values: p.repaid.map(oreNumber) },
    { name: FUND_WORDS.balance[lang], values: p.balance.map(oreNumber) }
  ];
}

describe("the fund overview's balance chart", () => {
  it.each(["sv", "en"] as const)("%s: one chart on the overview, titled in the plan's language, its series on the cells holding the engine's years and flows", (lang) => {
    const plan = buildFundWorkbook(p, { template, lang });
    const charted = plan.sheets.filter((s) => (s.charts ?? []).length > 0);
    expect(charted.map((s) => s.name)).toEqual([plan.sheets[0]!.name]);
    const sheet = plan.sheets[0] as SheetPlan;
    const chart = sheet.charts![0]!;
    expect(chart.title).toBe(FUND_WORDS.balanceChart[lang]);
    expect(chart.series.map((s) => s.as ?? chart.kind)).toEqual(["clusteredColumn", "clusteredColumn", "clusteredColumn", "line"]);
    const cell = sheetCells(sheet);
    const computed = evaluatePlan(plan, { smartRounding: false });
    const want = wanted(lang);
    chart.series.forEach((s, i) => {
      expect(cell(s.name).value).toBe(want[i]!.name);
      expect(formulaCells(`X!${s.categories}`).cells.map((ref) => cell(ref).value)).toEqual([...p.years]);
      const refs = formulaCells(`X!${s.values}`).cells;
      expect({ series: i, values: refs.map((ref) => cell(ref).value) }).toEqual({ series: i, values: want[i]!.values });
      const recalculated = refs.map((ref) => computed.get(`${sheet.name}!${ref}`) ?? cell(ref).value);
      expect({ series: i, recalculated: recalculated.map((v) => Math.round(Number(v) * 100) / 100) }).toEqual({ series: i, recalculated: want[i]!.values });
    });
  });

  it("stands beside the key figures, never over a cell that holds something", () => {
    const sheet = buildFundWorkbook(p, { template, lang: "sv" }).sheets[0] as SheetPlan;
    const chart = sheet.charts![0]!;
    const [from, to] = chart.anchor.split(":").map((ref) => formulaCells(`X!${ref}`).cells[0]!) as [string, string];
    expect(from).toBe("G4");
    const box = formulaCells(`X!${from}:${to}`).cells;
    expect(sheet.cells.filter((c) => box.includes(c.ref) && (c.formula !== undefined || (c.value ?? "") !== "")).map((c) => c.ref)).toEqual([]);
  });

  it("in the written file, the chart part's series formulas name the overview sheet's header cells and year columns", async () => {
    const plan = buildFundWorkbook(p, { template, lang: "sv" });
    const sheet = plan.sheets[0] as SheetPlan;
    const charts = await readCharts(await writeXlsx(plan));
    expect(charts.map((c) => [c.sheet, c.title, c.anchor])).toEqual([[sheet.name, FUND_WORDS.balanceChart.sv, sheet.charts![0]!.anchor]]);
    const cell = sheetCells(sheet);
    const want = wanted("sv");
    charts[0]!.series.forEach((s, i) => {
      for (const f of [s.name, s.categories, s.values]) expect(formulaCells(f).sheet).toBe(sheet.name);
      expect(formulaCells(s.name).cells.map((ref) => cell(ref).value)).toEqual([want[i]!.name]);
      expect(formulaCells(s.categories).cells.map((ref) => cell(ref).value)).toEqual([...p.years]);
      expect(formulaCells(s.values).cells.map((ref) => cell(ref).value)).toEqual(want[i]!.values);
    });
    expect(charts[0]!.series.map((s) => s.group)).toEqual(["barChart", "barChart", "barChart", "lineChart"]);
  });

  it("LibreOffice draws it on the overview's first printed page, in the series' colours (none without the chart); the page is saved as PNG", async () => {
    const plan = buildFundWorkbook(p, { template, lang: "sv", generatedOn: "2024-05-01" });
    const drawn = await renderPdf(await writeXlsx(plan));
    const bare = await renderPdf(await writeXlsx(withoutCharts(plan)));
    try {
      expect(drawn.pages[0]).toContain(FUND_WORDS.balanceChart.sv.slice(0, 20));
      const [page, plain] = [await drawn.pixels(1, 60), await bare.pixels(1, 60)];
      const colours = (img: typeof page): Record<string, number> => ({
        allocated: countNear(img, FUND_CHART_COLORS.allocated, 24),
        disbursed: countNear(img, FUND_CHART_COLORS.disbursed, 24),
        repaid: countNear(img, FUND_CHART_COLORS.repaid, 24)
      });
      const counts = colours(page);
      expect(counts.allocated).toBeGreaterThan(100); // the 65 and 22 MSEK columns (tall)
      expect(counts.disbursed).toBeGreaterThan(20);
      expect(counts.repaid).toBeGreaterThan(20);
      expect(colours(plain)).toEqual({ allocated: 0, disbursed: 0, repaid: 0 });
      const out = join(ROOT, "test-output", "fund");
      mkdirSync(out, { recursive: true });
      await drawn.png(1, 80, join(out, "overview.png"));
    } finally {
      await drawn.dispose();
      await bare.dispose();
    }
  }, 180_000);
});
