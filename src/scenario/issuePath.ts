/**
 * Paths into a scenario file: segments as data (list positions 0-based, as in JavaScript),
 * rendered for people with list positions counted from 1.
 */

/** One step of a path: an object key, or a 0-based list position. */
export type PathSegment = string | number;

const PLAIN_KEY = /^[A-Za-z_$][\w$]*$|^\d+$/;

/**
 * Renders a path for messages: keys joined by dots, list positions 1-based in brackets,
 * keys that are not plain names (or digits) quoted in brackets.
 *
 * @example
 * formatPath(["investment", "effects", 1, "share"]);          // "investment.effects[2].share"
 * formatPath(["investment", "costLines", 0, "amounts", "2017"]); // "investment.costLines[1].amounts.2017"
 * formatPath(["actuals", "volumes", "elever år 1"]);          // 'actuals.volumes["elever år 1"]'
 */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s + 1}]`;
    else if (PLAIN_KEY.test(s)) out += out === "" ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

const ARG_TOKEN = /^(?:\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\.(\d+)|\s*\(([^)]*)\))/;

/**
 * Reads an engine argument name (`effects[2].share`, `costLines[1].amounts (2017)`,
 * `indexRates.2020`) back into segments. The engine counts list positions from 1, so
 * `[2]` becomes the 0-based position 1. Whatever cannot be read is kept as one key.
 *
 * @example
 * segmentsOfEngineArg("effects[2].share");             // ["effects", 1, "share"]
 * segmentsOfEngineArg("costLines[1].amounts (2017)");  // ["costLines", 0, "amounts", "2017"]
 */
export function segmentsOfEngineArg(arg: string): PathSegment[] {
  const out: PathSegment[] = [];
  let rest = arg.trim();
  while (rest !== "") {
    const m = ARG_TOKEN.exec(rest);
    if (!m) return [...out, rest];
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Math.max(0, Number(m[2]) - 1));
    else if (m[3] !== undefined) out.push(m[3]);
    else if (m[4] !== undefined) out.push(m[4].trim());
    rest = rest.slice(m[0].length);
  }
  return out;
}
