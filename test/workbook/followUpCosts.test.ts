/**
 * Issue 10 item 10: actual costs against the budget in the workbook's Uppföljning — the
 * table SINV_UtfallKostnader and the formulas beside it recalculate (HyperFormula) to the
 * engine's follow-up of the costs (engine/costFollowUp.ts), on the worked example.
 */
import fc from "fast-check";
import type { Appraisal } from "../../src/engine";
import { PROP_SEED } from "../differential/propertyRun";
import { scenarioFiles } from "../differential/scenarioArbitrary";
import { appraise, isDomainError } from "../../src/engine";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import { evaluatePlan, mismatches } from "../support/hyperformula";
import { buildPlan, editPlan, parametersOf, tablesOf } from "../support/planEdits";
import { readInvestment } from "../../src/workbook/readBack/readInvestment";
import { locateProblem } from "../../src/taskpane/state/locateProblem";
import { parseTemplate, withDefaultTexts } from "../../src/workbook/template";
import { TABLES } from "../../src/sheetModel/tables/inputTables";
import { CHECKS_OK_NAME } from "../../src/workbook/sheets/checks";
import { checkCell, checkRowOf } from "./checksSupport";
import { orebroTemplate, workedExampleFile } from "../support/scenarioFiles";
import { registerSinvFunctions } from "../support/sinvPlugin";

beforeAll(() => registerSinvFunctions());

const withCosts: ScenarioFile = { ...workedExampleFile, actuals: { costs: { staff: { "2017": 3_100_000 }, premises: { "2018": 1_000_000.5 } } } };

function appraised(file: ScenarioFile): Appraisal {
  const a = appraise(file);
  if (isDomainError(a)) throw new Error(a.en);
  return a;
}

describe("the worked example with actual costs (staff 2017: 3 100 000; premises 2018: 1 000 000,50)", () => {
  test("the engine's follow-up: variance 100 000 − 99 999,50 over the period", () => {
    const f = appraised(withCosts).costFollowUp;
    expect(f.total).toEqual({ budget: 12_700_000, actual: 12_700_000.5, variance: 0.5 });
    expect(f.years.map((y) => y.isActual)).toEqual([true, true, false]);
  });

  test.each(["native", "sinv"] as const)("every formula cell of Uppföljning recalculates to the engine's figure (%s formulas)", (formulas) => {
    const plan = buildPlan(withCosts, "sv", formulas);
    const computed = evaluatePlan(plan);
    expect(mismatches(plan, computed)).toEqual([]);
    const sheet = plan.sheets.find((s) => s.name === "Uppföljning")!;
    // The variance of staff 2017 and the period's total variance are among the checked cells.
    expect(sheet.cells.filter((c) => c.formula !== undefined && c.expect === 100_000).length).toBeGreaterThan(1);
    expect(sheet.cells.some((c) => c.formula !== undefined && c.expect === 0.5)).toBe(true);
  });

  test("SINV_UtfallKostnader holds only the given values, a row per cost line; the years are marked utfall / prognos", () => {
    const plan = buildPlan(withCosts);
    const sheet = plan.sheets.find((s) => s.name === "Uppföljning")!;
    const table = sheet.tables.find((t) => t.name === "SINV_UtfallKostnader")!;
    expect(table.columns.slice(2)).toEqual(["2017", "2018", "2019"]);
    expect(table.rows.map((r) => [r[0], ...r.slice(2)])).toEqual([
      ["staff", 3_100_000, null, null],
      ["premises", null, 1_000_000.5, null],
      ["grant", null, null, null]
    ]);
    const markRow = Number(/\d+/.exec(table.ref)![0]) - 1;
    const computed = evaluatePlan(plan);
    expect(["C", "D", "E"].map((col) => computed.get(`Uppföljning!${col}${markRow}`))).toEqual(["utfall", "utfall", "prognos"]);
  });

  test("without actual costs the budget stands everywhere: every variance is 0 and every year prognos", () => {
    const plan = buildPlan(workedExampleFile);
    const computed = evaluatePlan(plan);
    expect(mismatches(plan, computed)).toEqual([]);
    expect(appraised(workedExampleFile).costFollowUp.total.variance).toBe(0);
  });

  test("Kontroller: the cost follow-up's budget is the cost calculation's, and budget + variance = actual/forecast; a cost line the table does not name breaks the first", () => {
    const plan = buildPlan(withCosts);
    const computed = evaluatePlan(plan, { smartRounding: false });
    expect(computed.get(CHECKS_OK_NAME)).toBe(true);
    const budgetRow = checkRowOf(plan, "checkCostBudget");
    const varianceRow = checkRowOf(plan, "checkCostVariance");
    expect([computed.get(checkCell(plan, budgetRow, "ok")), computed.get(checkCell(plan, varianceRow, "ok"))]).toEqual([true, true]);
    // The evaluator types another id over "premises": its budget is no longer followed up.
    const broken = evaluatePlan(editPlan(plan, [{ table: "SINV_UtfallKostnader", row: 1, col: 0, value: "lokal" }]), { smartRounding: false });
    expect(broken.get(checkCell(plan, budgetRow, "ok"))).toBe(false);
    expect(broken.get(checkCell(plan, varianceRow, "ok"))).toBe(true);
    expect(broken.get(CHECKS_OK_NAME)).toBe(false);
  });
});

test("the differential properties' random files give actual costs (so workbookHyperFormula and workbookLibreOffice check these formulas)", () => {
  const files = fc.sample(scenarioFiles(), { seed: PROP_SEED, numRuns: 120 });
  const withActualCosts = files.filter((f) => Object.keys(f.actuals?.costs ?? {}).length > 0);
  expect(withActualCosts.length).toBeGreaterThan(10);
  // Each of them evaluates, and its follow-up puts some actual cost against its budget.
  for (const f of withActualCosts) expect(appraised(f).costFollowUp.years.some((y) => y.isActual)).toBe(true);
});

describe("reading the actual costs back (readInvestment)", () => {
  test("the table's given values come back as actuals.costs; the blank cells stay the budget", () => {
    const plan = buildPlan(withCosts);
    const back = readInvestment(tablesOf(plan), parametersOf(plan), orebroTemplate(), "Skolnärvaro");
    expect(back.problems).toEqual([]);
    expect(back.file!.actuals?.costs).toEqual({ staff: { "2017": 3_100_000 }, premises: { "2018": 1_000_000.5 } });
    expect(appraised(back.file!).costFollowUp).toEqual(appraised(withCosts).costFollowUp);
  });

  test("a workbook without actual costs (or made before the table existed) gives no costs key", () => {
    const plan = buildPlan(workedExampleFile);
    const tables = tablesOf(plan);
    expect(readInvestment(tables, parametersOf(plan), orebroTemplate(), "x").file!.actuals?.costs).toBeUndefined();
    const { [TABLES.actualCosts]: _gone, ...older } = tables;
    const back = readInvestment(older, parametersOf(plan), orebroTemplate(), "x");
    expect(back.problems).toEqual([]);
    expect(back.file!.actuals?.costs).toBeUndefined();
  });

  test("an actual cost typed for a cost line the investment has not is refused with its place", () => {
    const plan = editPlan(buildPlan(withCosts), [{ table: "SINV_UtfallKostnader", row: 1, col: 0, value: "lokal" }]);
    const back = readInvestment(tablesOf(plan), parametersOf(plan), orebroTemplate(), "x");
    expect(back.file).toBeUndefined();
    expect(back.problems.map((p) => p.en).join(" ")).toMatch(/actuals\.costs\.lokal: the cost line "lokal" is not in investment\.costLines/);
    // "Visa cellen" goes to the row that names the line.
    const table = plan.sheets.flatMap((x) => x.tables.map((t) => ({ sheet: x.name, t }))).find((x) => x.t.name === "SINV_UtfallKostnader")!;
    const headerRow = Number(/\d+/.exec(table.t.ref)![0]);
    const located = { SINV_UtfallKostnader: { headers: table.t.columns.map(String), rows: table.t.rows.map((r) => [...r] as unknown[]), address: `'${table.sheet}'!A${headerRow}:E${headerRow + 3}` } };
    const ctx = { tables: located, sheets: plan.sheets.map((x) => x.name), template: orebroTemplate() };
    const problem = back.problems.find((p) => p.column === "actuals.costs.lokal")!;
    expect(locateProblem(problem, ctx)).toEqual({ sheet: table.sheet, address: `A${headerRow + 2}` });
    // A year outside the cost years points at the line's cell of that year where the table has the column.
    expect(locateProblem({ ...problem, column: "actuals.costs.staff.2018" }, ctx)).toEqual({ sheet: table.sheet, address: `D${headerRow + 1}` });
  });
});

test("a user's template made before the follow-up of the costs is completed with SINV's own labels and is accepted", () => {
  const own = orebroTemplate();
  const added = ["actualCosts", "costLine", "costBudget", "costActualOrBudget", "costVariance", "checkCostBudget", "checkCostVariance"] as const;
  const labels = Object.fromEntries(Object.entries(own.labels).filter(([k]) => !(added as readonly string[]).includes(k)));
  const completed = withDefaultTexts({ ...own, labels }, own);
  expect(completed.filled).toEqual(added.map((k) => `labels.${k}`));
  const parsed = parseTemplate(completed.input);
  expect(parsed.ok).toBe(true);
});
