/**
 * Regression of issue 7: the break-even factor is called a factor, and the break-even share
 * of the target group is given per effect, live, as the engine computes them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { appraise, isDomainError } from "../../src/engine";
import { parseScenario } from "../../src/scenario/parseScenario";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import { evaluatePlan, mismatches } from "../support/hyperformula";
import { buildPlan } from "../support/planEdits";
import { ROOT, workedExampleFile } from "../support/scenarioFiles";

function example(name: string): ScenarioFile {
  const parsed = parseScenario(JSON.parse(readFileSync(join(ROOT, "assets", "examples", name), "utf8")));
  if (!parsed.ok) throw new Error(name);
  return parsed.value;
}

/** The sensitivity sheet's break-even rows: label in A, value computed in C. */
function breakEvenRows(file: ScenarioFile, lang: "sv" | "en"): { labels: string[]; values: unknown[] } {
  const plan = buildPlan(file, lang);
  const computed = evaluatePlan(plan);
  expect(mismatches(plan, computed)).toEqual([]);
  const sheet = plan.sheets[7]!;
  const shareRows = sheet.cells.filter((c) => c.ref.startsWith("C") && c.formula?.includes("ISNUMBER"));
  const label = (ref: string): string => String(sheet.cells.find((c) => c.ref === `A${ref.slice(1)}`)?.value ?? "");
  const factorCell = sheet.cells.find((c) => c.ref.startsWith("C") && c.formula?.includes("$C$17") && !c.formula.includes("ISNUMBER"))!;
  return { labels: [label(factorCell.ref), ...shareRows.map((c) => label(c.ref))], values: [factorCell, ...shareRows].map((c) => computed.get(`${sheet.name}!${c.ref}`)) };
}

test("worked example: factor 0.753, break-even share 22.6 %, labelled faktor / factor", () => {
  const sv = breakEvenRows(workedExampleFile, "sv");
  expect(sv.labels[0]).toMatch(/faktor/i);
  expect(sv.values[0]).toBeCloseTo(0.7531, 4);
  expect(sv.values[1]).toBeCloseTo(0.2259, 4);
  expect(sv.labels[1]).toBe(workedExampleFile.investment.effects[0]!.name);
  const en = breakEvenRows(workedExampleFile, "en");
  expect(en.labels[0]).toMatch(/factor/i);
});

test("an investment with three municipal effects: one break-even share per effect, the engine's", () => {
  const file = example("orebro-team-oxhagen.json");
  const a = appraise(file);
  if (isDomainError(a)) throw new Error(a.en);
  const rows = breakEvenRows(file, "sv");
  const expected = [...a.evaluation.breakEvenShares.values()].map((x) => (x.gt(1) ? "Nås inte (över 100 %)" : x.toNumber()));
  expect(expected).toHaveLength(3);
  rows.values.slice(1).forEach((v, i) => (typeof expected[i] === "number" ? expect(v).toBeCloseTo(expected[i] as number, 8) : expect(v).toBe(expected[i])));
});
