/**
 * Regression tests for the disagreements issue 7 lists, each on the worked example: the
 * engine, the pane and the generated workbook (HyperFormula, native and SINV.* formulas)
 * must give one answer, and the engine's answer is the one the issue decided.
 */
import { appraise, isDomainError } from "../../src/engine";
import { parseScenario } from "../../src/scenario/parseScenario";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import { paneResult } from "../support/paneFigures";
import { registerSinvFunctions } from "../support/sinvPlugin";
import { workedExampleFile } from "../support/scenarioFiles";
import { differences, engineFigures, figuresOf } from "./figures";
import { disagreements, generated, recalculated } from "./workbookCheck";

beforeAll(() => registerSinvFunctions());

/** Every disagreement between the engine and the other faces, in words (the first ten and a count). */
function faceDisagreements(file: ScenarioFile): string[] {
  const pane = differences(engineFigures(file), figuresOf(paneResult(file))).map((d) => `pane ${d.figure}: engine ${JSON.stringify(d.left)}, pane ${JSON.stringify(d.right)}`);
  const workbook = (["native", "sinv"] as const).flatMap((formulas) => {
    const { plan, appraisal } = generated(file, formulas);
    return disagreements(file, plan, appraisal, recalculated(plan)).map((d) => `${formulas}: ${d}`);
  });
  const all = [...pane, ...workbook];
  return all.length > 10 ? [...all.slice(0, 10), `… and ${all.length - 10} more`] : all;
}

const inv = workedExampleFile.investment;
const effect = inv.effects[0]!;

test("actuals: only 2017's actual volume (8) given, every face repays 12 810 000 (the other years keep the plan)", () => {
  const file: ScenarioFile = { ...workedExampleFile, actuals: { volumes: { pupils: { "2017": 8 } } } };
  const a = appraise(file);
  expect(isDomainError(a) ? a.en : a.actualRepayment).toBe(12810000);
  expect(faceDisagreements(file)).toEqual([]);
});

test("discounting: base year 2019 at 3.5 %, every face gives the engine's window savings", () => {
  const file: ScenarioFile = { ...workedExampleFile, scenario: { discountRate: 0.035, baseYear: 2019 } };
  const a = appraise(file);
  expect(isDomainError(a) ? a.en : a.summary.windowSavings).toBeCloseTo(15302290.04, 2);
  expect(faceDisagreements(file)).toEqual([]);
});

test.each([
  ["a trailing space in the unit-cost code", { ...inv, effects: [{ ...effect, unitCostCode: "EXTERN_SKOLPLACERING " }] }],
  ["the unit-cost code in lower case", { ...inv, effects: [{ ...effect, unitCostCode: "extern_skolplacering" }] }],
  ["the target group and department referred to in another case with spaces", { ...inv, effects: [{ ...effect, targetGroupId: " Pupils", departmentId: "FSK " }] }],
  ["an id written with spaces around it in its own list", { ...inv, departments: [{ ...inv.departments[0]!, id: " fsk " }, inv.departments[1]!] }]
])("text: %s is accepted, approved by the engine, and every face agrees", (_name, investment) => {
  const file: ScenarioFile = { ...workedExampleFile, investment };
  expect(parseScenario(JSON.parse(JSON.stringify(file))).ok).toBe(true);
  const a = appraise(file);
  expect(isDomainError(a) ? a.en : a.summary.approved).toBe(true);
  expect(faceDisagreements(file)).toEqual([]);
});

test.each([
  ["a code with a wildcard", { ...inv, unitCosts: [{ ...inv.unitCosts[0]!, code: "SKOLA_*" }], effects: [{ ...effect, unitCostCode: "SKOLA_*" }] }, "investment.unitCosts[1].code"],
  ["a department id with a wildcard", { ...inv, departments: [{ ...inv.departments[0]!, id: "f*" }, inv.departments[1]!] }, "investment.departments[1].id"],
  ["numeric-looking ids", { ...inv, departments: [{ ...inv.departments[0]!, id: "1" }, { ...inv.departments[1]!, id: "01" }] }, "investment.departments[1].id"]
])("text: %s is refused with a message naming the field", (_name, investment, path) => {
  const parsed = parseScenario(JSON.parse(JSON.stringify({ ...workedExampleFile, investment })));
  expect(parsed.ok).toBe(false);
  expect(parsed.ok ? [] : parsed.errors.map((e) => e.path)).toContain(path);
});

test("text: an area written \"*\" beside another area is an area of its own in every face (eligible by two areas)", () => {
  const file: ScenarioFile = { ...workedExampleFile, investment: { ...inv, departments: [{ ...inv.departments[0]!, area: "*" }, inv.departments[1]!] } };
  expect(faceDisagreements(file)).toEqual([]);
});
