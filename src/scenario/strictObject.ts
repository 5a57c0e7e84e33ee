import { z } from "zod";

/**
 * Objects of the scenario format: strict (an unknown key is an error, so typos are caught),
 * each of a named kind whose allowed keys the issue formatter can list and match.
 */

/** The kinds of object in the scenario format, with their names in messages. */
export const OBJECT_KINDS = {
  file: { sv: "scenariofilen", en: "the scenario file" },
  rules: { sv: "regelvalet (rules)", en: "the rules choice (rules)" },
  overrides: { sv: "ändrade regelvärden (rules.overrides)", en: "the rule overrides (rules.overrides)" },
  investment: { sv: "satsningen (investment)", en: "the investment" },
  department: { sv: "en förvaltning (departments)", en: "a department" },
  partner: { sv: "en samverkanspart (partners)", en: "a partner" },
  costLine: { sv: "en kostnadsrad (costLines)", en: "a cost line" },
  staff: { sv: "ett personalunderlag (staff)", en: "a staff basis" },
  targetGroup: { sv: "en målgrupp (targetGroups)", en: "a target group" },
  unitCost: { sv: "en enhetskostnad (unitCosts)", en: "a unit cost" },
  effect: { sv: "en effekt (effects)", en: "an effect" },
  scenario: { sv: "scenariot (scenario)", en: "the scenario" },
  actuals: { sv: "utfallet (actuals)", en: "the actuals" },
  evaluationRow: { sv: "en rad i utvärderingsschemat (evaluationSchema)", en: "an evaluation schema row" },
  source: { sv: "en källa (sources)", en: "a source" },
  range: { sv: "ett intervall (low, high)", en: "a range (low, high)" },
  effectUncertainty: { sv: "effektens osäkerhet (uncertainty)", en: "the effect's uncertainty" },
  targetGroupUncertainty: { sv: "målgruppens osäkerhet (uncertainty)", en: "the target group's uncertainty" },
  unitCostUncertainty: { sv: "enhetskostnadens osäkerhet (uncertainty)", en: "the unit cost's uncertainty" },
  uncertainty: { sv: "osäkerhetsanalysen (uncertainty)", en: "the uncertainty analysis" }
} as const;

/** A kind of object in the scenario format. */
export type ObjectKind = keyof typeof OBJECT_KINDS;

const KEYS_MARK = "§keys:";
const knownKeys = new Map<ObjectKind, readonly string[]>();

/**
 * A strict zod object of a named kind. Its unknown-key issue carries the kind, so the
 * formatter can say which keys are allowed and suggest the nearest one.
 *
 * @example
 * const source = strictObject("source", { title: z.string(), url: z.string().optional() });
 * source.safeParse({ titel: "x" }).success; // false: "titel" is unknown, "title" is missing
 * allowedKeys("source"); // ["title", "url"]
 */
export function strictObject<T extends z.core.$ZodLooseShape>(kind: ObjectKind, shape: T) {
  knownKeys.set(kind, Object.keys(shape));
  return z.strictObject(shape, { error: (issue) => (issue.code === "unrecognized_keys" ? `${KEYS_MARK}${kind}` : undefined) });
}

/**
 * The keys an object kind allows (after its schema was built).
 *
 * @example
 * allowedKeys("source"); // ["title", "url"]
 */
export function allowedKeys(kind: ObjectKind): readonly string[] {
  return knownKeys.get(kind) ?? [];
}

/**
 * The object kind an unknown-key issue's message names, if any.
 *
 * @example
 * kindOfUnknownKeyMessage("§keys:effect"); // "effect"
 */
export function kindOfUnknownKeyMessage(message: string): ObjectKind | undefined {
  if (!message.startsWith(KEYS_MARK)) return undefined;
  const kind = message.slice(KEYS_MARK.length);
  return Object.prototype.hasOwnProperty.call(OBJECT_KINDS, kind) ? (kind as ObjectKind) : undefined;
}
