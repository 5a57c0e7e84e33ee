import { checkBetween, checkNonNegative } from "../../engine/checks";
import { staffCost } from "../../engine/costs";
import { dec } from "../../engine/decimal";
import { isDomainError } from "../../engine/errors";
import type { Result } from "../../engine/result";
import { requiredNumber } from "../cells";
import { moneyOut } from "../output";
import { parseAll } from "../parseAll";

/**
 * SINV.STAFFCOST: cells → monthly salary × FTE × months × (1 + payroll overhead), in öre.
 *
 * @example
 * staffCostCells(38000, 0.5, 12, 0.4015); // 319542
 */
export function staffCostCells(monthlySalary: unknown, fte: unknown, months: unknown, payrollOverhead: unknown): Result<number> {
  const a = parseAll({
    salary: () => requiredNumber(monthlySalary, "monthlySalary"),
    fte: () => requiredNumber(fte, "fte"),
    months: () => requiredNumber(months, "months"),
    po: () => requiredNumber(payrollOverhead, "payrollOverhead")
  });
  if (isDomainError(a)) return a;
  const bad =
    checkNonNegative(a.salary, "monthlySalary") ??
    checkNonNegative(a.fte, "fte") ??
    checkNonNegative(a.months, "months") ??
    checkBetween(a.po, "payrollOverhead", 0, 2);
  if (bad) return bad;
  return moneyOut(staffCost(dec(a.salary), dec(a.fte), dec(a.months), dec(a.po)));
}
