import type { PathSegment } from "./issuePath";
import { formatPath } from "./issuePath";

/**
 * Duplicate keys in a JSON object. JSON.parse keeps the last of two equal keys silently
 * (`{"share": 0.3, "share": 0.5}` reads 0.5); a scenario file refuses them instead. Keys
 * are compared as JSON decodes them (`"a"` and `"\u0061"` are the same key), exactly.
 */

/** A key given twice in one object, with where the second one stands. */
export interface DuplicateKey {
  /** The path of the duplicate (segments, list positions 0-based). */
  readonly path: readonly PathSegment[];
  /** 1-based line and column of the second key in the text. */
  readonly line: number;
  readonly column: number;
  /** The same for the first. */
  readonly firstLine: number;
}

interface ObjectFrame {
  readonly kind: "object";
  readonly keys: Map<string, number>;
  key: string | undefined;
  expectKey: boolean;
}

interface ArrayFrame {
  readonly kind: "array";
  index: number;
}

/** The end (exclusive) of the JSON string starting at `start` (its opening quote). */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
  return i + 1;
}

function pathOf(stack: readonly (ObjectFrame | ArrayFrame)[]): PathSegment[] {
  return stack.map((f) => (f.kind === "array" ? f.index : (f.key as string)));
}

/**
 * The first key that appears twice in one object of a valid JSON text, or undefined.
 * Iterative, so a deeply nested text cannot exhaust the stack. Call it only on text
 * JSON.parse accepted.
 *
 * @example
 * const d = findDuplicateKey('{"scenario": {"shareFactor": 1,\n "shareFactor": 2}}')!;
 * [d.path, d.line, d.column, d.firstLine]; // [["scenario", "shareFactor"], 2, 2, 1]
 * findDuplicateKey('[{"a": 1}, {"a": 2}]'); // undefined (two objects, one key each)
 */
export function findDuplicateKey(text: string): DuplicateKey | undefined {
  const stack: (ObjectFrame | ArrayFrame)[] = [];
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; ) {
    const c = text[i] as string;
    const top = stack[stack.length - 1];
    if (c === "\n") {
      line++;
      lineStart = i + 1;
      i++;
    } else if (c === "{") {
      stack.push({ kind: "object", keys: new Map(), key: undefined, expectKey: true });
      i++;
    } else if (c === "[") {
      stack.push({ kind: "array", index: 0 });
      i++;
    } else if (c === "}" || c === "]") {
      stack.pop();
      i++;
    } else if (c === ",") {
      if (top?.kind === "object") top.expectKey = true;
      else if (top?.kind === "array") top.index++;
      i++;
    } else if (c === '"') {
      const end = stringEnd(text, i);
      if (top?.kind === "object" && top.expectKey) {
        const key = JSON.parse(text.slice(i, end)) as string;
        const column = i - lineStart + 1;
        const first = top.keys.get(key);
        top.key = key;
        if (first !== undefined) return { path: pathOf(stack), line, column, firstLine: first };
        top.keys.set(key, line);
        top.expectKey = false;
      }
      i = end; // a string never holds a raw line break in valid JSON
    } else i++;
  }
  return undefined;
}

/**
 * The message for a key given twice, naming its path and both lines, in both languages.
 *
 * @example
 * duplicateKeyMessage({ path: ["investment", "name"], line: 4, column: 5, firstLine: 3 }).en;
 * // 'investment.name: the field "name" is given twice in one object (line 3 and line 4); JSON would silently take the last. Remove one of them.'
 */
export function duplicateKeyMessage(twice: DuplicateKey): { readonly path: string; readonly sv: string; readonly en: string } {
  const path = formatPath(twice.path);
  const key = JSON.stringify(twice.path[twice.path.length - 1]);
  return {
    path,
    sv: `${path}: fältet ${key} står två gånger i samma objekt (rad ${twice.firstLine} och rad ${twice.line}); JSON skulle tyst ta det sista. Ta bort det ena.`,
    en: `${path}: the field ${key} is given twice in one object (line ${twice.firstLine} and line ${twice.line}); JSON would silently take the last. Remove one of them.`
  };
}
