/**
 * Differential property: the generated workbook, recalculated by HyperFormula, gives the
 * engine's figures in every formula cell (its `expect`, 0.01 kr; booleans and text
 * exactly) and in every named result, with native formulas and with SINV.* formulas.
 */
import fc from "fast-check";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import { registerSinvFunctions } from "../support/sinvPlugin";
import { PROP_SEED, checkProperty } from "./propertyRun";
import { scenarioFiles } from "./scenarioArbitrary";
import { CONTRACT_NAMES } from "./workbookNames";
import { describeDisagreements, disagreements, generated, langOf, recalculated } from "./workbookCheck";

beforeAll(() => registerSinvFunctions());

function agrees(formulas: "native" | "sinv"): (file: ScenarioFile) => void {
  return (file) => {
    const { plan, appraisal } = generated(file, formulas);
    const found = disagreements(file, plan, appraisal, recalculated(plan));
    if (found.length > 0) throw new Error(describeDisagreements(formulas, langOf(file), found));
  };
}

describe(`HyperFormula recalculates generated workbooks to the engine's figures (seed ${PROP_SEED})`, () => {
  test("native formulas: every formula cell and every named result", () => {
    checkProperty("native workbook = engine", scenarioFiles(), 120, agrees("native"));
  }, 180_000);

  test("SINV.* formulas: every formula cell and every named result", () => {
    checkProperty("SINV.* workbook = engine", scenarioFiles(), 80, agrees("sinv"));
  }, 180_000);

  test("the workbook names every contract result (issue 7 adds SINV_Eligible and SINV_ActualRepayment)", () => {
    checkProperty("contract names", scenarioFiles(), 5, (file) => {
      const { plan } = generated(file, "native");
      const missing = CONTRACT_NAMES.filter((n) => !plan.names.some((p) => p.name === n));
      if (missing.length > 0) throw new Error(`the workbook lacks the name(s) ${missing.join(", ")}`);
    });
  });
});

test("the generator builds a formula for a random file (the properties above check something)", () => {
  const [file] = fc.sample(scenarioFiles(), { seed: PROP_SEED, numRuns: 1 });
  const { plan } = generated(file!, "native");
  expect(plan.sheets.flatMap((s) => s.cells).filter((c) => c.formula !== undefined && c.expect !== undefined).length).toBeGreaterThan(100);
});
