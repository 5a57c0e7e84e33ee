import type { DomainError } from "./errors";
import { domainError } from "./errors";

/**
 * Range checks on already-typed values, kept apart from the arithmetic.
 * Each returns a domain error naming the argument, or undefined when the value is valid.
 * They compare JavaScript numbers: against the exactly representable bounds used here
 * (0, 1, 2, −1, years) a double orders exactly as the decimal it stands for.
 */

/** The earliest and latest year the engine accepts. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

/**
 * A value that must be ≥ 0.
 *
 * @example
 * checkNonNegative(-1, "cost")?.en; // "cost must be at least 0; got -1."
 */
export function checkNonNegative(value: number, arg: string): DomainError | undefined {
  return value < 0 ? domainError("belowMin", { arg, min: 0, got: value }) : undefined;
}

/**
 * A share in 0 … 1; with `strictBelowOne`, 1 itself is refused (deadweight).
 *
 * @example
 * checkShare(1.5, "share")?.code; // "#VALUE!"
 */
export function checkShare(value: number, arg: string, strictBelowOne = false): DomainError | undefined {
  if (value < 0) return domainError("belowMin", { arg, min: 0, got: value });
  if (strictBelowOne && value >= 1) return domainError("notBelow", { arg, max: 1, got: value });
  if (value > 1) return domainError("aboveMax", { arg, max: 1, got: value });
  return undefined;
}

/**
 * A value within [min, max].
 *
 * @example
 * checkBetween(3, "payrollOverhead", 0, 2)?.key; // "aboveMax"
 */
export function checkBetween(value: number, arg: string, min: number, max: number): DomainError | undefined {
  if (value < min) return domainError("belowMin", { arg, min, got: value });
  if (value > max) return domainError("aboveMax", { arg, max, got: value });
  return undefined;
}

/**
 * A rate that must be greater than −1 (discount and index rates).
 *
 * @example
 * checkRate(-1, "discountRate")?.key; // "notAbove"
 */
export function checkRate(value: number, arg: string): DomainError | undefined {
  return value <= -1 ? domainError("notAbove", { arg, min: -1, got: value }) : undefined;
}

/**
 * A whole year in 1900 … 2200.
 *
 * @example
 * checkYear(2019.5, "endYear")?.key; // "yearRange"
 */
export function checkYear(value: number, arg: string): DomainError | undefined {
  return Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR
    ? undefined
    : domainError("yearRange", { arg, got: value });
}

/**
 * A whole number ≥ 0 (duration, lag).
 *
 * @example
 * checkWholeNonNegative(1.5, "lag")?.key; // "notWhole"
 */
export function checkWholeNonNegative(value: number, arg: string): DomainError | undefined {
  if (!Number.isInteger(value)) return domainError("notWhole", { arg, got: value });
  if (value < 0) return domainError("belowMin", { arg, min: 0, got: value });
  return undefined;
}

/**
 * Years that must not repeat and, with `increasing`, must rise.
 * Positions in messages are 1-based.
 *
 * @example
 * checkYears([2020, 2020], "years", false)?.key; // "duplicateYear"
 */
export function checkYears(years: readonly number[], arg: string, increasing: boolean, positions?: readonly number[]): DomainError | undefined {
  const pos = (i: number): number => (positions ? (positions[i] as number) : i + 1);
  let sorted = true;
  for (let i = 0; i < years.length; i++) {
    const bad = checkYear(years[i] as number, `${arg}[${pos(i)}]`);
    if (bad) return bad;
    if (i > 0 && (years[i] as number) <= (years[i - 1] as number)) sorted = false;
  }
  if (sorted) return undefined;
  const first = new Map<number, number>();
  for (let i = 0; i < years.length; i++) {
    const y = years[i] as number;
    const seen = first.get(y);
    if (seen !== undefined) return domainError("duplicateYear", { arg, year: y, first: pos(seen), pos: pos(i) });
    first.set(y, i);
  }
  if (increasing) {
    for (let i = 1; i < years.length; i++) {
      if ((years[i] as number) < (years[i - 1] as number)) {
        return domainError("notIncreasing", { arg, pos: pos(i), year: years[i] as number, previous: years[i - 1] as number });
      }
    }
  }
  return undefined;
}
