import { staffCost } from "../../engine/costs";
import { oreNumber } from "../../engine/rounding";
import { dec } from "../../engine/decimal";
import { isDomainError } from "../../engine/errors";
import type { Result } from "../../engine/result";
import { requiredField } from "../fieldArgs";
import { parseAll } from "../parseAll";

/**
 * SINV.STAFFCOST: cells → monthly salary × FTE × months × (1 + payroll overhead), in öre.
 *
 * @example
 * staffCostCells(38000, 0.5, 12, 0.4015); // 319542
 */
export function staffCostCells(monthlySalary: unknown, fte: unknown, months: unknown, payrollOverhead: unknown): Result<number> {
  const a = parseAll({
    salary: () => requiredField(monthlySalary, "monthlySalary", "monthlySalary"),
    fte: () => requiredField(fte, "fte", "fte"),
    months: () => requiredField(months, "staffMonths", "months"),
    po: () => requiredField(payrollOverhead, "payrollOverhead", "payrollOverhead")
  });
  if (isDomainError(a)) return a;
  return oreNumber(staffCost(dec(a.salary), dec(a.fte), dec(a.months), dec(a.po)));
}
