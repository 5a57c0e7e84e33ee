import { HyperFormula } from "hyperformula";
import type { Investment } from "../../src/engine";
import { evaluateInvestment, isDomainError, summarize } from "../../src/engine";
import type { ScenarioFile as File } from "../../src/scenario/scenarioFile";
import { resolveRules } from "../../src/engine/ruleChoice";
import { buildWorkbook } from "../../src/workbook/buildWorkbook";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import { evaluatePlan, mismatches } from "../support/hyperformula";
import type { PlanEdit } from "../support/planEdits";
import { editPlan } from "../support/planEdits";
import { orebroTemplate, workedExampleFile } from "../support/scenarioFiles";
import { richScenario } from "../fixtures/richScenario";

function build(file: File, lang: "sv" | "en" = "sv"): WorkbookPlan {
  const plan = buildWorkbook(file, { template: orebroTemplate(), lang, formulas: "native" });
  if (isDomainError(plan)) throw new Error(plan.en);
  return plan;
}

function formulaCount(plan: WorkbookPlan): number {
  return plan.sheets.reduce((s, sh) => s + sh.cells.filter((c) => c.formula !== undefined && c.expect !== undefined).length, 0);
}

const cases: [string, File, "sv" | "en"][] = [
  ["worked example (sv)", workedExampleFile, "sv"],
  ["worked example (en)", workedExampleFile, "en"],
  ["worked example, rules from 2020 (no repayment)", { ...workedExampleFile, rules: { preset: "orebro-2020" } }, "sv"],
  ["worked example, even instalments", { ...workedExampleFile, rules: { preset: "orebro-2013-2019", overrides: { repaymentPlan: "even", instalmentYears: 4 } } }, "sv"],
  ["worked example, include during, 3.5 % to 2017", { ...workedExampleFile, scenario: { includeDuring: true, discountRate: 0.035, baseYear: 2017 } }, "sv"],
  ["worked example, half the share (not approved, not paid back)", { ...workedExampleFile, scenario: { shareFactor: 0.5 } }, "sv"],
  ["rich scenario (sv)", richScenario, "sv"],
  ["rich scenario (en)", richScenario, "en"]
];

describe("HyperFormula recalculates every generated formula to the engine's figures (0.01 kr)", () => {
  test.each(cases)("%s", (_name, file, lang) => {
    const plan = build(file, lang);
    const computed = evaluatePlan(plan);
    expect(mismatches(plan, computed)).toEqual([]);
    expect(formulaCount(plan)).toBeGreaterThan(250);
    const rules = resolveRules(file.rules);
    if (isDomainError(rules)) throw new Error(rules.en);
    const s = summarize(evaluateInvestment(file.investment, rules, file.scenario ?? {}) as never);
    expect(computed.get("SINV_TotalCost")).toBeCloseTo(s.totalCost, 2);
    expect(computed.get("SINV_Savings10Y")).toBeCloseTo(s.windowSavings, 2);
    expect(computed.get("SINV_Repayment")).toBeCloseTo(s.plannedRepayment ?? 0, 2);
  });
});

describe("the workbook is live: change an input, every formula follows the engine", () => {
  const recompute = (plan: WorkbookPlan, edits: readonly PlanEdit[]): Map<string, unknown> => evaluatePlan(editPlan(plan, edits));

  test("share 0.3 → 0.15 in SINV_Effekter: savings 8 100 000, not approved, never paid back", () => {
    const plan = build(workedExampleFile);
    const after = recompute(plan, [{ table: "SINV_Effekter", row: 0, col: 5, value: 0.15 }]);
    const inv: Investment = { ...workedExampleFile.investment, effects: [{ ...workedExampleFile.investment.effects[0]!, share: 0.15 }] };
    const s = summarize(evaluateInvestment(inv, resolveRules(workedExampleFile.rules) as never) as never);
    expect(after.get("SINV_Savings10Y")).toBeCloseTo(s.windowSavings, 2);
    expect(after.get("SINV_Approved")).toBe("Nej");
    expect(after.get("SINV_Payback")).toBe("Återbetalas inte");
  });

  test("a volume and a unit cost changed in their tables, and the scenario's volume factor", () => {
    const plan = build(workedExampleFile);
    const after = recompute(plan, [
      { table: "SINV_Malgrupper", row: 0, col: 3, value: 20 },
      { table: "SINV_Enhetskostnader", row: 0, col: 3, value: 1000000 },
      { sheet: "Parametrar", ref: "B15", value: 1.1 }
    ]);
    const base = workedExampleFile.investment;
    const inv: Investment = {
      ...base,
      targetGroups: [{ ...base.targetGroups[0]!, volumes: { 2017: 10, 2018: 20, 2019: 10 } }],
      unitCosts: [{ ...base.unitCosts[0]!, cost: 1000000 }]
    };
    const s = summarize(evaluateInvestment(inv, resolveRules(workedExampleFile.rules) as never, { volumeFactor: 1.1 }) as never);
    expect(after.get("SINV_Savings10Y")).toBeCloseTo(s.windowSavings, 2);
    expect(after.get("SINV_Payback")).toBe(s.paybackYear);
  });

  test("the repayment model switched off in Parametrar zeroes the repayment", () => {
    const plan = build(workedExampleFile);
    const after = recompute(plan, [{ sheet: "Parametrar", ref: "B10", value: false }]);
    expect(after.get("SINV_Repayment")).toBe(0);
    expect(after.get("Återföring!A2")).toContain("ingen återföringsmodell");
  });
});

test("HyperFormula is configured as the tests need (array arithmetic)", () => {
  const hf = HyperFormula.buildFromArray([[1, 2, "=SUMPRODUCT(A1:B1*(A1:B1>1))"]], { licenseKey: "gpl-v3", useArrayArithmetic: true });
  expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toBe(2);
  hf.destroy();
});

