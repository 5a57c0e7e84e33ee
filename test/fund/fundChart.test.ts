/**
 * The fund overview's balance chart: in the plan, each series is named by the year table's
 * header and drawn from its column, whose cells hold the engine's years and flows (and
 * HyperFormula computes them so); in the written file, the chart part's series formulas
 * point at those same cells of the overview sheet, anchored beside the key figures.
 */
import type { FundPortfolio } from "../../src/engine";
import { fundPortfolio, isDomainError, oreNumber } from "../../src/engine";
import { buildFundWorkbook } from "../../src/fund/workbook/buildFundWorkbook";
import { FUND_WORDS } from "../../src/fund/workbook/fundWords";
import type { SheetPlan } from "../../src/sheetModel/plan";
import { sheetCells } from "../../src/writer/charts/chartCells";
import { writeXlsx } from "../../src/writer/xlsxWriter";
import { evaluatePlan } from "../support/hyperformula";
import { formulaCells, readCharts } from "../support/readCharts";
import { orebroTemplate } from "../support/scenarioFiles";
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
});
