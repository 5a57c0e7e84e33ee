/**
 * One investment's flows in the fund, year by year over the fund's years, from its
 * appraisal (appraise(): the one entry point) — its fund-financed costs, its repayment
 * plan per department as planned and under risk sharing (the follow-up's repayment, laid
 * out by the engine's one plan rule), its savings per department, and what the savings
 * cannot cover (the shortfall). Money in öre, each series rounded cumulatively so its parts
 * add up to its rounded total.
 */
import type { Appraisal } from "../appraise";
import { appraise } from "../appraise";
import type { Dec } from "../decimal";
import { ZERO, sum } from "../decimal";
import type { DomainError } from "../errors";
import { isDomainError } from "../errors";
import type { FollowUp } from "../followUp";
import { matchKey } from "../key";
import { departmentRepaymentPlan } from "../repaymentPlan";
import type { Result } from "../result";
import { roundCumulative, roundOre } from "../rounding";
import type { FundItem } from "./fundModel";
import type { FundStatusSpec } from "./fundStatus";
import { fundStatusSpec } from "./fundStatus";

/** An investment appraised once, with its follow-up. */
export interface AppraisedItem {
  readonly item: FundItem;
  readonly appraisal: Appraisal;
  readonly followUp: FollowUp;
}

/** One department's part of one investment's repayment, over the fund's years (öre). */
export interface DepartmentPart {
  /** The department's match key (the same department in two files is one department). */
  readonly key: string;
  readonly id: string;
  readonly name: string;
  /** What it owes as planned (R × w) and under risk sharing, in öre. */
  readonly plannedOwed: Dec;
  readonly actualOwed: Dec;
  /** The plan of each, per fund year. */
  readonly plannedPlan: readonly Dec[];
  readonly actualPlan: readonly Dec[];
  /** What the savings cannot cover of each (owed − the plan's total). */
  readonly plannedShortfall: Dec;
  readonly actualShortfall: Dec;
  /** Its municipal savings per fund year, planned and with the actuals. */
  readonly plannedSavings: readonly Dec[];
  readonly actualSavings: readonly Dec[];
}

/** One investment in the fund, over the fund's years. */
export interface InvestmentFlows {
  readonly item: FundItem;
  readonly status: FundStatusSpec;
  readonly name: string;
  readonly startYear: number;
  readonly endYear: number;
  /** The rule preset its scenario file names. */
  readonly preset: string;
  readonly repaymentModel: boolean;
  readonly totalCost: Dec;
  readonly windowSavings: Dec;
  readonly ratio: number | null;
  readonly approved: boolean;
  /**
   * The planned repayment as the departments owe it: R = C × (1 + fee) split by their
   * savings in the window (in öre, adding up to R); 0 without a repayment model, and 0 when
   * no department saves in the window, so R falls on none (see {@link unassignedRepayment}).
   */
  readonly plannedRepayment: Dec;
  /** R where the rules have a repayment model but no department saves in the window to owe it; 0 otherwise. */
  readonly unassignedRepayment: Dec;
  /** The repayment under risk sharing (the plan where the file gives no actuals). */
  readonly actualRepayment: Dec;
  /** Whether the scenario file gives any actual value. */
  readonly hasActuals: boolean;
  /** Fund-financed cost per fund year (the cost plan). */
  readonly cost: readonly Dec[];
  readonly departments: readonly DepartmentPart[];
  /** What the fund counts, by the status: 0 for an applied investment. */
  readonly disbursed: readonly Dec[];
  readonly repaid: readonly Dec[];
  /** Granted and not yet disbursed at the end of each year: from the decision year, the total cost less what was paid out so far. */
  readonly booked: readonly Dec[];
  /** The repayment the fund expects in all, and the part the savings cannot cover. */
  readonly repayable: Dec;
  readonly shortfall: Dec;
}

/**
 * Appraises an investment of the fund; an error names the scenario file.
 *
 * @example
 * (appraiseItem(brygganItem) as AppraisedItem).appraisal.summary.totalCost; // 12200000
 */
export function appraiseItem(item: FundItem): Result<AppraisedItem> {
  const named = (e: DomainError): DomainError => ({ ...e, sv: `${item.file}: ${e.sv}`, en: `${item.file}: ${e.en}` });
  const appraisal = appraise(item.input);
  if (isDomainError(appraisal)) return named(appraisal);
  if (isDomainError(appraisal.followUp)) return named(appraisal.followUp);
  return { item, appraisal, followUp: appraisal.followUp };
}

/** A series over the investment's years, placed on the fund's years (0 elsewhere). */
function onFundYears(values: readonly Dec[], own: readonly number[], fundYears: readonly number[]): Dec[] {
  const at = new Map(own.map((y, i) => [y, values[i] as Dec] as const));
  return fundYears.map((y) => at.get(y) ?? ZERO);
}

/** Each department's plan and the part its savings cannot cover, rounded to öre. */
interface RoundedPlan {
  readonly plan: readonly Dec[];
  readonly shortfall: Dec;
  readonly owed: Dec;
}

/**
 * Plans and shortfalls of all departments rounded cumulatively as one series (department
 * by department, year by year, its shortfall last), so each department's plan + shortfall
 * is its owed amount as the engine's summary rounds it (summarize: cumulatively across
 * departments), the departments add up to the rounded total, and a plan the savings
 * complete has a shortfall of exactly 0.
 */
function roundedPlans(plans: readonly (readonly Dec[])[], owed: readonly Dec[]): RoundedPlan[] {
  const flat = plans.flatMap((plan, d) => [...plan, (owed[d] as Dec).minus(sum(plan))]);
  const parts = roundCumulative(flat);
  let at = 0;
  return plans.map((plan) => {
    const mine = parts.slice(at, at + plan.length + 1);
    at += plan.length + 1;
    const shortfall = mine.pop() as Dec;
    return { plan: mine, shortfall, owed: sum(mine).plus(shortfall) };
  });
}

function departmentParts(a: AppraisedItem, fundYears: readonly number[]): DepartmentPart[] {
  const { appraisal, followUp } = a;
  const ev = appraisal.evaluation;
  const inv = a.item.input.investment;
  const planned = ev.repayment;
  if (!planned) return [];
  const period = { startYear: inv.startYear, endYear: inv.endYear, includeDuring: ev.options.includeDuring };
  const names = new Map(inv.departments.map((d) => [d.id, d.name] as const));
  const ids = [...planned.byDepartment.keys()];
  const actualSavings = ids.map((id) => followUp.actual.savingsByDepartment.get(id) ?? ev.years.map(() => ZERO));
  const actualOwed = ids.map((id) => followUp.actualRepaymentByDepartment?.get(id) ?? ZERO);
  const p = roundedPlans(
    ids.map((id) => planned.planByDepartment.get(id) as readonly Dec[]),
    ids.map((id) => planned.byDepartment.get(id) as Dec)
  );
  const q = roundedPlans(
    ids.map((_, d) => departmentRepaymentPlan(appraisal.rules, period, ev.years, actualSavings[d] as readonly Dec[], actualOwed[d] as Dec)),
    actualOwed
  );
  return ids.map((id, d) => {
    const pd = p[d] as RoundedPlan;
    const qd = q[d] as RoundedPlan;
    return {
      key: matchKey(id),
      id,
      name: names.get(id) ?? id,
      plannedOwed: pd.owed,
      actualOwed: qd.owed,
      plannedPlan: onFundYears(pd.plan, ev.years, fundYears),
      actualPlan: onFundYears(qd.plan, ev.years, fundYears),
      plannedShortfall: pd.shortfall,
      actualShortfall: qd.shortfall,
      plannedSavings: onFundYears(ev.savingsByDepartment.get(id) as readonly Dec[], ev.years, fundYears),
      actualSavings: onFundYears(actualSavings[d] as readonly Dec[], ev.years, fundYears)
    };
  });
}

/**
 * The investment's flows over the fund's years: its cost plan and repayment plans (planned
 * and under risk sharing) from its appraisal, and what the fund counts by its status
 * (nothing of an applied investment; the repayment under risk sharing once evaluated).
 *
 * @example
 * // Bryggan (12 200 000 kr, 2017–2019), granted, fund years 2013–2029:
 * const f = investmentFlows(appraised, years);
 * f.disbursed[4].toNumber(); // 1963218 (2017)
 * f.repayable.toNumber();    // 12810000
 */
export function investmentFlows(a: AppraisedItem, fundYears: readonly number[]): InvestmentFlows {
  const { item, appraisal, followUp } = a;
  const ev = appraisal.evaluation;
  const inv = item.input.investment;
  const status = fundStatusSpec(item.status);
  const cost = onFundYears(roundCumulative(ev.costByYear), ev.years, fundYears);
  const departments = departmentParts(a, fundYears);
  const chosen = (d: DepartmentPart): readonly Dec[] => (status.actualRepayment ? d.actualPlan : d.plannedPlan);
  const repaid = fundYears.map((_, k) => (status.counted ? sum(departments.map((d) => chosen(d)[k] as Dec)) : ZERO));
  const repayable = status.counted ? sum(departments.map((d) => (status.actualRepayment ? d.actualOwed : d.plannedOwed))) : ZERO;
  const shortfall = status.counted ? sum(departments.map((d) => (status.actualRepayment ? d.actualShortfall : d.plannedShortfall))) : ZERO;
  const totalCost = roundOre(ev.totalCost);
  const disbursed = status.counted ? cost : cost.map(() => ZERO);
  let paid = ZERO;
  const booked = fundYears.map((y, k) => {
    paid = paid.plus(disbursed[k] as Dec);
    return status.counted && y >= item.decisionYear ? totalCost.minus(paid) : ZERO;
  });
  return {
    item,
    status,
    name: inv.name,
    startYear: inv.startYear,
    endYear: inv.endYear,
    preset: item.input.rules.preset,
    repaymentModel: appraisal.rules.repaymentModel,
    totalCost,
    windowSavings: roundOre(ev.windowSavings),
    ratio: appraisal.summary.ratio,
    approved: appraisal.summary.approved,
    plannedRepayment: sum(departments.map((d) => d.plannedOwed)),
    unassignedRepayment: ev.repayment && departments.length === 0 ? roundOre(ev.repayment.planned) : ZERO,
    actualRepayment: sum(departments.map((d) => d.actualOwed)),
    hasActuals: followUp.completed.any,
    cost,
    departments,
    disbursed,
    repaid,
    booked,
    repayable,
    shortfall
  };
}
