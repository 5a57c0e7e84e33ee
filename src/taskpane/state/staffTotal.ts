/** A staff cost line's total, for the cost editor (salary × FTE × months × (1 + payroll overhead), over its years). */
import type { CostLine } from "../../engine";
import { ZERO, dec, roundOre, staffCost } from "../../engine";

/**
 * The line's total over all its years, rounded to öre: its staff cost plus any fixed amounts.
 *
 * @example
 * staffTotal({ …, staff: { monthlySalary: 40000, fte: 1, payrollOverhead: 0.4, months: { 2017: 12 } } }); // 672000
 */
export function staffTotal(line: CostLine): number {
  const staff = line.staff;
  let total = Object.values(line.amounts ?? {}).reduce((s, v) => s.plus(dec(v)), ZERO);
  if (staff) {
    for (const months of Object.values(staff.months)) total = total.plus(staffCost(dec(staff.monthlySalary), dec(staff.fte), dec(months), dec(staff.payrollOverhead)));
  }
  return roundOre(total).toNumber();
}
