/**
 * Regressions of issue 7: native formulas read ids and codes as the engine does (trimmed,
 * case-insensitive, exact), never as MATCH/SUMIFS/COUNTIF criteria.
 */
import type { Appraisal } from "../../src/engine";
import { appraise, isDomainError } from "../../src/engine";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import { TABLES } from "../../src/sheetModel/tables/inputTables";
import { readInvestment } from "../../src/workbook/readBack/readInvestment";
import { evaluatePlan, mismatches } from "../support/hyperformula";
import { buildPlan, editPlan, parametersOf, tablesOf } from "../support/planEdits";
import { orebroTemplate, workedExampleFile } from "../support/scenarioFiles";
import { registerSinvFunctions } from "../support/sinvPlugin";

beforeAll(() => registerSinvFunctions());

const inv = workedExampleFile.investment;
const effect = inv.effects[0]!;

function appraised(file: ScenarioFile): Appraisal {
  const a = appraise(file);
  if (isDomainError(a)) throw new Error(a.en);
  return a;
}

describe("an effect's code and department with a trailing space or another case give the engine's figures", () => {
  const file: ScenarioFile = {
    ...workedExampleFile,
    investment: { ...inv, effects: [{ ...effect, unitCostCode: "extern_skolplacering ", departmentId: " FSK" }] }
  };

  test.each(["native", "sinv"] as const)("%s formulas", (formulas) => {
    const plan = buildPlan(file, "sv", formulas);
    const computed = evaluatePlan(plan);
    expect(mismatches(plan, computed)).toEqual([]);
    expect(computed.get("SINV_Savings10Y")).toBeCloseTo(16200000, 2);
    expect(computed.get("SINV_Approved")).toBe("Ja");
    expect(appraised(file).summary.windowSavings).toBe(16200000);
  });
});

describe("codes typed by hand into the workbook", () => {
  const plan = buildPlan(workedExampleFile);

  test("a unit-cost code with a trailing space: the workbook and the engine reading it back agree", () => {
    const edited = editPlan(plan, [{ table: TABLES.unitCosts, row: 0, col: 0, value: "EXTERN_SKOLPLACERING " }]);
    const computed = evaluatePlan(edited);
    const back = readInvestment(tablesOf(edited), parametersOf(edited), orebroTemplate(), inv.name);
    expect(back.problems).toEqual([]);
    const engine = appraised(back.file!).summary;
    expect(computed.get("SINV_Savings10Y")).toBeCloseTo(engine.windowSavings, 2);
    expect(computed.get("SINV_Savings10Y")).toBeCloseTo(16200000, 2);
    expect(computed.get("SINV_Approved")).toBe("Ja");
  });

  test("an effect's code typed as `*` matches no code: an error, never another code's cost", () => {
    const edited = editPlan(plan, [{ table: TABLES.effects, row: 0, col: 3, value: "*" }]);
    const computed = evaluatePlan(edited);
    expect(String(computed.get("Effekter!N5"))).toContain("#ERROR NA");
    expect(String(computed.get("Effekter!O5"))).toContain("#ERROR");
    expect(String(computed.get("Effekter!P5"))).toContain("#ERROR");
    expect(typeof computed.get("SINV_Savings10Y")).not.toBe("number");
    // The engine refuses the code, with a message naming the field.
    const back = readInvestment(tablesOf(edited), parametersOf(edited), orebroTemplate(), inv.name);
    expect(back.file).toBeUndefined();
  });

  test("a unit-cost code typed as `EXTERN_*` is just another code: the effect's own code still matches once", () => {
    const withTwo: ScenarioFile = {
      ...workedExampleFile,
      investment: { ...inv, unitCosts: [...inv.unitCosts, { ...inv.unitCosts[0]!, code: "EXTERN_ANNAN", cost: 1 }] }
    };
    const edited = editPlan(buildPlan(withTwo), [{ table: TABLES.unitCosts, row: 1, col: 0, value: "EXTERN_*" }]);
    const computed = evaluatePlan(edited);
    expect(computed.get("Effekter!N5")).toBe(1);
    expect(computed.get("Effekter!O5")).toBe(900000);
    expect(computed.get("SINV_Savings10Y")).toBeCloseTo(16200000, 2);
  });
});

describe("department ids and areas cannot flip eligibility or double savings", () => {
  const plan = buildPlan(workedExampleFile);
  const e = { deptFirstRow: 15 };

  test("the layout this test reads: the municipality's savings per department start on row 15 of Effekter, each row named by the departments table", () => {
    const cells = plan.sheets.find((s) => s.name === "Effekter")!.cells;
    expect(cells.find((c) => c.ref === `A${e.deptFirstRow}`)).toMatchObject({ formula: "Parametrar!$B$30", expect: "Förskole- och skolnämnden" });
    expect(cells.find((c) => c.ref === `A${e.deptFirstRow + 1}`)).toMatchObject({ formula: "Parametrar!$B$31", expect: "Socialnämnden" });
  });

  // "'01" is how HyperFormula is given the text 01 (a bare "01" it reads as the number 1, as
  // Excel does when it is typed); the generated file holds text as text.
  test('ids 1 and "01" are two departments: the savings count once', () => {
    const edited = editPlan(plan, [
      { table: TABLES.departments, row: 0, col: 0, value: 1 },
      { table: TABLES.departments, row: 1, col: 0, value: "'01" },
      { table: TABLES.effects, row: 0, col: 4, value: "'01" }
    ]);
    const computed = evaluatePlan(edited);
    expect(computed.get(`Effekter!Q${e.deptFirstRow}`)).toBe(0);
    expect(computed.get(`Effekter!Q${e.deptFirstRow + 1}`)).toBeCloseTo(16200000, 2);
    expect(computed.get("SINV_Savings10Y")).toBeCloseTo(16200000, 2);
  });

  test.each([
    ["one area typed as *", ["*", "Social välfärd"], true],
    ["both areas typed as *", ["*", "*"], false],
    ["one area with other case and spaces", [" barn OCH utbildning ", "Barn och utbildning"], false]
  ] as const)("%s: the engine's verdict", (_name, areas, eligible) => {
    const file: ScenarioFile = { ...workedExampleFile, investment: { ...inv, departments: inv.departments.map((d, i) => ({ ...d, area: areas[i]! })) } };
    const a = appraised(file);
    expect(a.evaluation.eligibility.eligible).toBe(eligible);
    const computed = evaluatePlan(buildPlan(file));
    expect(computed.get("SINV_Eligible")).toBe(eligible);
    expect(computed.get("Översikt!C22")).toBe(eligible ? "Ja" : "Nej");
  });

  test("a partner typed as förening counts as civil society, as the read-back reads it", () => {
    const file: ScenarioFile = {
      ...workedExampleFile,
      investment: { ...inv, departments: inv.departments.map((d) => ({ ...d, area: "Samma" })), partners: [{ name: "Föreningen", kind: "association" }] }
    };
    const plan2 = buildPlan(file);
    expect(evaluatePlan(plan2).get("SINV_Eligible")).toBe(true);
    const edited = editPlan(plan2, [{ table: TABLES.partners, row: 0, col: 1, value: " Förening" }]);
    expect(evaluatePlan(edited).get("SINV_Eligible")).toBe(true);
    const back = readInvestment(tablesOf(edited), parametersOf(edited), orebroTemplate(), inv.name);
    expect(back.file?.investment.partners?.[0]?.kind).toBe("association");
    const other = editPlan(plan2, [{ table: TABLES.partners, row: 0, col: 1, value: "*" }]);
    expect(evaluatePlan(other).get("SINV_Eligible")).toBe(false);
  });
});

describe("target groups are found by id, as the engine finds them", () => {
  test("an effect's target group typed with another case is followed; * matches none (#N/A)", () => {
    const plan = buildPlan(workedExampleFile);
    const spaced = evaluatePlan(editPlan(plan, [{ table: TABLES.effects, row: 0, col: 2, value: " PUPILS" }]));
    expect(spaced.get("SINV_Savings10Y")).toBeCloseTo(16200000, 2);
    const star = evaluatePlan(editPlan(plan, [{ table: TABLES.effects, row: 0, col: 2, value: "*" }]));
    expect(typeof star.get("SINV_Savings10Y")).not.toBe("number");
  });

  test("actual volumes are matched by the group's id in SINV_UtfallVolymer, not by position", () => {
    const none: ScenarioFile = { ...workedExampleFile, actuals: { volumes: { pupils: { "2017": 0, "2018": 0, "2019": 0 } } } };
    expect(appraised(none).actualRepayment).toBe(3660000);
    const plan = buildPlan(none);
    expect(evaluatePlan(plan).get("SINV_ActualRepayment")).toBeCloseTo(3660000, 2);
    const otherCase = evaluatePlan(editPlan(plan, [{ table: TABLES.actualVolumes, row: 0, col: 0, value: "Pupils " }]));
    expect(otherCase.get("SINV_ActualRepayment")).toBeCloseTo(3660000, 2);
    // Another id: no actual for the effect's group, so the plan counts (12 810 000).
    const other = evaluatePlan(editPlan(plan, [{ table: TABLES.actualVolumes, row: 0, col: 0, value: "andra" }]));
    expect(other.get("SINV_ActualRepayment")).toBeCloseTo(12810000, 2);
  });
});
