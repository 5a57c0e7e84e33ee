/**
 * The shapes of a field's rule: what kind of value it holds, its bounds and what it
 * expects, in words, in both languages. The field table ({@link FIELDS}) is made of these;
 * the scenario schema, the engine's validation, the pane's number fields and the custom
 * functions' argument checks all read them from there.
 */

/** A text in Swedish and English. */
export interface Words {
  readonly sv: string;
  readonly en: string;
}

/** The kinds of number the model knows. */
export type NumberKind = "money" | "signedMoney" | "volume" | "share" | "factor" | "rate" | "year" | "count" | "months" | "quantity";

/** A range a slider explores (a pane setting, narrower than what is valid). */
export interface ExploreRange {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/** A numeric field: finite, within [min, max] (or an open end where said), whole where said. */
export interface NumberSpec {
  readonly type: "number";
  readonly kind: NumberKind;
  readonly min: number;
  readonly max: number;
  /** The least value itself is refused (a rate > −1). */
  readonly minExclusive?: boolean;
  /** The greatest value itself is refused (deadweight < 1). */
  readonly maxExclusive?: boolean;
  readonly whole?: boolean;
  /** What the field expects, as a message says it. */
  readonly words: Words;
  /** For the pane's slider, where it has one. */
  readonly explore?: ExploreRange;
}

/** The kinds of text: an id or code (the key rule), non-empty text, or text that may be empty. */
export type TextKind = "key" | "text" | "freeText";

/** A text field: at most `maxLength` characters; a key also follows the key rule. */
export interface TextSpec {
  readonly type: "text";
  readonly kind: TextKind;
  readonly maxLength: number;
  readonly words: Words;
}

/** TRUE or FALSE. */
export interface BooleanSpec {
  readonly type: "boolean";
  readonly words: Words;
}

/** One of a list of words. */
export interface EnumSpec<T extends string = string> {
  readonly type: "enum";
  readonly values: readonly T[];
  readonly words: Words;
}

/** Any field's rule. */
export type FieldSpec = NumberSpec | TextSpec | BooleanSpec | EnumSpec;

/**
 * A number as messages write it: groups of three digits apart (a space, as the pane
 * formats kronor) when it is a large whole number, as it is otherwise.
 *
 * @example
 * boundText(1e12); // "1 000 000 000 000"
 * boundText(0.5);  // "0.5"
 */
export function boundText(n: number): string {
  if (!Number.isInteger(n) || Math.abs(n) < 10000) return String(n);
  return n.toLocaleString("en-US", { useGrouping: true }).replace(/,/g, " ");
}

/**
 * The range a number spec allows, as text: "0–12", "> −1 … 1".
 *
 * @example
 * rangeText({ min: 0, max: 12 }, "en");                    // "0–12"
 * rangeText({ min: -5, max: 5 }, "en");                    // "−5 … 5"
 * rangeText({ min: -1, max: 1, minExclusive: true }, "sv"); // "> −1 och ≤ 1"
 */
export function rangeText(spec: Pick<NumberSpec, "min" | "max" | "minExclusive" | "maxExclusive">, lang: "sv" | "en"): string {
  const and = lang === "sv" ? "och" : "and";
  const min = boundText(spec.min).replace("-", "−");
  const max = boundText(spec.max);
  if (!spec.minExclusive && !spec.maxExclusive) return spec.min < 0 ? `${min} … ${max}` : `${min}–${max}`;
  return `${spec.minExclusive ? ">" : "≥"} ${min} ${and} ${spec.maxExclusive ? "<" : "≤"} ${max}`;
}
