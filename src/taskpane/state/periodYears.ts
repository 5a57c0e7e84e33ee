/** The years of an investment's period that the editors show a field for. */
import type { Investment } from "../../engine";

/** At most this many yearly fields per row. */
export const MAX_YEAR_FIELDS = 10;

/**
 * The years from the start to the end year (none when the end is before the start), at
 * most {@link MAX_YEAR_FIELDS}.
 *
 * @example
 * periodYears({ startYear: 2017, endYear: 2019 }); // [2017, 2018, 2019]
 * periodYears({ startYear: 2019, endYear: 2017 }); // []
 */
export function periodYears(inv: Pick<Investment, "startYear" | "endYear">): number[] {
  const n = Math.min(MAX_YEAR_FIELDS, Math.max(0, inv.endYear - inv.startYear + 1));
  return Array.from({ length: n }, (_, i) => inv.startYear + i);
}
