import type { DomainError } from "../engine/errors";
import { isDomainError } from "../engine/errors";
import type { Result } from "../engine/result";

/** The parsed values of a table of parsers. */
export type Parsed<T extends Record<string, () => unknown>> = { [K in keyof T]: Exclude<ReturnType<T[K]>, DomainError> };

/**
 * Runs argument parsers in order (the contract's argument order) and returns every value,
 * or the first error.
 *
 * @example
 * parseAll({ a: () => 1, b: () => "x" }); // { a: 1, b: "x" }
 */
export function parseAll<T extends Record<string, () => Result<unknown>>>(parsers: T): Result<Parsed<T>> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(parsers)) {
    const value = (parsers[key] as () => Result<unknown>)();
    if (isDomainError(value)) return value;
    out[key] = value;
  }
  return out as Parsed<T>;
}
