/**
 * What a number field accepts and the message it shows otherwise, in the user's language:
 * letters, negative numbers, shares above 100 %, years outside 1900–2200, decimals where
 * a whole number is needed, an empty field.
 */
import { MAX_YEAR, MIN_YEAR } from "../../engine/checks";
import { numberOfCell } from "../../scenario/cellValues";
import { formatInput, formatNumber } from "../i18n/format";
import type { PaneStrings } from "../i18n";

/** The kind of number a field holds. */
export type InputRule =
  | { readonly kind: "year" }
  /** A number ≥ 0, optionally whole, optionally at most `max`. */
  | { readonly kind: "number"; readonly whole?: boolean; readonly max?: number }
  /** A share typed as a percentage (30 means 0.3), 0 to `max` % (100 by default). */
  | { readonly kind: "percent"; readonly max?: number };

/** A field's text read as a number (the value the model holds), or why not. */
export type ParsedInput = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

/**
 * Reads a field. Accepts a decimal comma or point, spaces between thousands, a trailing
 * "kr" or "%" and a half-typed trailing separator ("0,").
 *
 * @example
 * parseInput("30", { kind: "percent" }, SV);      // { ok: true, value: 0.3 }
 * parseInput("120", { kind: "percent" }, SV);     // { ok: false, message: "Andelen kan vara högst 100 %." }
 * parseInput("tio", { kind: "number" }, SV);      // { ok: false, message: "”tio” är inte ett tal. …" }
 * parseInput("-5", { kind: "number" }, SV);       // { ok: false, message: "Får inte vara negativt." }
 * parseInput("2 017", { kind: "year" }, SV);      // { ok: true, value: 2017 }
 */
export function parseInput(text: string, rule: InputRule, strings: PaneStrings): ParsedInput {
  const v = strings.validation;
  const trimmed = text.trim().replace(/\s*%$/, "").replace(/[,.]$/, "");
  if (trimmed === "") return { ok: false, message: v.required };
  const n = numberOfCell(trimmed);
  if (n === undefined) {
    const ambiguous = /^-?\d+,\d{3}$/.test(trimmed.replace(/[\s\u00a0]/g, ""));
    return { ok: false, message: ambiguous ? v.ambiguous(text.trim()) : v.notNumber(text.trim()) };
  }
  if (n < 0) return { ok: false, message: v.negative };
  if (rule.kind === "year") {
    if (!Number.isInteger(n) || n < MIN_YEAR || n > MAX_YEAR) return { ok: false, message: v.yearRange };
    return { ok: true, value: n };
  }
  if (rule.kind === "percent") {
    const max = rule.max ?? 100;
    if (n > max) return { ok: false, message: v.percentAbove(max) };
    return { ok: true, value: Number((n / 100).toPrecision(12)) };
  }
  if (rule.whole && !Number.isInteger(n)) return { ok: false, message: v.notWhole };
  if (rule.max !== undefined && n > rule.max) return { ok: false, message: v.atMost(formatNumber(rule.max, 6)) };
  return { ok: true, value: n };
}

/**
 * A model value as its field shows it.
 *
 * @example
 * formatForInput(0.3, { kind: "percent" }); // "30"
 * formatForInput(2017, { kind: "year" });   // "2017"
 * formatForInput(0.35, { kind: "number" }); // "0,35"
 */
export function formatForInput(value: number, rule: InputRule): string {
  if (rule.kind === "year") return String(value);
  if (rule.kind === "percent") return formatInput(Number((value * 100).toPrecision(12)));
  return formatInput(value);
}
