import type { Dec } from "./decimal";
import { ONE, ZERO, dec } from "./decimal";
import type { StaffBasis } from "./model";
import { roundOre } from "./rounding";

/**
 * Staff cost for a period: monthly salary × FTE × months × (1 + payroll overhead).
 *
 * @example
 * staffCost(new Dec(38000), new Dec(0.5), new Dec(12), new Dec(0.4015)).toNumber(); // 319542
 */
export function staffCost(monthlySalary: Dec, fte: Dec, months: Dec, payrollOverhead: Dec): Dec {
  return monthlySalary.times(fte).times(months).times(ONE.plus(payrollOverhead));
}

/**
 * A staff line's pay in one year as the cost calculation books it: {@link staffCost}
 * rounded to whole öre (half away from zero, as Excel's ROUND). Decided here: the parts a
 * sheet shows (a line's pay in a year, an effect's saving in a year) are öre amounts, and
 * every total is the exact sum of them, so printed parts add up to printed totals and the
 * workbook's SINV.STAFFCOST (which rounds money on the way out) gives the engine's figure.
 *
 * @example
 * staffPay({ monthlySalary: 38001.45, fte: 0.35, payrollOverhead: 0.4015, months: { "2017": 6.5 } }, 2017).toNumber(); // 121164.30
 */
export function staffPay(staff: StaffBasis, year: number): Dec {
  const months = Object.prototype.hasOwnProperty.call(staff.months, String(year)) ? staff.months[String(year)] : undefined;
  if (months === undefined) return ZERO;
  return roundOre(staffCost(dec(staff.monthlySalary), dec(staff.fte), dec(months), dec(staff.payrollOverhead)));
}
