import { approval, breakEvenShare, paybackYear } from "./appraisal";
import type { Approval } from "./appraisal";
import { cohortSavings } from "./cohort";
import { staffPay } from "./costs";
import type { Dec} from "./decimal";
import { ONE, ZERO, dec, sum } from "./decimal";
import { singleYearSaving } from "./effect";
import type { Eligibility } from "./eligibility";
import { checkEligibility } from "./eligibility";
import { domainError, isDomainError } from "./errors";
import { indexFactor } from "./indexation";
import type { Actuals, CostCategory, Effect, Investment, Payer, Scenario, YearValues } from "./model";
import { plannedRepayment, splitRepayment } from "./repayment";
import { departmentRepaymentPlan } from "./repaymentPlan";
import type { RepaymentPeriod } from "./repaymentPlan";
import type { Result } from "./result";
import type { RuleSet } from "./rules";
import { roundOre } from "./rounding";
import { timelineYears } from "./timeline";
import { validateInvestment, validateScenario } from "./validate";
import { completeActuals } from "./actuals";
import type { Marked } from "./actuals";
import { keyedMap, matchKey } from "./key";
import { resolveScenario } from "./scenario";
import type { WindowOptions } from "./window";
import { windowSum } from "./window";

/** A cost line's amounts over the timeline. */
export interface CostLineResult {
  readonly id: string;
  readonly departmentId: string;
  readonly category: CostCategory;
  readonly fund: boolean;
  readonly byYear: readonly Dec[];
  readonly total: Dec;
}

/** An effect's savings over the timeline. */
export interface EffectResult {
  readonly id: string;
  readonly departmentId: string;
  readonly payer: Payer;
  /** The unit cost used, after scenario multiplier and indexation. */
  readonly unitCost: Dec;
  /** The share used, after the scenario multiplier. */
  readonly share: Dec;
  readonly byYear: readonly Dec[];
  /** Savings in the window (discounted as the options say). */
  readonly window: Dec;
}

/** The repayment to the fund, when the rule set has a repayment model. */
export interface RepaymentResult {
  /** R = C × (1 + fee). */
  readonly planned: Dec;
  /** Planned repayment per department (exact), split by window savings. */
  readonly byDepartment: ReadonlyMap<string, Dec>;
  /** Repayment plan per department and year (exact). */
  readonly planByDepartment: ReadonlyMap<string, readonly Dec[]>;
}

/** Everything the engine computes for one investment under one rule set and scenario. */
export interface Evaluation {
  readonly years: readonly number[];
  readonly options: WindowOptions;
  readonly costLines: readonly CostLineResult[];
  /** Fund-financed cost per year. */
  readonly costByYear: readonly Dec[];
  /** Total cost C: all fund-financed lines over all years. */
  readonly totalCost: Dec;
  readonly cofinancing: Dec;
  readonly costByDepartment: ReadonlyMap<string, Dec>;
  readonly effects: readonly EffectResult[];
  /** Municipal savings (payer kommun) per year, undiscounted. */
  readonly savingsByYear: readonly Dec[];
  readonly savingsByDepartment: ReadonlyMap<string, readonly Dec[]>;
  /** Municipal savings in the window, per department. */
  readonly windowByDepartment: ReadonlyMap<string, Dec>;
  /** Municipal savings in the window (what the approval test counts). */
  readonly windowSavings: Dec;
  /** Municipal savings from the start to the end year (undiscounted). */
  readonly duringSavings: Dec;
  /** Societal effects outside the municipality per payer and year: shown, never repaid. */
  readonly societalByPayer: ReadonlyMap<Payer, readonly Dec[]>;
  readonly approval: Approval;
  readonly paybackYear: number | undefined;
  /** The factor all shares may be scaled by before savings fall to the cost: C / window savings. */
  readonly breakEvenFactor: Dec | undefined;
  /** Per effect: its share × the break-even factor. */
  readonly breakEvenShares: ReadonlyMap<string, Dec>;
  readonly repayment: RepaymentResult | undefined;
  readonly eligibility: Eligibility;
}

function alongTimeline(values: YearValues | undefined, years: readonly number[]): Dec[] {
  return years.map((y) => {
    const v = values !== undefined && Object.prototype.hasOwnProperty.call(values, String(y)) ? values[String(y)] : undefined;
    return v === undefined ? ZERO : dec(v);
  });
}

function costLines(inv: Investment, years: readonly number[], departmentOf: (id: string) => string): CostLineResult[] {
  return inv.costLines.map((line) => {
    const fixed = alongTimeline(line.amounts, years);
    const staff = line.staff;
    const byYear = staff
      ? years.map((y, i) => {
          return staffPay(staff, y).plus(fixed[i] as Dec);
        })
      : fixed;
    return {
      id: line.id,
      departmentId: departmentOf(line.departmentId),
      category: line.category,
      fund: line.financing === "fund",
      byYear,
      total: byYear.reduce((a, b) => a.plus(b), ZERO)
    };
  });
}

function addInto(target: Map<string, Dec[]>, key: string, values: readonly Dec[]): void {
  const row = target.get(key);
  if (!row) target.set(key, values.slice());
  else values.forEach((v, i) => (row[i] = (row[i] as Dec).plus(v)));
}

function effectSavings(e: Effect, volumes: readonly Dec[], years: readonly number[], share: Dec, unitCost: Dec): Dec[] {
  const quantity = dec(e.quantity ?? 1);
  const deadweight = dec(e.deadweight ?? 0);
  if ((e.model ?? "cohort") === "annual") return volumes.map((v) => singleYearSaving(v, share, unitCost, quantity, deadweight));
  return cohortSavings(volumes, years, {
    share,
    unitCost,
    duration: e.duration,
    lag: e.lag ?? 0,
    dropOff: dec(e.dropOff ?? 0),
    quantity,
    deadweight
  });
}

/**
 * Evaluates an investment: costs, effects and savings per department and year, the
 * ten-year window, the approval test, payback year, break-even, the planned repayment and
 * its plan, and eligibility. Exact decimals throughout; {@link summarize} rounds for output.
 * `actuals` replaces planned volumes (year by year) and shares with what evaluation found;
 * every gap keeps the plan ({@link completeActuals}).
 *
 * @example
 * // The worked example (assets/examples): C = 12 200 000, window savings 16 200 000.
 * const ev = evaluateInvestment(bryggan, OREBRO_2013_2019) as Evaluation;
 * ev.windowSavings.toNumber(); // 16200000
 * ev.paybackYear;              // 2020
 */
export function evaluateInvestment(
  inv: Investment,
  rules: RuleSet,
  scenario: Scenario = {},
  actuals?: Actuals,
  othersStartingSameYear = 0
): Result<Evaluation> {
  const validInv = validateInvestment(inv);
  if (isDomainError(validInv)) return validInv;
  const validScenario = validateScenario(scenario);
  if (isDomainError(validScenario)) return validScenario;

  const resolved = resolveScenario(inv, rules, scenario);
  const years = timelineYears(inv, resolved.horizonYears);
  const options: WindowOptions = {
    endYear: inv.endYear,
    horizonYears: resolved.horizonYears,
    includeDuring: resolved.includeDuring,
    discountRate: dec(resolved.discountRate),
    baseYear: resolved.baseYear
  };

  const departments = keyedMap(inv.departments, (d) => d.id);
  /** The department's own id for a reference to it (references match by key). */
  const departmentOf = (id: string): string => (departments.get(matchKey(id)) as { id: string }).id;
  const lines = costLines(inv, years, departmentOf);
  const fundLines = lines.filter((l) => l.fund);
  const costByYear = years.map((_, i) => fundLines.reduce((s, l) => s.plus(l.byYear[i] as Dec), ZERO));
  const totalCost = costByYear.reduce((a, b) => a.plus(b), ZERO);
  const cofinancing = lines.filter((l) => !l.fund).reduce((s, l) => s.plus(l.total), ZERO);
  const costByDepartment = new Map<string, Dec>();
  for (const l of fundLines) costByDepartment.set(l.departmentId, (costByDepartment.get(l.departmentId) ?? ZERO).plus(l.total));

  const rates = new Map(Object.entries(inv.indexRates ?? {}).map(([y, r]) => [Number(y), dec(r)] as const));
  const unitCosts = keyedMap(inv.unitCosts, (u) => u.code);
  const groups = keyedMap(inv.targetGroups, (g) => g.id);
  // Volumes and shares year by year: the actuals where given, the plan elsewhere (the plan alone without actuals).
  const completed = completeActuals(inv, actuals, years);
  const volumeFactor = dec(resolved.volumeFactor);
  const shareFactor = dec(resolved.shareFactor);
  const unitCostFactor = dec(resolved.unitCostFactor);

  /** An effect's window total as booked: in öre, as every sheet shows it (ratios and weights follow from the booked totals). */
  const booked = (row: readonly Dec[]): Dec => roundOre(windowSum(row, years, options));
  const effects: EffectResult[] = [];
  for (const [i, e] of inv.effects.entries()) {
    const u = unitCosts.get(matchKey(e.unitCostCode))!;
    let unitCost = dec(u.cost).times(unitCostFactor);
    if (inv.priceYear !== undefined && inv.priceYear !== u.priceYear) {
      const factor = indexFactor(u.priceYear, inv.priceYear, rates);
      if (isDomainError(factor)) return factor;
      unitCost = unitCost.times(factor);
    }
    const share = dec((completed.shares.get(e.id) as Marked).value).times(shareFactor);
    if (share.gt(1)) return domainError("aboveMax", { arg: `effects[${i + 1}].share × scenario.shareFactor`, max: 1, got: share.toString() });
    const group = groups.get(matchKey(e.targetGroupId))!;
    const volumes = (completed.volumes.get(group.id) as readonly Marked[]).map((m) => dec(m.value).times(volumeFactor));
    // Decided here: an effect's saving in a year is booked in öre (see staffPay), totals are exact sums.
    const byYear = effectSavings(e, volumes, years, share, unitCost).map(roundOre);
    effects.push({ id: e.id, departmentId: departmentOf(e.departmentId), payer: u.payer, unitCost, share, byYear, window: booked(byYear) });
  }

  const savingsByDepartment = new Map<string, Dec[]>();
  const societalByPayer = new Map<Payer, Dec[]>();
  for (const e of effects) {
    if (e.payer === "kommun") addInto(savingsByDepartment, e.departmentId, e.byYear);
    else addInto(societalByPayer as Map<string, Dec[]>, e.payer, e.byYear);
  }
  const savingsByYear = years.map((_, i) => [...savingsByDepartment.values()].reduce((s, row) => s.plus(row[i] as Dec), ZERO));
  // Totals are exact sums of booked parts: a department's window is the sum of its effects' windows.
  const municipal = effects.filter((e) => e.payer === "kommun");
  const windowByDepartment = new Map([...savingsByDepartment.keys()].map((d) => [d, sum(municipal.filter((e) => e.departmentId === d).map((e) => e.window))] as const));
  const windowSavings = sum([...windowByDepartment.values()]);
  const duringSavings = years.reduce((s, y, i) => (y >= inv.startYear && y <= inv.endYear ? s.plus(savingsByYear[i] as Dec) : s), ZERO);

  const factor = breakEvenShare(totalCost, windowSavings, ONE);
  const breakEvenFactor = isDomainError(factor) ? undefined : factor;
  const breakEvenShares = new Map(
    breakEvenFactor ? effects.filter((e) => e.payer === "kommun").map((e) => [e.id, e.share.times(breakEvenFactor)] as const) : []
  );

  return {
    years,
    options,
    costLines: lines,
    costByYear,
    totalCost,
    cofinancing,
    costByDepartment,
    effects,
    savingsByYear,
    savingsByDepartment,
    windowByDepartment,
    windowSavings,
    duringSavings,
    societalByPayer,
    approval: approval(windowSavings, totalCost),
    paybackYear: paybackYear(savingsByYear, years, totalCost),
    breakEvenFactor,
    breakEvenShares,
    repayment: rules.repaymentModel
      ? repaymentFor({ startYear: inv.startYear, endYear: inv.endYear, includeDuring: resolved.includeDuring }, rules, years, totalCost, savingsByDepartment, windowByDepartment)
      : undefined,
    eligibility: checkEligibility(inv, rules, othersStartingSameYear)
  };
}

function repaymentFor(
  period: RepaymentPeriod,
  rules: RuleSet,
  years: readonly number[],
  totalCost: Dec,
  savingsByDepartment: ReadonlyMap<string, readonly Dec[]>,
  windowByDepartment: ReadonlyMap<string, Dec>
): RepaymentResult {
  const fee = dec(rules.feeShare);
  const planned = plannedRepayment(totalCost, fee);
  const depts = [...windowByDepartment.keys()];
  const parts = splitRepayment(totalCost, depts.map((d) => windowByDepartment.get(d) as Dec), undefined, dec(rules.floorShare), fee);
  const byDepartment = new Map<string, Dec>();
  const planByDepartment = new Map<string, readonly Dec[]>();
  if (parts) {
    depts.forEach((d, i) => {
      const owed = parts[i] as Dec;
      byDepartment.set(d, owed);
      planByDepartment.set(d, departmentRepaymentPlan(rules, period, years, savingsByDepartment.get(d) as readonly Dec[], owed));
    });
  }
  return { planned, byDepartment, planByDepartment };
}
