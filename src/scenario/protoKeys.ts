import type { ScenarioIssue } from "./issue";
import type { PathSegment } from "./issuePath";
import { formatPath } from "./issuePath";

/**
 * The key `__proto__` in a scenario file. JSON.parse keeps it as an ordinary key, but a
 * zod record skips it without a word (and assigning it to a plain object would replace
 * the object's prototype), so under `actuals.volumes`, `actuals.shares` or a year record it
 * would silently vanish. No field, year, id or code of the format is named `__proto__`
 * (ids begin with a letter), so it is refused wherever it stands, with its path.
 */

const PROTO = "__proto__";

/**
 * Every `__proto__` key in a parsed JSON value, as an issue with its path; walked without
 * recursion, so a deeply nested value cannot exhaust the stack.
 *
 * @example
 * protoKeyIssues(JSON.parse('{"actuals": {"volumes": {"__proto__": {"2017": 8}}}}'))[0].path;
 * // "actuals.volumes.__proto__"
 * protoKeyIssues({ actuals: { volumes: { pupils: {} } } }); // []
 */
export function protoKeyIssues(input: unknown): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  const todo: { value: unknown; path: PathSegment[] }[] = [{ value: input, path: [] }];
  for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
    const { value, path } = next;
    if (value === null || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      value.forEach((v, i) => todo.push({ value: v, path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(value)) {
      const at = [...path, key];
      if (key === PROTO) {
        const where = formatPath(at);
        out.push({
          path: where,
          sv: `${where}: nyckeln "__proto__" är inte tillåten; den är inget fält, årtal, id eller kod (id börjar med en bokstav). Ta bort den eller byt namn.`,
          en: `${where}: the key "__proto__" is not allowed; it is no field, year, id or code (ids begin with a letter). Remove or rename it.`
        });
      } else todo.push({ value: (value as Record<string, unknown>)[key], path: at });
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
