import { isDomainError } from "../engine/errors";
import { checkNumber } from "../engine/fields/checkField";
import type { NumberFieldName } from "../engine/fields/fieldTable";
import { FIELDS } from "../engine/fields/fieldTable";
import type { Result } from "../engine/result";
import { optionalNumber, requiredNumber } from "./cells";

/**
 * The custom functions' numeric arguments, read and checked against their field in the
 * field table (engine/fields): the same bounds, the same messages, as the scenario file
 * and the engine.
 */

/**
 * A required numeric argument within its field's bounds (whole where the field is).
 *
 * @example
 * requiredField(0.3, "share", "share");                // 0.3
 * (requiredField(1.5, "share", "share") as DomainError).key;  // "aboveMax"
 * (requiredField(2019.5, "endYear", "endYear") as DomainError).key; // "yearRange"
 */
export function requiredField(value: unknown, field: NumberFieldName, arg: string): Result<number> {
  const n = requiredNumber(value, arg);
  if (isDomainError(n)) return n;
  return checkNumber(FIELDS[field], n, arg) ?? n;
}

/**
 * An optional numeric argument: blank takes the fallback (which may be undefined),
 * anything else is a {@link requiredField}.
 *
 * @example
 * optionalField(null, "quantity", "quantity", 1);     // 1
 * optionalField("", "baseYear", "baseYear", undefined); // undefined
 */
export function optionalField<F extends number | undefined>(value: unknown, field: NumberFieldName, arg: string, fallback: F): Result<number | F> {
  const n = optionalNumber(value, arg, fallback);
  if (isDomainError(n) || n === undefined) return n;
  return checkNumber(FIELDS[field], n, arg) ?? n;
}
