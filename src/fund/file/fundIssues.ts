/**
 * Turns zod's issues on a fund file into issues with a path (list positions from 1) and a
 * message in Swedish and English that names the field, says what was expected and what was
 * found — as the scenario file's messages do (src/scenario/zodIssues.ts).
 */
import type { z } from "zod";
import { describeValue } from "../../scenario/describeValue";
import { expectationOfMessage } from "../../scenario/expectations";
import type { ScenarioIssue } from "../../scenario/issue";
import type { PathSegment } from "../../scenario/issuePath";
import { formatPath } from "../../scenario/issuePath";
import { nearestName } from "../../scenario/nearestName";
import { FUND_EXPECTATIONS, FUND_OBJECTS, fundLabelOfPath } from "./fundLabels";
import { fundExpectationKey, fundObjectOfKeysMessage } from "./fundSchema";

type Words = { readonly sv: string; readonly en: string };
type Issue = z.core.$ZodIssue;

const TYPE_WORDS: Readonly<Record<string, Words>> = {
  number: { sv: "ett tal", en: "a number" },
  string: { sv: "text", en: "text" },
  object: { sv: "ett objekt { … }", en: "an object { … }" },
  record: { sv: "ett objekt { … }", en: "an object { … }" },
  array: { sv: "en lista [ … ]", en: "a list [ … ]" }
};

function expectation(issue: Issue): Words {
  const own = fundExpectationKey(issue.message);
  if (own !== undefined) return FUND_EXPECTATIONS[own];
  const field = expectationOfMessage(issue.message);
  if (field) return field;
  if (issue.code === "invalid_type") return TYPE_WORDS[issue.expected] ?? { sv: issue.expected, en: issue.expected };
  return { sv: issue.message, en: issue.message };
}

function message(segments: readonly PathSegment[], expected: Words, found: Words | undefined, hint: Words = { sv: "", en: "" }): ScenarioIssue {
  const path = formatPath(segments);
  const label = fundLabelOfPath(segments);
  const prefix = path === "" ? "" : `${path}: `;
  const sv = found === undefined ? `${prefix}${label.sv} saknas; förväntade ${expected.sv}.` : `${prefix}${label.sv} – förväntade ${expected.sv}, fick ${found.sv}.`;
  const en = found === undefined ? `${prefix}${label.en} is missing; expected ${expected.en}.` : `${prefix}${label.en} – expected ${expected.en}, found ${found.en}.`;
  const cap = (s: string): string => (path === "" ? s.charAt(0).toUpperCase() + s.slice(1) : s);
  return { path, sv: cap(sv + hint.sv), en: cap(en + hint.en) };
}

function unknownKeys(issue: Extract<Issue, { code: "unrecognized_keys" }>, base: readonly PathSegment[]): ScenarioIssue[] {
  const kind = fundObjectOfKeysMessage(issue.message) ?? "fund";
  const where = FUND_OBJECTS[kind];
  return issue.keys.map((key) => {
    const path = formatPath([...base, ...issue.path.map(String), key]);
    const guess = nearestName(key, where.keys);
    const fields = where.keys.join(", ");
    return {
      path,
      sv: `${path}: okänt fält ${JSON.stringify(key)} i ${where.sv}.${guess ? ` Menade du ${JSON.stringify(guess)}?` : ""} Förväntade ett av fälten ${fields}.`,
      en: `${path}: unknown field ${JSON.stringify(key)} in ${where.en}.${guess ? ` Did you mean ${JSON.stringify(guess)}?` : ""} Expected one of the fields ${fields}.`
    };
  });
}

function isPlainObject(v: unknown): boolean {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function oneIssue(issue: Issue, base: readonly PathSegment[]): ScenarioIssue[] {
  const segments: PathSegment[] = [...base, ...issue.path.map((p) => (typeof p === "number" ? p : String(p)))];
  if (issue.code === "unrecognized_keys") return unknownKeys(issue, base);
  const input: unknown = "input" in issue ? issue.input : undefined;
  if (issue.code === "invalid_union") {
    // An item is a path or an object: report the problems of the form it has.
    const option = typeof input === "string" ? issue.errors[0] : isPlainObject(input) ? issue.errors[1] : undefined;
    if (option && option.length > 0) return option.flatMap((i) => oneIssue(i, segments));
    return [message(segments, FUND_EXPECTATIONS.item, describeValue(input))];
  }
  if (issue.code === "invalid_key") {
    const nested = issue.issues[0];
    const expected = (nested && expectationOfMessage(nested.message)) ?? { sv: "en giltig nyckel", en: "a valid key" };
    return [message(segments, expected, describeValue(segments[segments.length - 1]))];
  }
  const found = input === undefined ? undefined : describeValue(input);
  let hint: Words | undefined;
  if (issue.code === "invalid_value" && typeof input === "string") {
    const guess = nearestName(input, issue.values.map((v) => String(v)));
    if (guess !== undefined) hint = { sv: ` Menade du ${JSON.stringify(guess)}?`, en: ` Did you mean ${JSON.stringify(guess)}?` };
  }
  return [message(segments, expectation(issue), found, hint)];
}

/**
 * Fund-file issues from zod's issues, in zod's order, without duplicates. Parse with
 * `reportInput: true` so that messages can say what was found.
 *
 * @example
 * const r = fundFileSchema.safeParse({ ...fund, investments: [{ file: "a.json", status: "granded" }] }, { reportInput: true });
 * fundIssuesFromZod(r.error!.issues)[0].en;
 * // 'investments[1].status: status – expected one of "applied", "granted", …, found the text "granded". Did you mean "granted"?'
 */
export function fundIssuesFromZod(issues: readonly Issue[]): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    for (const i of oneIssue(issue, [])) {
      const key = `${i.path}\u0000${i.en}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(i);
      }
    }
  }
  return out;
}
