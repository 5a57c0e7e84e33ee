import type { Dec } from "./decimal";
import { domainError } from "./errors";
import type { Result } from "./result";
import { oreNumber } from "./rounding";

/**
 * {@link oreNumber} for a result that must fit a cell: the öre-rounded number, or an
 * error naming the argument whose figures summed past the largest double (never Infinity
 * out of the engine).
 *
 * @example
 * moneyNumber(new Dec("16200000.004"), "savings");   // 16200000
 * (moneyNumber(new Dec("1e400"), "savings") as DomainError).key; // "tooLarge"
 */
export function moneyNumber(value: Dec, arg: string): Result<number> {
  const n = oreNumber(value);
  return Number.isFinite(n) ? n : domainError("tooLarge", { arg, got: value.toExponential(3) });
}
