import type { DomainError } from "./errors";
import { domainError } from "./errors";
import { checkField } from "./fields/checkField";
import { MAX_YEAR, MIN_YEAR } from "./fields/fieldTable";

/**
 * Checks of years, kept apart from the arithmetic: a year and a list of years (no
 * repeats, rising where asked). Every other bound is a field's, checked by
 * `fields/checkField`.
 */

/** The earliest and latest year the engine accepts (from the field table). */
export { MAX_YEAR, MIN_YEAR } from "./fields/fieldTable";

/**
 * A whole year within the field table's years.
 *
 * @example
 * checkYear(2019.5, "endYear")?.key; // "yearRange"
 */
export function checkYear(value: number, arg: string): DomainError | undefined {
  return checkField("years", value, arg);
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
    const y = years[i] as number;
    if (!(Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR)) return checkYear(y, `${arg}[${pos(i)}]`); // the label only when needed
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
