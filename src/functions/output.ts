import type { Dec } from "../engine/decimal";
import { domainError } from "../engine/errors";
import type { Result } from "../engine/result";
import { roundCumulative } from "../engine/rounding";

/**
 * A number leaving the engine unrounded (a share), or an error where it is too large for a
 * cell: never Infinity (issue 8).
 *
 * @example
 * finiteOut(new Dec("0.2259259259"), "BREAKEVEN"); // 0.2259259259
 * (finiteOut(new Dec("1e400"), "BREAKEVEN") as DomainError).key; // "tooLarge"
 */
export function finiteOut(value: Dec, arg: string): Result<number> {
  const n = value.toNumber();
  return Number.isFinite(n) ? n : domainError("tooLarge", { arg, got: value.toExponential(3) });
}

/**
 * A split of a total leaving the engine: rounded cumulatively so the cells add up to
 * the rounded total.
 *
 * @example
 * splitOut([1, 1, 1].map((v) => new Dec(v).div(3))); // [0.33, 0.34, 0.33]
 */
export function splitOut(parts: readonly Dec[]): number[] {
  return roundCumulative(parts).map((d) => d.toNumber());
}
