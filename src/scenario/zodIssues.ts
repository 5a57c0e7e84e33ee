import type { z } from "zod";
import { describeValue } from "./describeValue";
import { expectationMarker, expectationOfMessage } from "./expectations";
import { labelOfPath } from "./fieldLabels";
import type { ScenarioIssue } from "./issue";
import type { PathSegment } from "./issuePath";
import { formatPath } from "./issuePath";
import { nearestName } from "./nearestName";
import { OBJECT_KINDS, allowedKeys, kindOfUnknownKeyMessage } from "./strictObject";

/**
 * Turns zod's issues into scenario issues: a path counted from 1, and a message in Swedish
 * and English that names the field, says what was expected and what was found.
 */

type Words = { readonly sv: string; readonly en: string };
type Issue = z.core.$ZodIssue;

const TYPE_WORDS: Readonly<Record<string, Words>> = {
  number: { sv: "ett tal", en: "a number" },
  int: { sv: "ett heltal", en: "a whole number" },
  string: { sv: "text", en: "text" },
  boolean: { sv: "true eller false", en: "true or false" },
  object: { sv: "ett objekt { … }", en: "an object { … }" },
  record: { sv: "ett objekt { … }", en: "an object { … }" },
  array: { sv: "en lista [ … ]", en: "a list [ … ]" }
};

function segmentsOf(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((p) => (typeof p === "number" ? p : String(p)));
}

function listed(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(", ");
}

function genericExpectation(issue: Issue): Words {
  switch (issue.code) {
    case "invalid_type":
      return TYPE_WORDS[issue.expected] ?? { sv: issue.expected, en: issue.expected };
    case "too_small": {
      const n = String(issue.minimum);
      if (issue.origin === "array") return { sv: `en lista med minst ${n} element`, en: `a list with at least ${n} item${n === "1" ? "" : "s"}` };
      const op = issue.inclusive ? "≥" : ">";
      return { sv: `ett värde ${op} ${n}`, en: `a value ${op} ${n}` };
    }
    case "too_big": {
      const n = String(issue.maximum);
      if (issue.origin === "array") return { sv: `en lista med högst ${n} element`, en: `a list with at most ${n} items` };
      const op = issue.inclusive ? "≤" : "<";
      return { sv: `ett värde ${op} ${n}`, en: `a value ${op} ${n}` };
    }
    case "invalid_value":
      return issue.values.length === 1
        ? { sv: listed(issue.values), en: listed(issue.values) }
        : { sv: `ett av ${listed(issue.values)}`, en: `one of ${listed(issue.values)}` };
    default:
      return { sv: issue.message, en: issue.message };
  }
}

function capitalized(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function message(segments: readonly PathSegment[], expected: Words, found: Words | undefined, hint: Words = { sv: "", en: "" }): ScenarioIssue {
  const path = formatPath(segments);
  const label = labelOfPath(segments);
  const prefix = path === "" ? "" : `${path}: `;
  const sv = found === undefined ? `${prefix}${label.sv} saknas; förväntade ${expected.sv}.` : `${prefix}${label.sv} – förväntade ${expected.sv}, fick ${found.sv}.`;
  const en = found === undefined ? `${prefix}${label.en} is missing; expected ${expected.en}.` : `${prefix}${label.en} – expected ${expected.en}, found ${found.en}.`;
  // Paths keep their case; only a message about the whole file starts with its label.
  return path === "" ? { path, sv: capitalized(sv + hint.sv), en: capitalized(en + hint.en) } : { path, sv: sv + hint.sv, en: en + hint.en };
}

function unknownKeys(issue: Extract<Issue, { code: "unrecognized_keys" }>): ScenarioIssue[] {
  const kind = kindOfUnknownKeyMessage(issue.message);
  const allowed = kind ? allowedKeys(kind) : [];
  const where = kind ? OBJECT_KINDS[kind] : { sv: "objektet", en: "the object" };
  return issue.keys.map((key) => {
    const segments = [...segmentsOf(issue.path), key];
    const path = formatPath(segments);
    const guess = nearestName(key, allowed);
    const fields = allowed.join(", ");
    return {
      path,
      sv: `${path}: okänt fält ${JSON.stringify(key)} i ${where.sv}.${guess ? ` Menade du ${JSON.stringify(guess)}?` : ""} Förväntade ett av fälten ${fields}.`,
      en: `${path}: unknown field ${JSON.stringify(key)} in ${where.en}.${guess ? ` Did you mean ${JSON.stringify(guess)}?` : ""} Expected one of the fields ${fields}.`
    };
  });
}

function oneIssue(issue: Issue): ScenarioIssue[] {
  if (issue.code === "unrecognized_keys") return unknownKeys(issue);
  const segments = segmentsOf(issue.path);
  if (issue.code === "invalid_key") {
    const nested = issue.issues[0];
    const expected = (nested && expectationOfMessage(nested.message)) ?? { sv: "en giltig nyckel", en: "a valid key" };
    return [message(segments, expected, describeValue(segments[segments.length - 1]))];
  }
  const expected = expectationOfMessage(issue.message) ?? genericExpectation(issue);
  const input: unknown = "input" in issue ? issue.input : undefined;
  if (issue.code === "custom" && issue.message === expectationMarker("amountsOrStaff")) {
    // The only object-level rule: a cost line needs amounts or a staff basis.
    return [message(segments, expected, { sv: "inget av dem", en: "neither" })];
  }
  const found = input === undefined ? undefined : describeValue(input);
  let hint: Words | undefined;
  if (issue.code === "invalid_value" && typeof input === "string") {
    const guess = nearestName(input, issue.values.map((v) => String(v)));
    if (guess !== undefined) hint = { sv: ` Menade du ${JSON.stringify(guess)}?`, en: ` Did you mean ${JSON.stringify(guess)}?` };
  }
  return [message(segments, expected, found, hint)];
}

/**
 * Scenario issues from zod's issues, in zod's order, without duplicates. Parse with
 * `reportInput: true` so that messages can say what was found.
 *
 * @example
 * const r = scenarioFileSchema.safeParse({ ...file, format: "sinv/2" }, { reportInput: true });
 * issuesFromZod(r.error!.issues)[0].en;
 * // 'format: format version – expected the text "sinv-scenario/1", found the text "sinv/2".'
 */
export function issuesFromZod(issues: readonly Issue[]): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    for (const i of oneIssue(issue)) {
      const key = `${i.path}\u0000${i.en}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(i);
      }
    }
  }
  return out;
}
