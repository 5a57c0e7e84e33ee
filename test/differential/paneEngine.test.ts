/**
 * Differential property: on random valid scenario files the pane shows the engine's
 * figures (appraise), every one of them: summary, savings per year and department, the
 * effects, the follow-up with its actuals completed year by year and its repayment.
 */
import { appraise, isDomainError } from "../../src/engine";
import { parseScenario } from "../../src/scenario/parseScenario";
import { paneResult } from "../support/paneFigures";
import { differences, engineFigures, figuresOf } from "./figures";
import { PROP_SEED, checkProperty } from "./propertyRun";
import { scenarioFiles } from "./scenarioArbitrary";

describe(`random valid scenario files (seed ${PROP_SEED})`, () => {
  test("are valid: the scenario check accepts them and the engine evaluates them and their follow-up", () => {
    checkProperty("valid by construction", scenarioFiles(), 300, (file) => {
      const parsed = parseScenario(JSON.parse(JSON.stringify(file)));
      if (!parsed.ok) throw new Error(`the file is refused: ${parsed.errors.map((e) => e.en).join("; ")}`);
      const a = appraise(file);
      if (isDomainError(a)) throw new Error(`the engine refuses the file: ${a.en}`);
      if (isDomainError(a.followUp)) throw new Error(`the engine cannot follow the file up: ${a.followUp.en}`);
    });
  });

  test("the pane shows the engine's figures (0.01 kr; shares exactly)", () => {
    checkProperty("pane = engine", scenarioFiles(), 300, (file) => {
      const diff = differences(engineFigures(file), figuresOf(paneResult(file)));
      if (diff.length > 0) {
        throw new Error(`${diff.length} figure(s) differ (engine | pane):\n${diff.slice(0, 12).map((d) => `  ${d.figure}: ${JSON.stringify(d.left)} | ${JSON.stringify(d.right)}`).join("\n")}`);
      }
    });
  });
});
