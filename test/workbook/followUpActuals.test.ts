/**
 * Regressions of issue 7: the follow-up completes actuals year by year (an actual where the
 * evaluator gave one, the plan elsewhere), in the workbook as in the engine and the pane.
 */
import type { Actuals, Appraisal } from "../../src/engine";
import { appraise, isDomainError } from "../../src/engine";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import { actualsWrites } from "../../src/taskpane/state/actualsWrites";
import { evaluatePlan, mismatches } from "../support/hyperformula";
import { buildPlan } from "../support/planEdits";
import { orebroTemplate, workedExampleFile } from "../support/scenarioFiles";
import { registerSinvFunctions } from "../support/sinvPlugin";

beforeAll(() => registerSinvFunctions());

const only2017: Actuals = { volumes: { pupils: { "2017": 8 } } };
const withActuals: ScenarioFile = { ...workedExampleFile, actuals: only2017 };

function appraised(file: ScenarioFile): Appraisal {
  const a = appraise(file);
  if (isDomainError(a)) throw new Error(a.en);
  return a;
}

/** The plan with the pane's writes applied to its tables (rows by key, columns by header). */
function withPaneWrites(plan: WorkbookPlan, actuals: Actuals): WorkbookPlan {
  const inv = workedExampleFile.investment;
  const years = appraised(workedExampleFile).evaluation.years;
  const writes = actualsWrites(inv, actuals, years, orebroTemplate());
  return {
    ...plan,
    sheets: plan.sheets.map((s) => ({
      ...s,
      tables: s.tables.map((t) => {
        const w = writes.find((x) => x.table === t.name);
        if (!w) return t;
        const keyCol = t.columns.findIndex((h) => w.keyHeaders.includes(h));
        return {
          ...t,
          rows: t.rows.map((r) => {
            const updates = w.updates[String(r[keyCol])];
            return updates ? r.map((v, j) => (t.columns[j]! in updates ? updates[t.columns[j]!]! : v)) : r;
          })
        };
      })
    }))
  };
}

describe("worked example with only a 2017 actual volume (8)", () => {
  test("the engine repays 12 810 000 (the plan fills 2018 and 2019)", () => {
    expect(appraised(withActuals).actualRepayment).toBe(12810000);
  });

  test.each(["native", "sinv"] as const)("the workbook's follow-up repays the same (%s formulas), was 3 660 000", (formulas) => {
    const plan = buildPlan(withActuals, "sv", formulas);
    const computed = evaluatePlan(plan);
    expect(mismatches(plan, computed)).toEqual([]);
    expect(computed.get("SINV_ActualRepayment")).toBeCloseTo(12810000, 2);
    expect(computed.get("SINV_ActualRepayment")).toBeCloseTo(appraised(withActuals).actualRepayment!, 2);
  });

  test("SINV_UtfallVolymer holds only the given value; the years are marked utfall / prognos", () => {
    const plan = buildPlan(withActuals);
    const sheet = plan.sheets.find((s) => s.name === "Uppföljning")!;
    const table = sheet.tables.find((t) => t.name === "SINV_UtfallVolymer")!;
    expect(table.rows[0]!.slice(2, 5)).toEqual([8, null, null]);
    const computed = evaluatePlan(plan);
    expect([computed.get("Uppföljning!C4"), computed.get("Uppföljning!D4"), computed.get("Uppföljning!E4")]).toEqual(["utfall", "prognos", "prognos"]);
    const shares = sheet.tables.find((t) => t.name === "SINV_UtfallAndelar")!;
    expect(shares.rows[0]![2]).toBeNull();
  });

  test("the pane's writes into a workbook made without actuals give the same repayment", () => {
    const plan = withPaneWrites(buildPlan(workedExampleFile), only2017);
    const table = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === "SINV_UtfallVolymer")!;
    expect(table.rows[0]!.slice(2, 5)).toEqual([8, null, null]);
    expect(evaluatePlan(plan).get("SINV_ActualRepayment")).toBeCloseTo(12810000, 2);
  });

  test("a blank actual share reads the planned share; a given one replaces it", () => {
    const file: ScenarioFile = { ...workedExampleFile, actuals: { shares: { placement: 0.1 } } };
    const plan = buildPlan(file);
    const computed = evaluatePlan(plan);
    expect(mismatches(plan, computed)).toEqual([]);
    expect(computed.get("SINV_ActualRepayment")).toBeCloseTo(appraised(file).actualRepayment!, 2);
    expect(computed.get("SINV_ActualRepayment")).toBeCloseTo(5400000, 2);
  });
});

test("without actuals SINV_ActualRepayment is –, and SINV_Eligible is TRUE for the worked example", () => {
  expect(appraised(workedExampleFile).actualRepayment).toBeNull();
  const computed = evaluatePlan(buildPlan(workedExampleFile));
  expect(computed.get("SINV_ActualRepayment")).toBe("–");
  expect(computed.get("SINV_Eligible")).toBe(true);
});
