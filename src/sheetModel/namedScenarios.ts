/**
 * Named scenarios as the workbook stores them: a finance director's settings under a name,
 * kept in the file itself (Office document settings; a field in the memory workbook) so
 * they travel with it. Stored as one JSON text with a format tag, read back strictly.
 */
import { WorkbookError } from "./workbookError";

/** The scenario settings the finance director controls. */
export interface ScenarioSettings {
  /** Multiplier on every effect's share (1 = as planned). */
  readonly shareFactor: number;
  /** Multiplier on every target group's volumes. */
  readonly volumeFactor: number;
  /** Multiplier on every unit cost. */
  readonly unitCostFactor: number;
  /** Discount rate as a share (0.035 = 3.5 %). */
  readonly discountRate: number;
  /** Count savings during the investment in the approval test. */
  readonly includeDuring: boolean;
}

/** A scenario with its name. */
export interface NamedScenario {
  readonly name: string;
  readonly settings: ScenarioSettings;
}

/** The document setting the scenarios are stored under. */
export const SCENARIOS_SETTING = "sinv.scenarios";

/** The format tag of the stored text. */
export const SCENARIOS_FORMAT = "sinv-scenarios/1";

/**
 * The stored text of a list of scenarios.
 *
 * @example
 * serializeScenarios([{ name: "Hälften", settings: { shareFactor: 0.5, volumeFactor: 1, unitCostFactor: 1, discountRate: 0, includeDuring: false } }]);
 * // '{"format":"sinv-scenarios/1","scenarios":[{"name":"Hälften","settings":{"shareFactor":0.5,…}}]}'
 */
export function serializeScenarios(list: readonly NamedScenario[]): string {
  return JSON.stringify({ format: SCENARIOS_FORMAT, scenarios: list.map((s) => ({ name: s.name, settings: { ...s.settings } })) });
}

function finite(value: unknown, what: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) throw new Error(`${what} is not a number ≥ 0`);
  return value;
}

function settingsOf(value: unknown, where: string): ScenarioSettings {
  if (typeof value !== "object" || value === null) throw new Error(`${where}.settings is missing`);
  const s = value as Record<string, unknown>;
  if (typeof s.includeDuring !== "boolean") throw new Error(`${where}.settings.includeDuring is not true/false`);
  return {
    shareFactor: finite(s.shareFactor, `${where}.settings.shareFactor`),
    volumeFactor: finite(s.volumeFactor, `${where}.settings.volumeFactor`),
    unitCostFactor: finite(s.unitCostFactor, `${where}.settings.unitCostFactor`),
    discountRate: finite(s.discountRate, `${where}.settings.discountRate`),
    includeDuring: s.includeDuring
  };
}

/**
 * Reads stored scenarios back. Nothing stored (undefined, null or "") is an empty list; a
 * text that is not what {@link serializeScenarios} writes throws a {@link WorkbookError}
 * "scenariosUnreadable" naming the first problem.
 *
 * @example
 * parseScenarios(undefined); // []
 * parseScenarios(serializeScenarios(list))[0].settings.shareFactor; // 0.5
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
      return { name: e.name, settings: settingsOf(e.settings, where) };
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new WorkbookError("scenariosUnreadable", { reason: /[.!?]$/.test(reason) ? reason : `${reason}.` }, error);
  }
}
