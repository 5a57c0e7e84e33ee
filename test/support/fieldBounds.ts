import type { NumberSpec, TextSpec } from "../../src/engine/fields/fieldSpec";

/** Boundary values of a field: each valid value just inside, each invalid one just outside. */
export interface Bounds {
  readonly inside: readonly unknown[];
  readonly outside: readonly unknown[];
  /** Refused by the file format only: a blank name (the engine evaluates drafts with names not typed yet). */
  readonly outsideInFilesOnly?: readonly unknown[];
}

/** The smallest step that leaves a bound (1 for whole numbers, a relative hair otherwise). */
function step(spec: NumberSpec, at: number): number {
  return spec.whole || spec.kind === "year" ? 1 : Math.max(1e-6, Math.abs(at) * 1e-9);
}

/**
 * A numeric field's boundary values: the bounds themselves (or a hair inside an open end)
 * are valid; a hair outside (or an open end itself), a non-whole value of a whole field
 * and a non-finite number are not.
 */
export function numberBounds(spec: NumberSpec): Bounds {
  const lo = spec.minExclusive ? spec.min + step(spec, spec.min) : spec.min;
  const hi = spec.maxExclusive ? spec.max - step(spec, spec.max) : spec.max;
  const below = spec.minExclusive ? spec.min : spec.min - step(spec, spec.min);
  const above = spec.maxExclusive ? spec.max : spec.max + step(spec, spec.max);
  // A whole step outside too: fast paths take whole numbers only, and must refuse them as well.
  const outside: unknown[] = [below, above, spec.min - 1, spec.max + 1];
  if (spec.whole || spec.kind === "year") outside.push(spec.min + 0.5);
  return { inside: [lo, hi], outside };
}

/** Characters no text field may hold (engine/fields/textCharacters.ts): C0 and C1 controls, DEL, lone surrogates, U+FFFE, U+FFFF. */
export const BAD_CHARACTERS: readonly string[] = ["\u0000", "\u0007", "\u000b", "\u001f", "\u007f", "\u0085", "\u009f", "\ud800", "\udfff", "\ufffe", "\uffff"];

/**
 * A text field's boundary values: the longest valid text in, one character more out; blank
 * out where text must not be empty; prose with a tab, line breaks and a character outside
 * the basic plane in, each refused character out (inside a word, where it hides).
 */
export function textBounds(spec: TextSpec): Bounds {
  const longest = "A".repeat(spec.maxLength);
  const outside: unknown[] = [`${longest}A`, ...BAD_CHARACTERS.map((c) => `Ab${c}c`)];
  if (spec.kind === "key") outside.push(" ", "SKOLA_*", "Ab\tc", "Ab\nc");
  const prose = spec.kind === "key" ? [] : ["Rad 1\r\nRad 2\tslut 😀"];
  return { inside: [longest, spec.kind === "freeText" ? "" : "Ab", ...prose], outside, outsideInFilesOnly: spec.kind === "text" ? [" ", ""] : [] };
}
