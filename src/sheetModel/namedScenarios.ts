/**
 * Named scenarios as the workbook stores them: a finance director's scenario (the engine's
 * {@link Scenario}) under a name, kept in the file itself (Office document settings; a field
 * in the memory workbook) so they travel with it. Stored as one JSON text with a format
 * tag, read back strictly: every value is checked by the engine's own scenario rules.
 *
 * Lists written before the base year existed (the five keys shareFactor, volumeFactor,
 * unitCostFactor, discountRate, includeDuring) read as they are; baseYear and horizonYears
 * are optional, and a value left out is decided by the engine (rules, start year).
 */
import type { Scenario } from "../engine";
import { isDomainError, validateScenario } from "../engine";
import { WorkbookError } from "./workbookError";

/** A scenario with its name. */
export interface NamedScenario {
  readonly name: string;
  readonly scenario: Scenario;
}

/** The document setting the scenarios are stored under. */
export const SCENARIOS_SETTING = "sinv.scenarios";

/** The format tag of the stored text. */
export const SCENARIOS_FORMAT = "sinv-scenarios/1";

const NUMBERS = ["shareFactor", "volumeFactor", "unitCostFactor", "discountRate", "baseYear", "horizonYears"] as const;

/**
 * The stored text of a list of scenarios (each scenario under the key `settings`, as the
 * format has always had it).
 *
 * @example
 * serializeScenarios([{ name: "Hälften", scenario: { shareFactor: 0.5, baseYear: 2019 } }]);
 * // '{"format":"sinv-scenarios/1","scenarios":[{"name":"Hälften","settings":{"shareFactor":0.5,"baseYear":2019}}]}'
 */
export function serializeScenarios(list: readonly NamedScenario[]): string {
  return JSON.stringify({ format: SCENARIOS_FORMAT, scenarios: list.map((s) => ({ name: s.name, settings: { ...s.scenario } })) });
}

function scenarioOf(value: unknown, where: string): Scenario {
  if (typeof value !== "object" || value === null) throw new Error(`${where}.settings is missing`);
  const s = value as Record<string, unknown>;
  const out: Record<string, number | boolean> = {};
  for (const key of NUMBERS) {
    const v = s[key];
    if (v === undefined) continue;
    if (typeof v !== "number" || !Number.isFinite(v)) throw new Error(`${where}.settings.${key} is not a number`);
    out[key] = v;
  }
  if (s.includeDuring !== undefined) {
    if (typeof s.includeDuring !== "boolean") throw new Error(`${where}.settings.includeDuring is not true/false`);
    out.includeDuring = s.includeDuring;
  }
  const checked = validateScenario(out as Scenario);
  if (isDomainError(checked)) throw new Error(`${where}: ${checked.en}`);
  return checked;
}

/**
 * Reads stored scenarios back. Nothing stored (undefined, null or "") is an empty list; a
 * text that is not what {@link serializeScenarios} writes throws a {@link WorkbookError}
 * "scenariosUnreadable" naming the first problem.
 *
 * @example
 * parseScenarios(undefined); // []
 * parseScenarios('{"format":"sinv-scenarios/1","scenarios":[{"name":"Hälften","settings":{"shareFactor":0.5,"volumeFactor":1,"unitCostFactor":1,"discountRate":0,"includeDuring":false}}]}')[0].scenario.shareFactor; // 0.5
 * parseScenarios("{}"); // throws: "… cannot be read: the format is not sinv-scenarios/1."
 */
export function parseScenarios(stored: unknown): NamedScenario[] {
  if (stored === undefined || stored === null || stored === "") return [];
  try {
    const value: unknown = typeof stored === "string" ? JSON.parse(stored) : stored;
    const root = value as { format?: unknown; scenarios?: unknown };
    if (typeof value !== "object" || value === null || root.format !== SCENARIOS_FORMAT) throw new Error(`the format is not ${SCENARIOS_FORMAT}`);
    if (!Array.isArray(root.scenarios)) throw new Error("scenarios is not a list");
    const seen = new Set<string>();
    return root.scenarios.map((entry: unknown, i: number) => {
      const where = `scenarios[${i + 1}]`;
      const e = entry as { name?: unknown; settings?: unknown };
      if (typeof entry !== "object" || entry === null || typeof e.name !== "string" || e.name.trim() === "") throw new Error(`${where}.name is missing`);
      const key = e.name.trim().toLowerCase();
      if (seen.has(key)) throw new Error(`the name ${JSON.stringify(e.name)} appears twice`);
      seen.add(key);
      return { name: e.name, scenario: scenarioOf(e.settings, where) };
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new WorkbookError("scenariosUnreadable", { reason: /[.!?]$/.test(reason) ? reason : `${reason}.` }, error);
  }
}
