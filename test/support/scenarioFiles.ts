import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import type { Template } from "../../src/workbook/template";
import { parseTemplate } from "../../src/workbook/template";
import { workedExample } from "../fixtures/workedExample";

/** The project's root folder. */
export const ROOT = join(__dirname, "..", "..");

/** The worked example as a scenario file (Örebro 2013–2019 rules). */
export const workedExampleFile: ScenarioFile = {
  format: "sinv-scenario/1",
  rules: { preset: "orebro-2013-2019" },
  investment: workedExample,
  notes: ["Räkneexempel från FUNCTIONS.md; enhetskostnaden 900 000 kr är illustrativ."]
};

/**
 * The default template shipped in assets/templates/orebro.json.
 *
 * @example
 * orebroTemplate().sheets.overview.sv; // "Översikt"
 */
export function orebroTemplate(): Template {
  const parsed = parseTemplate(JSON.parse(readFileSync(join(ROOT, "assets", "templates", "orebro.json"), "utf8")));
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.en).join("\n"));
  return parsed.value;
}
