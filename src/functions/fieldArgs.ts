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

/**
 * Whether every number in a scalar or a range keeps its field's bounds (other cells are
 * left to the parser). A fast path that computes without checking runs only when this
 * holds, so it never answers where the checked path refuses.
 *
 * @example
 * numbersWithin([[10, 20, 1e9]], "volumes"); // false (more than 10 000 000 individuals)
 * numbersWithin(3, "duration");              // true
 */
export function numbersWithin(value: unknown, field: NumberFieldName): boolean {
  const spec = FIELDS[field];
  const ok = (v: unknown): boolean => typeof v !== "number" || checkNumber(spec, v, "") === undefined;
  if (!Array.isArray(value)) return ok(value);
  for (const row of value) {
    if (!Array.isArray(row)) {
      if (!ok(row)) return false;
      continue;
    }
    for (const v of row) if (!ok(v)) return false;
  }
  return true;
}
