import type { Dec} from "./decimal";
import { ONE } from "./decimal";

/**
 * Staff cost for a period: monthly salary × FTE × months × (1 + payroll overhead).
 *
 * @example
 * staffCost(new Dec(38000), new Dec(0.5), new Dec(12), new Dec(0.4015)).toNumber(); // 319542
 */
export function staffCost(monthlySalary: Dec, fte: Dec, months: Dec, payrollOverhead: Dec): Dec {
  return monthlySalary.times(fte).times(months).times(ONE.plus(payrollOverhead));
}
