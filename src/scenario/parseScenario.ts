import { checkScenarioFile } from "./crossChecks";
import type { ScenarioIssue, ScenarioParseResult } from "./issue";
import { protoKeyIssues } from "./protoKeys";
import { scenarioFileSchema } from "./schema";
import type { ScenarioFile } from "./scenarioFile";
import { issuesFromZod } from "./zodIssues";

function internalIssue(error: unknown): ScenarioIssue {
  const what = error instanceof Error ? error.message : String(error);
  return {
    path: "",
    sv: `Scenariofilen kunde inte kontrolleras (internt fel: ${what}). Rapportera felet tillsammans med filen.`,
    en: `The scenario file could not be checked (internal error: ${what}). Please report this together with the file.`
  };
}

/**
 * Validates a scenario file's value (parsed JSON) into a {@link ScenarioFile}. First the
 * schema (every problem at once, each with its path and a message in Swedish and English),
 * then, when the shape is right, the rules, the engine's validation and the references
 * between ids. Never throws: any input gives `{ ok: true, value }` or `{ ok: false, errors }`.
 *
 * @example
 * // A worked-example file whose first effect has share 1.5:
 * const r = parseScenario({ ...file, investment: { ...inv, effects: [{ ...effect, share: 1.5 }] } });
 * r.ok;                // false
 * r.errors[0].path;    // "investment.effects[1].share"
 * r.errors[0].en;      // "investment.effects[1].share: share – expected a share between 0 and 1 (0.3 means 30 %), found the number 1.5."
 * parseScenario(42).ok; // false: "The scenario file – expected an object { … }, found the number 42."
 */
export function parseScenario(input: unknown): ScenarioParseResult<ScenarioFile> {
  try {
    // Before the schema: zod's records skip a "__proto__" key silently.
    const proto = protoKeyIssues(input);
    if (proto.length > 0) return { ok: false, errors: proto };
    const parsed = scenarioFileSchema.safeParse(input, { reportInput: true });
    if (!parsed.success) return { ok: false, errors: issuesFromZod(parsed.error.issues) };
    const file: ScenarioFile = parsed.data;
    const errors = checkScenarioFile(file);
    return errors.length > 0 ? { ok: false, errors } : { ok: true, value: file };
  } catch (error) {
    return { ok: false, errors: [internalIssue(error)] };
  }
}
