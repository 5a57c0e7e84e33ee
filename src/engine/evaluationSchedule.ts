/**
 * When the follow-up evaluation is due: 1–3 years after the end of the investment (MODEL.md,
 * rule 10: "a follow-up evaluation is done 1–3 years after the end"). Decided here: the
 * years are whole calendar years, the first the year after the end year; the rule sets
 * carry no other values, so these are the same for every rule set.
 */

/** The years after the end year in which the follow-up evaluation is done. */
export const EVALUATION_YEARS_AFTER_END = { first: 1, last: 3 } as const;

/**
 * The calendar years the follow-up evaluation falls in.
 *
 * @example
 * evaluationYears(2019); // { first: 2020, last: 2022 }
 */
export function evaluationYears(endYear: number): { readonly first: number; readonly last: number } {
  return { first: endYear + EVALUATION_YEARS_AFTER_END.first, last: endYear + EVALUATION_YEARS_AFTER_END.last };
}
