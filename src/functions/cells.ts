import { domainError, isDomainError } from "../engine/errors";
import type { Result } from "../engine/result";

/**
 * Parsing of scalar cell values as Excel hands them to a custom function: checks of type,
 * never arithmetic and never a range (a value's range is its field's, checked by
 * `fieldArgs`). Positions in messages are 1-based: `volumes[3]`.
 */

/**
 * Blank means null, undefined or "".
 *
 * @example
 * isBlank(""); // true
 * isBlank(0);  // false
 */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/**
 * How a wrong value is named in a message.
 *
 * @example
 * describe("100"); // 'text "100"'
 */
export function describe(value: unknown): string {
  if (typeof value === "string") return `text "${value.length > 30 ? value.slice(0, 30) + "…" : value}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return "a range";
  if (value instanceof Error) return "an error value";
  return typeof value;
}

/**
 * The label of a cell within a range argument.
 *
 * @example
 * at("volumes", 3); // "volumes[3]"
 */
export function at(arg: string, pos: number): string {
  return `${arg}[${pos}]`;
}

/** A finite JavaScript number, or the error naming the argument. */
function finiteNumber(value: unknown, arg: string): Result<number> {
  if (typeof value !== "number" || !Number.isFinite(value)) return domainError("notNumber", { arg, got: describe(value) });
  return value;
}

/**
 * A required numeric argument: a finite number (the engine reads it as the decimal its
 * shortest representation stands for).
 *
 * @example
 * requiredNumber(0.3, "share"); // 0.3
 * (requiredNumber("100", "cost") as DomainError).code; // "#VALUE!"
 */
export function requiredNumber(value: unknown, arg: string): Result<number> {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  const v = unwrapScalar(value, arg);
  if (isDomainError(v)) return v;
  if (isBlank(v)) return domainError("required", { arg });
  return finiteNumber(v, arg);
}

/**
 * An optional numeric argument: blank takes the default (which may be undefined).
 *
 * @example
 * optionalNumber(null, "quantity", 1); // 1
 */
export function optionalNumber<F extends number | undefined>(value: unknown, arg: string, fallback: F): Result<number | F> {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  const v = unwrapScalar(value, arg);
  if (isDomainError(v)) return v;
  return isBlank(v) ? fallback : requiredNumber(v, arg);
}

/**
 * An optional logical argument: TRUE/FALSE (or 1/0 as Excel allows); blank gives the default.
 *
 * @example
 * optionalBoolean(true, "includeDuring", false); // true
 */
export function optionalBoolean(value: unknown, arg: string, fallback: boolean): Result<boolean> {
  const v = unwrapScalar(value, arg);
  if (isDomainError(v)) return v;
  if (isBlank(v)) return fallback;
  if (typeof v === "boolean") return v;
  if (v === 0 || v === 1) return v === 1;
  return domainError("notBoolean", { arg, got: describe(v) });
}

/**
 * A required text argument (a code); numbers are read as their text.
 *
 * @example
 * requiredText(" hvb_dygn ", "code"); // " hvb_dygn "
 */
export function requiredText(value: unknown, arg: string): Result<string> {
  const v = unwrapScalar(value, arg);
  if (isDomainError(v)) return v;
  if (isBlank(v)) return domainError("required", { arg });
  if (typeof v === "string") return v;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return domainError("notText", { arg, got: describe(v) });
}

/** A scalar argument given as a 1 × 1 range is read as its cell; a larger range is an error. */
function unwrapScalar(value: unknown, arg: string): unknown {
  if (!Array.isArray(value)) return value;
  const rows = value.length;
  const first: unknown = value[0];
  const cols = Array.isArray(first) ? first.length : 1;
  if (rows === 1 && cols === 1) return Array.isArray(first) ? first[0] : first;
  return domainError("notNumber", { arg, got: `${describe(value)} (${rows} × ${cols})` });
}

