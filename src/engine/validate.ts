import type { DomainError } from "./errors";
import { domainError } from "./errors";
import { checkField, checkTextField, checkYearValues } from "./fields/checkField";
import type { NumberFieldName } from "./fields/fieldTable";
import { matchKey } from "./key";
import type { Actuals, Investment, Scenario } from "./model";
import type { Result } from "./result";

/**
 * The engine's validation of an investment, a scenario and actuals: every value against
 * its field in the field table (engine/fields), then what the table cannot say (unique
 * ids, references, end year after start year). The first problem is returned with the
 * path of the field (`effects[2].share`, list positions from 1).
 */

type Check = DomainError | undefined;

/** An optional numeric value: checked when given. */
function optional(name: NumberFieldName, value: number | undefined, arg: string): Check {
  return value === undefined ? undefined : checkField(name, value, arg);
}

/** The first problem of a list, in order. */
function firstOf<T>(items: readonly T[], check: (item: T, arg: string) => Check, list: string): Check {
  for (const [i, item] of items.entries()) {
    const bad = check(item, `${list}[${i + 1}]`);
    if (bad) return bad;
  }
  return undefined;
}

/** Every id is a valid key and no two match ({@link matchKey}). */
function checkKeys(ids: readonly string[], list: string, field: string): Check {
  const seen = new Set<string>();
  for (const [i, id] of ids.entries()) {
    const bad = checkTextField(field === "code" ? "code" : "id", id, `${list}[${i + 1}].${field}`);
    if (bad) return bad;
    const key = matchKey(id);
    if (seen.has(key)) return domainError("duplicateId", { arg: list, id });
    seen.add(key);
  }
  return undefined;
}

/** A reference: a valid key that names one of `known` (matched by key). */
function checkReference(ref: string, known: ReadonlySet<string>, arg: string): Check {
  return checkTextField("reference", ref, arg) ?? (known.has(matchKey(ref)) ? undefined : domainError("unknownReference", { arg, ref }));
}

function checkTexts<T>(item: T, fields: readonly (keyof T & string)[], arg: string): Check {
  for (const f of fields) {
    const bad = checkTextField("text", item[f], `${arg}.${f}`);
    if (bad) return bad;
  }
  return undefined;
}

/**
 * Checks an investment's values and references: texts, years, ranges, unique ids, and that
 * every cost line, effect and unit cost refers to something that exists.
 *
 * @example
 * (validateInvestment({ ...example, endYear: 2016 }) as DomainError).key;               // "endBeforeStart"
 * (validateInvestment({ ...example, effects: [{ ...effect, share: 1.5 }] }) as DomainError).params.arg; // "effects[1].share"
 */
export function validateInvestment(inv: Investment): Result<Investment> {
  const head =
    checkTextField("text", inv.name, "name") ??
    checkField("startYear", inv.startYear, "startYear") ??
    checkField("endYear", inv.endYear, "endYear") ??
    (inv.endYear < inv.startYear ? domainError("endBeforeStart", { start: inv.startYear, end: inv.endYear }) : undefined) ??
    checkKeys(inv.departments.map((d) => d.id), "departments", "id") ??
    checkKeys(inv.costLines.map((c) => c.id), "costLines", "id") ??
    checkKeys(inv.targetGroups.map((t) => t.id), "targetGroups", "id") ??
    checkKeys(inv.unitCosts.map((u) => u.code), "unitCosts", "code") ??
    checkKeys(inv.effects.map((e) => e.id), "effects", "id");
  if (head) return head;
  const departments = new Set(inv.departments.map((d) => matchKey(d.id)));
  const groups = new Set(inv.targetGroups.map((t) => matchKey(t.id)));
  const codes = new Set(inv.unitCosts.map((u) => matchKey(u.code)));
  const bad =
    firstOf(inv.departments, (d, arg) => checkTexts(d, ["name", "area"], arg), "departments") ??
    firstOf(inv.partners ?? [], (p, arg) => checkTexts(p, ["name"], arg), "partners") ??
    firstOf(
      inv.costLines,
      (line, arg) =>
        checkTexts(line, ["description"], arg) ??
        checkReference(line.departmentId, departments, `${arg}.departmentId`) ??
        checkYearValues("amounts", line.amounts, `${arg}.amounts`) ??
        (line.staff
          ? checkField("monthlySalary", line.staff.monthlySalary, `${arg}.staff.monthlySalary`) ??
            checkField("fte", line.staff.fte, `${arg}.staff.fte`) ??
            checkField("payrollOverhead", line.staff.payrollOverhead, `${arg}.staff.payrollOverhead`) ??
            checkYearValues("months", line.staff.months, `${arg}.staff.months`)
          : undefined),
      "costLines"
    ) ??
    firstOf(inv.targetGroups, (g, arg) => checkTexts(g, ["name"], arg) ?? checkYearValues("volumes", g.volumes, `${arg}.volumes`), "targetGroups") ??
    firstOf(
      inv.unitCosts,
      (u, arg) => checkTexts(u, ["description", "unit", "source"], arg) ?? checkField("cost", u.cost, `${arg}.cost`) ?? checkField("priceYear", u.priceYear, `${arg}.priceYear`),
      "unitCosts"
    ) ??
    firstOf(
      inv.effects,
      (e, arg) =>
        checkTexts(e, ["name"], arg) ??
        checkReference(e.targetGroupId, groups, `${arg}.targetGroupId`) ??
        checkReference(e.unitCostCode, codes, `${arg}.unitCostCode`) ??
        checkReference(e.departmentId, departments, `${arg}.departmentId`) ??
        checkField("share", e.share, `${arg}.share`) ??
        checkField("duration", e.duration, `${arg}.duration`) ??
        optional("lag", e.lag, `${arg}.lag`) ??
        optional("quantity", e.quantity, `${arg}.quantity`) ??
        optional("dropOff", e.dropOff, `${arg}.dropOff`) ??
        optional("deadweight", e.deadweight, `${arg}.deadweight`),
      "effects"
    ) ??
    optional("priceYear", inv.priceYear, "priceYear") ??
    checkYearValues("indexRates", inv.indexRates, "indexRates");
  return bad ?? inv;
}

/**
 * Checks a scenario's multipliers and settings against the field table.
 *
 * @example
 * (validateScenario({ shareFactor: -1 }) as DomainError).key;     // "belowMin"
 * (validateScenario({ horizonYears: 0 }) as DomainError).key;     // "belowMin"
 */
export function validateScenario(s: Scenario): Result<Scenario> {
  const bad =
    optional("shareFactor", s.shareFactor, "scenario.shareFactor") ??
    optional("volumeFactor", s.volumeFactor, "scenario.volumeFactor") ??
    optional("unitCostFactor", s.unitCostFactor, "scenario.unitCostFactor") ??
    optional("discountRate", s.discountRate, "scenario.discountRate") ??
    optional("baseYear", s.baseYear, "scenario.baseYear") ??
    optional("horizonYears", s.horizonYears, "scenario.horizonYears");
  return bad ?? s;
}

/**
 * Checks actual volumes and shares against the field table (which target groups and
 * effects they name is checked where the investment is known).
 *
 * @example
 * (validateActuals({ shares: { placement: 1.2 } }) as DomainError).params.arg; // "actuals.shares.placement"
 * (validateActuals({ volumes: JSON.parse('{"__proto__": {}}') }) as DomainError).key; // "badKey"
 */
export function validateActuals(a: Actuals): Result<Actuals> {
  // Keys are ids (the key rule): "__proto__" or "*" is no target group or effect, and is refused, not dropped.
  for (const [id, volumes] of Object.entries(a.volumes ?? {})) {
    const bad = checkTextField("reference", id, `actuals.volumes (${JSON.stringify(id)})`) ?? checkYearValues("volumes", volumes, `actuals.volumes.${id}`);
    if (bad) return bad;
  }
  for (const [id, share] of Object.entries(a.shares ?? {})) {
    const bad = checkTextField("reference", id, `actuals.shares (${JSON.stringify(id)})`) ?? checkField("share", share, `actuals.shares.${id}`);
    if (bad) return bad;
  }
  for (const [id, costs] of Object.entries(a.costs ?? {})) {
    const bad = checkTextField("reference", id, `actuals.costs (${JSON.stringify(id)})`) ?? checkYearValues("amounts", costs, `actuals.costs.${id}`);
    if (bad) return bad;
  }
  return a;
}
