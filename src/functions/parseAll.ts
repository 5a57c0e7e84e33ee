import type { DomainError } from "../engine/errors";
import { isDomainError } from "../engine/errors";
import type { Result } from "../engine/result";

/** The parsed values of a table of parsers. */
export type Parsed<T extends Record<string, () => unknown>> = { [K in keyof T]: Exclude<ReturnType<T[K]>, DomainError> };

/**
 * Runs argument parsers in order (the contract's argument order) and returns every value,
 * or the first error. The object passed in becomes the result (pass a fresh literal).
 *
 * @example
 * parseAll({ a: () => 1, b: () => "x" }); // { a: 1, b: "x" }
 */
export function parseAll<T extends Record<string, () => Result<unknown>>>(parsers: T): Result<Parsed<T>> {
  // Each value replaces its parser in the same object (callers pass a fresh literal):
  // no second object and no key array on every custom-function call.
  const out = parsers as unknown as Record<string, unknown>;
  for (const key in parsers) {
    const value = (parsers[key] as () => Result<unknown>)();
    if (typeof value === "object" && value !== null && isDomainError(value)) return value;
    out[key] = value;
  }
  return out as Parsed<T>;
}
