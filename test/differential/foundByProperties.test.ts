/**
 * Disagreements the differential properties found outside issue 7's list, kept as fixed
 * examples: the SINV.* functions round each cell's kronor to öre, while the engine (and the
 * native formulas) keep exact values and round only where a figure leaves the engine.
 */
import type { CostLine } from "../../src/engine";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import { registerSinvFunctions } from "../support/sinvPlugin";
import { workedExampleFile } from "../support/scenarioFiles";
import { disagreements, generated, recalculated } from "./workbookCheck";

beforeAll(() => registerSinvFunctions());

function workbookDisagreements(file: ScenarioFile, formulas: "native" | "sinv"): string[] {
  const { plan, appraisal } = generated(file, formulas);
  const found = disagreements(file, plan, appraisal, recalculated(plan));
  return found.length > 6 ? [...found.slice(0, 6), `… and ${found.length - 6} more`] : found;
}

const inv = workedExampleFile.investment;

/** 38 001.45 kr a month × 0.35 FTE × (6.5, 12, 12) months × 1.4015: each year's cost ends in a fraction of an öre. */
const staffLine = (id: string): CostLine => ({
  id,
  description: "Personal",
  category: "staff",
  departmentId: "fsk",
  financing: "fund",
  staff: { monthlySalary: 38001.45, fte: 0.35, payrollOverhead: 0.4015, months: { "2017": 6.5, "2018": 12, "2019": 12 } }
});

describe("staff costs: the workbook's total cost is the engine's, 0.01 kr (engine 13 337 080.34)", () => {
  const file: ScenarioFile = { ...workedExampleFile, investment: { ...inv, costLines: [...inv.costLines, staffLine("staff2"), staffLine("staff3")] } };
  test.each(["native", "sinv"] as const)("%s formulas", (formulas) => {
    expect(workbookDisagreements(file, formulas)).toEqual([]);
  });
});

describe("savings of a fraction of an öre a year: break-even factor 0 and the department's whole repayment share, as in the engine", () => {
  const file: ScenarioFile = {
    format: "sinv-scenario/1",
    rules: { preset: "orebro-2013-2019" },
    investment: {
      name: "Satsning 2013",
      startYear: 2013,
      endYear: 2013,
      departments: [{ id: "fsk", name: "Förvaltning 1", area: "Skola" }],
      costLines: [],
      targetGroups: [{ id: "elever", name: "Målgrupp 1", volumes: { "2014": 1 } }],
      unitCosts: [{ code: "SKOLA_GRUND", description: "Enhetskostnad 1", unit: "kr per år", cost: 0.01, priceYear: 2013, payer: "kommun", source: "Påhittad" }],
      effects: [{ id: "eff1", name: "Effekt 1", targetGroupId: "elever", unitCostCode: "SKOLA_GRUND", departmentId: "fsk", share: 0.01, duration: 1 }]
    }
  };
  test.each(["native", "sinv"] as const)("%s formulas", (formulas) => {
    expect(workbookDisagreements(file, formulas)).toEqual([]);
  });
});
