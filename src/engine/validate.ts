import { checkBetween, checkNonNegative, checkRate, checkShare, checkWholeNonNegative, checkYear } from "./checks";
import type { DomainError } from "./errors";
import { domainError } from "./errors";
import { isValidKey, matchKey } from "./key";
import type { Investment, Scenario, YearValues } from "./model";
import type { Result } from "./result";

function checkNumber(value: unknown, arg: string): DomainError | undefined {
  return typeof value === "number" && Number.isFinite(value) ? undefined : domainError("notNumber", { arg, got: typeof value });
}

function checkYearValues(values: YearValues | undefined, arg: string, nonNegative: boolean): DomainError | undefined {
  if (values === undefined) return undefined;
  for (const [key, v] of Object.entries(values)) {
    const bad =
      checkYear(Number(key), `${arg} (${key})`) ??
      checkNumber(v, `${arg}.${key}`) ??
      (nonNegative ? checkNonNegative(v, `${arg}.${key}`) : undefined);
    if (bad) return bad;
  }
  return undefined;
}

function checkMonths(months: YearValues, arg: string): DomainError | undefined {
  for (const [key, m] of Object.entries(months)) {
    const bad = checkBetween(m, `${arg}.${key}`, 0, 12);
    if (bad) return bad;
  }
  return undefined;
}

/** Every id is a valid key ({@link isValidKey}) and no two match ({@link matchKey}). */
function checkKeys(ids: readonly string[], arg: string, field: string): DomainError | undefined {
  const seen = new Set<string>();
  for (const [i, id] of ids.entries()) {
    if (typeof id !== "string" || !isValidKey(id)) return domainError("badKey", { arg: `${arg}[${i + 1}].${field}`, got: JSON.stringify(id) });
    const key = matchKey(id);
    if (seen.has(key)) return domainError("duplicateId", { arg, id });
    seen.add(key);
  }
  return undefined;
}

/**
 * Checks an investment's values and references: years, ranges, unique ids, and that every
 * cost line, effect and unit cost refers to something that exists. The first problem is
 * returned with the path of the field (`effects[2].share`).
 *
 * @example
 * (validateInvestment({ ...example, endYear: 2016 }) as DomainError).key; // "endBeforeStart"
 */
export function validateInvestment(inv: Investment): Result<Investment> {
  const years = checkYear(inv.startYear, "startYear") ?? checkYear(inv.endYear, "endYear");
  if (years) return years;
  if (inv.endYear < inv.startYear) return domainError("endBeforeStart", { start: inv.startYear, end: inv.endYear });
  const unique =
    checkKeys(inv.departments.map((d) => d.id), "departments", "id") ??
    checkKeys(inv.costLines.map((c) => c.id), "costLines", "id") ??
    checkKeys(inv.targetGroups.map((t) => t.id), "targetGroups", "id") ??
    checkKeys(inv.unitCosts.map((u) => u.code), "unitCosts", "code") ??
    checkKeys(inv.effects.map((e) => e.id), "effects", "id");
  if (unique) return unique;
  const departments = new Set(inv.departments.map((d) => matchKey(d.id)));
  for (const [i, line] of inv.costLines.entries()) {
    const arg = `costLines[${i + 1}]`;
    if (!departments.has(matchKey(line.departmentId))) return domainError("unknownReference", { arg: `${arg}.departmentId`, ref: line.departmentId });
    const bad =
      checkYearValues(line.amounts, `${arg}.amounts`, true) ??
      (line.staff
        ? checkNumber(line.staff.monthlySalary, `${arg}.staff.monthlySalary`) ??
          checkNonNegative(line.staff.monthlySalary, `${arg}.staff.monthlySalary`) ??
          checkNumber(line.staff.fte, `${arg}.staff.fte`) ??
          checkNonNegative(line.staff.fte, `${arg}.staff.fte`) ??
          checkNumber(line.staff.payrollOverhead, `${arg}.staff.payrollOverhead`) ??
          checkBetween(line.staff.payrollOverhead, `${arg}.staff.payrollOverhead`, 0, 2) ??
          checkYearValues(line.staff.months, `${arg}.staff.months`, true) ??
          checkMonths(line.staff.months, `${arg}.staff.months`)
        : undefined);
    if (bad) return bad;
  }
  for (const [i, group] of inv.targetGroups.entries()) {
    const bad = checkYearValues(group.volumes, `targetGroups[${i + 1}].volumes`, true);
    if (bad) return bad;
  }
  for (const [i, u] of inv.unitCosts.entries()) {
    const arg = `unitCosts[${i + 1}]`;
    const bad = checkNumber(u.cost, `${arg}.cost`) ?? checkNonNegative(u.cost, `${arg}.cost`) ?? checkYear(u.priceYear, `${arg}.priceYear`);
    if (bad) return bad;
  }
  const groups = new Set(inv.targetGroups.map((t) => matchKey(t.id)));
  const codes = new Set(inv.unitCosts.map((u) => matchKey(u.code)));
  for (const [i, e] of inv.effects.entries()) {
    const arg = `effects[${i + 1}]`;
    if (!groups.has(matchKey(e.targetGroupId))) return domainError("unknownReference", { arg: `${arg}.targetGroupId`, ref: e.targetGroupId });
    if (!codes.has(matchKey(e.unitCostCode))) return domainError("unknownReference", { arg: `${arg}.unitCostCode`, ref: e.unitCostCode });
    if (!departments.has(matchKey(e.departmentId))) return domainError("unknownReference", { arg: `${arg}.departmentId`, ref: e.departmentId });
    const bad =
      checkNumber(e.share, `${arg}.share`) ??
      checkShare(e.share, `${arg}.share`) ??
      checkWholeNonNegative(e.duration, `${arg}.duration`) ??
      checkWholeNonNegative(e.lag ?? 0, `${arg}.lag`) ??
      checkNonNegative(e.quantity ?? 1, `${arg}.quantity`) ??
      checkShare(e.dropOff ?? 0, `${arg}.dropOff`) ??
      checkShare(e.deadweight ?? 0, `${arg}.deadweight`, true);
    if (bad) return bad;
  }
  if (inv.priceYear !== undefined) {
    const bad = checkYear(inv.priceYear, "priceYear") ?? checkYearValues(inv.indexRates, "indexRates", false);
    if (bad) return bad;
    for (const [key, r] of Object.entries(inv.indexRates ?? {})) {
      const badRate = checkRate(r, `indexRates.${key}`);
      if (badRate) return badRate;
    }
  }
  return inv;
}

/**
 * Checks a scenario's multipliers (≥ 0) and overrides.
 *
 * @example
 * (validateScenario({ shareFactor: -1 }) as DomainError).key; // "belowMin"
 */
export function validateScenario(s: Scenario): Result<Scenario> {
  const bad =
    (s.shareFactor !== undefined ? checkNonNegative(s.shareFactor, "scenario.shareFactor") : undefined) ??
    (s.volumeFactor !== undefined ? checkNonNegative(s.volumeFactor, "scenario.volumeFactor") : undefined) ??
    (s.unitCostFactor !== undefined ? checkNonNegative(s.unitCostFactor, "scenario.unitCostFactor") : undefined) ??
    (s.discountRate !== undefined ? checkRate(s.discountRate, "scenario.discountRate") : undefined) ??
    (s.baseYear !== undefined ? checkYear(s.baseYear, "scenario.baseYear") : undefined) ??
    (s.horizonYears !== undefined ? checkWholeNonNegative(s.horizonYears, "scenario.horizonYears") : undefined);
  return bad ?? s;
}
