/** The years of an investment's period that the editors show a field for. */
import type { Investment } from "../../engine";
import { investmentPeriod } from "../../engine";

/** At most this many yearly fields per row. */
export const MAX_YEAR_FIELDS = 10;

/**
 * The engine's period (start to end year, none when the end is before the start), at most
 * the first {@link MAX_YEAR_FIELDS} of it.
 *
 * @example
 * periodYears({ startYear: 2017, endYear: 2019 }); // [2017, 2018, 2019]
 * periodYears({ startYear: 2019, endYear: 2017 }); // []
 */
export function periodYears(inv: Pick<Investment, "startYear" | "endYear">): number[] {
  return investmentPeriod(inv).slice(0, MAX_YEAR_FIELDS);
}
