/**
 * Reads a fund file's text (`sinv-fund/1`) by the scenario file's rules: one leading
 * byte-order mark ignored and a second refused, invalid JSON with its line and column, a
 * key given twice refused with its path and lines, a `__proto__` key refused wherever it
 * stands, then the schema (every problem at once). Bytes become text in decodeText.ts.
 */
import { duplicateKeyMessage, findDuplicateKey } from "../../scenario/duplicateKeys";
import type { ScenarioIssue, ScenarioParseResult } from "../../scenario/issue";
import { locateJsonError } from "../../scenario/jsonSyntax";
import { protoKeyIssues } from "../../scenario/protoKeys";
import type { FundFile, FundFileItem } from "./fundFile";
import { fundIssuesFromZod } from "./fundIssues";
import { fundFileSchema } from "./fundSchema";

function failed(issue: ScenarioIssue): ScenarioParseResult<FundFile> {
  return { ok: false, errors: [issue] };
}

function parsedJson(body: string): { readonly value: unknown } | ScenarioIssue {
  try {
    return { value: JSON.parse(body) as unknown };
  } catch (error) {
    let at: ReturnType<typeof locateJsonError>;
    try {
      at = locateJsonError(body);
    } catch {
      at = undefined; // nesting too deep to scan: JSON.parse's own message
    }
    const line = at?.line ?? 1;
    const column = at?.column ?? 1;
    const raw = error instanceof Error ? error.message : String(error);
    const why = at ?? { sv: raw, en: raw };
    return { path: "", line, column, sv: `Ogiltig JSON på rad ${line}, kolumn ${column}: ${why.sv}`, en: `Invalid JSON at line ${line}, column ${column}: ${why.en}` };
  }
}

/**
 * Validates a fund file's value (parsed JSON): `__proto__` keys, then the schema; items
 * given as a bare path become `{ file }`. Never throws.
 *
 * @example
 * parseFund({ format: "sinv-fund/1", name: "Örebro", allocations: { "2013": 65e6 }, investments: ["a.json"] });
 * // { ok: true, value: { …, investments: [{ file: "a.json" }] } }
 */
export function parseFund(input: unknown): ScenarioParseResult<FundFile> {
  try {
    const proto = protoKeyIssues(input);
    if (proto.length > 0) return { ok: false, errors: proto };
    const parsed = fundFileSchema.safeParse(input, { reportInput: true });
    if (!parsed.success) return { ok: false, errors: fundIssuesFromZod(parsed.error.issues) };
    const investments: FundFileItem[] = parsed.data.investments.map((i) => (typeof i === "string" ? { file: i } : i));
    return { ok: true, value: { ...parsed.data, investments } };
  } catch (error) {
    const what = error instanceof Error ? error.message : String(error);
    return failed({
      path: "",
      sv: `Fondfilen kunde inte kontrolleras (internt fel: ${what}). Rapportera felet tillsammans med filen.`,
      en: `The fund file could not be checked (internal error: ${what}). Please report this together with the file.`
    });
  }
}

/**
 * Reads a fund file's text. Never throws.
 *
 * @example
 * const r = parseFundText('{"format": "sinv-fund/1",\n "format": "sinv-fund/1"}');
 * r.ok === false && r.errors[0].path; // "format"
 */
export function parseFundText(text: string): ScenarioParseResult<FundFile> {
  if (typeof text !== "string") return failed({ path: "", sv: "Fondfilen måste läsas som text.", en: "The fund file must be read as text." });
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (body.startsWith("\uFEFF")) {
    return failed({
      path: "",
      line: 1,
      column: 1,
      sv: "Fondfilen börjar med två byteordningsmärken (BOM, U+FEFF); en editor har lagt till ett andra. Ta bort det första tecknet.",
      en: "The fund file begins with two byte-order marks (BOM, U+FEFF); an editor added a second one. Delete the first character."
    });
  }
  const json = parsedJson(body);
  if (!("value" in json)) return failed(json);
  const twice = findDuplicateKey(body);
  if (twice) return failed({ ...duplicateKeyMessage(twice), line: twice.line, column: twice.column });
  return parseFund(json.value);
}
