import type { DomainError } from "./errors";
import { isDomainError } from "./errors";

/** A value or the domain error that stopped it. */
export type Result<T> = T | DomainError;

/**
 * Whether a result is a value (not an error).
 *
 * @example
 * isOk(3); // true
 */
export function isOk<T>(result: Result<T>): result is T {
  return !isDomainError(result);
}

/**
 * Applies `fn` to every element, stopping at the first error.
 *
 * @example
 * collect([1, 2], (n) => n * 2); // [2, 4]
 */
export function collect<A, B>(items: readonly A[], fn: (item: A, index: number) => Result<B>): Result<B[]> {
  const out: B[] = [];
  for (let i = 0; i < items.length; i++) {
    const r = fn(items[i] as A, i);
    if (isDomainError(r)) return r;
    out.push(r);
  }
  return out;
}
