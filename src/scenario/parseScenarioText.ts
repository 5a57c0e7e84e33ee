import { duplicateKeyMessage, findDuplicateKey } from "./duplicateKeys";
import type { ScenarioIssue, ScenarioParseResult } from "./issue";
import { locateJsonError } from "./jsonSyntax";
import { parseScenario } from "./parseScenario";
import type { ScenarioFile } from "./scenarioFile";

function fileIssue(sv: string, en: string, line?: number, column?: number): ScenarioParseResult<ScenarioFile> {
  const issue: ScenarioIssue = line === undefined ? { path: "", sv, en } : { path: "", line, column, sv, en };
  return { ok: false, errors: [issue] };
}

/**
 * Reads a scenario file's text: JSON first (invalid JSON gives one issue with the line and
 * column of the first error; a key given twice in one object, which JSON.parse would take
 * the last of silently, one issue with the path), then {@link parseScenario}. One leading
 * byte-order mark, as some Windows editors write, is ignored; a second is refused. (Bytes
 * become text in decodeText.ts.) Never throws.
 *
 * @example
 * const r = parseScenarioText('{\n  "format": "sinv-scenario/1",\n}');
 * r.ok === false && [r.errors[0].line, r.errors[0].column]; // [3, 1]
 * r.ok === false && r.errors[0].en;
 * // 'Invalid JSON at line 3, column 1: expected a field name in double quotes, found the character "}". Remove the comma before it (JSON has no trailing commas).'
 * const d = parseScenarioText('{"format": "sinv-scenario/1",\n "format": "sinv-scenario/1"}');
 * d.ok === false && d.errors[0].path; // "format"
 */
export function parseScenarioText(text: string): ScenarioParseResult<ScenarioFile> {
  if (typeof text !== "string") {
    return { ok: false, errors: [{ path: "", sv: "Scenariofilen måste läsas som text.", en: "The scenario file must be read as text." }] };
  }
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (body.startsWith("\uFEFF")) {
    return fileIssue(
      "Scenariofilen börjar med två byteordningsmärken (BOM, U+FEFF); en editor har lagt till ett andra. Ta bort det första tecknet.",
      "The scenario file begins with two byte-order marks (BOM, U+FEFF); an editor added a second one. Delete the first character.",
      1,
      1
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    let at: ReturnType<typeof locateJsonError>;
    try {
      at = locateJsonError(body);
    } catch {
      at = undefined; // e.g. nesting too deep to scan: fall back to JSON.parse's own message
    }
    const line = at?.line ?? 1;
    const column = at?.column ?? 1;
    const why = at ?? { sv: String(error instanceof Error ? error.message : error), en: String(error instanceof Error ? error.message : error) };
    return {
      ok: false,
      errors: [
        {
          path: "",
          line,
          column,
          sv: `Ogiltig JSON på rad ${line}, kolumn ${column}: ${why.sv}`,
          en: `Invalid JSON at line ${line}, column ${column}: ${why.en}`
        }
      ]
    };
  }
  const twice = findDuplicateKey(body);
  if (twice) {
    return {
      ok: false,
      errors: [
        {
          ...duplicateKeyMessage(twice),
          line: twice.line,
          column: twice.column
        }
      ]
    };
  }
  return parseScenario(value);
}
