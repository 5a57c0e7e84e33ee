/**
 * The investment's own years: from the start year to the end year inclusive (MODEL.md,
 * "Time": "during" means these years). Owned here so every face shows the same years.
 */
import type { Investment } from "./model";

/**
 * The years from the start to the end year; none when the end is before the start.
 *
 * @example
 * investmentPeriod({ startYear: 2017, endYear: 2019 }); // [2017, 2018, 2019]
 * investmentPeriod({ startYear: 2019, endYear: 2017 }); // []
 */
export function investmentPeriod(inv: Pick<Investment, "startYear" | "endYear">): number[] {
  const n = Math.max(0, inv.endYear - inv.startYear + 1);
  return Array.from({ length: n }, (_, i) => inv.startYear + i);
}
