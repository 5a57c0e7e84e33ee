/**
 * What a number field accepts and the message it shows otherwise, in the user's language:
 * letters, negative numbers, shares above 100 %, years outside the field table's, decimals
 * where a whole number is needed, an empty field. A field's rule comes from the field table
 * (engine/fields) through {@link ruleOfField}.
 */
import { checkNumber } from "../../engine/fields/checkField";
import type { NumberFieldName } from "../../engine/fields/fieldTable";
import { FIELDS } from "../../engine/fields/fieldTable";
import { numberOfCell } from "../../scenario/cellValues";
import { formatInput, formatNumber } from "../i18n/format";
import type { PaneStrings } from "../i18n";

/** The kind of number a field holds. */
export type InputRule =
  | { readonly kind: "year" }
  /** A number ≥ 0, optionally whole, optionally at most `max`; `individuals` warns (never refuses) when it is not whole. */
  | { readonly kind: "number"; readonly whole?: boolean; readonly max?: number; readonly individuals?: boolean }
  /** A share (or a rate) typed as a percentage (30 means 0.3), 0 to `max` % (100 by default). */
  | { readonly kind: "percent"; readonly max?: number; readonly maxExclusive?: boolean; readonly rate?: boolean };

/** A field's text read as a number (the value the model holds), or why not. */
export type ParsedInput = { readonly ok: true; readonly value: number; readonly warning?: string } | { readonly ok: false; readonly message: string };

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
    if (!Number.isInteger(n)) return { ok: false, message: strings.work.inputs.yearWhole };
    if (checkNumber(FIELDS.years, n, "year")) return { ok: false, message: v.yearRange };
    return { ok: true, value: n };
  }
  if (rule.kind === "percent") {
    const max = rule.max ?? 100;
    if (n > max) return { ok: false, message: rule.rate === true ? strings.work.inputs.rateAbove(max) : v.percentAbove(max) };
    if (rule.maxExclusive === true && n === max) return { ok: false, message: strings.work.effectFields.percentBelow(max) };
    const value = Number((n / 100).toPrecision(12));
    // A share typed as a fraction ("0,5") is read as per cent, and the field says so.
    if (rule.rate !== true && n > 0 && n < 1) return { ok: true, value, warning: strings.work.inputs.smallPercent(formatInput(n), formatInput(Number((n * 100).toPrecision(12)))) };
    return { ok: true, value };
  }
  if (rule.whole && !Number.isInteger(n)) return { ok: false, message: v.notWhole };
  if (rule.max !== undefined && n > rule.max) return { ok: false, message: v.atMost(formatNumber(rule.max, 6)) };
  if (rule.individuals === true && !Number.isInteger(n)) return { ok: true, value: n, warning: strings.work.inputs.notWholeIndividuals(formatInput(n)) };
  return { ok: true, value: n };
}

/**
 * The input rule of a field of the table: a year, a share or rate typed in per cent (at
 * most the field's maximum), or a number (whole where the field is, at most its maximum).
 * The pane refuses negative numbers everywhere, so a rate is 0 % or more here.
 *
 * @example
 * ruleOfField("share");        // { kind: "percent", max: 100 }
 * ruleOfField("duration");     // { kind: "number", whole: true, max: 100 }
 * ruleOfField("startYear");    // { kind: "year" }
 * ruleOfField("deadweight");   // { kind: "percent", max: 100, maxExclusive: true }
 */
export function ruleOfField(name: NumberFieldName): InputRule {
  const spec = FIELDS[name];
  if (spec.kind === "year") return { kind: "year" };
  if (spec.kind === "share" || spec.kind === "rate")
    return { kind: "percent", max: Number((spec.max * 100).toPrecision(12)), ...(spec.maxExclusive === true ? { maxExclusive: true } : {}), ...(spec.kind === "rate" ? { rate: true } : {}) };
  return { kind: "number", whole: spec.whole === true, max: spec.max, ...(spec.kind === "volume" ? { individuals: true } : {}) };
}

/**
 * A model value as its field shows it.
 *
 * @example
 * formatForInput(0.3, { kind: "percent" }); // "30"
 * formatForInput(2017, { kind: "year" });   // "2017"
 * formatForInput(0.35, { kind: "number" }); // "0,35"
 * formatForInput(3000000, { kind: "number" }); // "3 000 000"
 */
export function formatForInput(value: number, rule: InputRule): string {
  if (rule.kind === "year") return String(value);
  if (rule.kind === "percent") return formatInput(Number((value * 100).toPrecision(12)));
  // Amounts and volumes with a space between thousands ("3 000 000"), as the pane shows figures; the field reads them back.
  return formatNumber(value, 6).replace(/[\u00a0\u202f]/g, " ");
}
