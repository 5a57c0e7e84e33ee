import { z } from "zod";
import { checkYearKey } from "../engine/fields/checkField";
import type { EnumSpec } from "../engine/fields/fieldSpec";
import type { FieldName, NumberFieldName, TextFieldName } from "../engine/fields/fieldTable";
import { FIELDS } from "../engine/fields/fieldTable";
import { firstBadCharacter } from "../engine/fields/textCharacters";
import { isValidKey } from "../engine/key";
import type { ExpectationKey } from "./expectations";
import { expectationMarker } from "./expectations";

/**
 * The scenario format's leaves, built from the field table (engine/fields): a field's zod
 * schema has exactly the table's bounds, and every check carries the field's marker, so a
 * message says what the table says the field expects.
 */

/**
 * The zod message parameter for an expectation.
 *
 * @example
 * says("share"); // { error: "§share" }
 */
export function says(key: ExpectationKey): { error: string } {
  return { error: expectationMarker(key) };
}

/**
 * A numeric field: finite, whole where the table says, within its bounds.
 *
 * @example
 * numberField("months").safeParse(13).success; // false
 * numberField("months").safeParse(12).success; // true
 */
export function numberField(name: NumberFieldName): z.ZodNumber {
  const spec = FIELDS[name];
  const m = says(name);
  let s = z.number(m);
  if (spec.whole) s = s.int(m);
  s = spec.minExclusive ? s.gt(spec.min, m) : s.min(spec.min, m);
  return spec.maxExclusive ? s.lt(spec.max, m) : s.max(spec.max, m);
}

/**
 * A text field: at most the table's length, only characters a cell can hold; a key follows
 * the key rule, non-empty text has a character other than white space.
 *
 * @example
 * textField("id").safeParse("SKOLA_*").success;  // false
 * textField("text").safeParse(" ").success;      // false
 * textField("text").safeParse("A\uFFFE").success; // false
 */
export function textField(name: TextFieldName): z.ZodType<string> {
  const spec = FIELDS[name];
  const m = says(name);
  const s = z.string(m).max(spec.maxLength, m);
  if (spec.kind === "key") return s.refine(isValidKey, m);
  const cellText = s.refine((t) => firstBadCharacter(t) === undefined, m);
  return spec.kind === "text" ? cellText.regex(/\S/, m) : cellText;
}

/**
 * A choice field: one of the table's words (the formatter lists them and suggests the nearest).
 *
 * @example
 * enumField("payer").safeParse("Kommun").success; // false
 */
export function enumField<K extends { [N in FieldName]: (typeof FIELDS)[N] extends EnumSpec ? N : never }[FieldName]>(name: K) {
  const spec = FIELDS[name] as (typeof FIELDS)[K];
  return z.enum(spec.values as (typeof FIELDS)[K]["values"]);
}

/**
 * A true/false field.
 *
 * @example
 * booleanField("includeDuring").safeParse("ja").success; // false
 */
export function booleanField(name: "includeDuring" | "repaymentModel"): z.ZodBoolean {
  return z.boolean(says(name));
}

/**
 * A year as the key of a record (`"2017"`), within the table's years.
 *
 * @example
 * yearKey().safeParse("1850").success; // false
 */
export function yearKey(): z.ZodType<string> {
  return z.string(says("yearKey")).refine((k) => checkYearKey(k, k) === undefined, says("yearKey"));
}
