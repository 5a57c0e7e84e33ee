/**
 * Follow-up: actual against planned after evaluation, and the repayment each department
 * owes under the risk-sharing rule (MODEL.md rule 7).
 */
import { completeActuals } from "./actuals";
import type { CompletedActuals } from "./actuals";
import type { Dec } from "./decimal";
import { ZERO, dec, sum } from "./decimal";
import { isDomainError } from "./errors";
import type { Evaluation } from "./evaluate";
import { evaluateInvestment } from "./evaluate";
import type { Actuals, Investment, Scenario } from "./model";
import { departmentWeights, splitRepayment } from "./repayment";
import type { Result } from "./result";
import type { RuleSet } from "./rules";
import { validateActuals } from "./validate";

/** Actual against planned after evaluation, with the repayment under risk sharing. */
export interface FollowUp {
  readonly planned: Evaluation;
  /** The evaluation with the completed actuals (actual where given, the plan elsewhere). */
  readonly actual: Evaluation;
  /** Which values are actual and which are forecast (the plan). */
  readonly completed: CompletedActuals;
  /** Actual − planned window savings per department. */
  readonly varianceByDepartment: ReadonlyMap<string, Dec>;
  /** max(floor × C × w[d], min(R × w[d], A⁺[d])) per department (exact); undefined without a repayment model or positive planned savings. */
  readonly actualRepaymentByDepartment: ReadonlyMap<string, Dec> | undefined;
  /** The sum of {@link actualRepaymentByDepartment}; undefined when that is. */
  readonly actualRepayment: Dec | undefined;
}

/**
 * Compares actual with planned: checks the actuals against the field table, evaluates
 * both (the actuals completed year by year with the plan), the variance per department, and the repayment each department owes under
 * the risk-sharing rule.
 *
 * @example
 * // Worked example, actual share 0.1 instead of 0.3: actual window savings 5.4 MSEK,
 * // repayment max(0.3 × 12.2 MSEK, min(12.81 MSEK, 5.4 MSEK)) = 5 400 000.
 * // Only 2017's actual volume given (8 instead of 10): the other years keep the plan,
 * // window savings 15 660 000, repayment 12 810 000.
 */
export function followUp(inv: Investment, rules: RuleSet, actuals: Actuals, scenario: Scenario = {}): Result<FollowUp> {
  const planned = evaluateInvestment(inv, rules, scenario);
  if (isDomainError(planned)) return planned;
  return followUpOf(planned, inv, rules, actuals, scenario);
}

/**
 * {@link followUp} against a planned evaluation already made of the same investment, rules
 * and scenario (the appraisal's), so the plan is not evaluated again; without any actual
 * value the actual evaluation is the plan itself.
 *
 * @example
 * const planned = evaluateInvestment(workedExample, OREBRO_2013_2019) as Evaluation;
 * (followUpOf(planned, workedExample, OREBRO_2013_2019, { shares: { placement: 0.1 } }) as FollowUp).actualRepayment?.toNumber(); // 5400000
 */
export function followUpOf(planned: Evaluation, inv: Investment, rules: RuleSet, actuals: Actuals, scenario: Scenario = {}): Result<FollowUp> {
  const valid = validateActuals(actuals);
  if (isDomainError(valid)) return valid;
  const completed = completeActuals(inv, actuals, planned.years);
  const actual = completed.any ? evaluateInvestment(inv, rules, scenario, actuals) : planned;
  if (isDomainError(actual)) return actual;
  const depts = [...planned.windowByDepartment.keys()];
  const varianceByDepartment = new Map(depts.map((d) => [d, (actual.windowByDepartment.get(d) ?? ZERO).minus(planned.windowByDepartment.get(d) as Dec)] as const));
  let actualRepaymentByDepartment: Map<string, Dec> | undefined;
  if (rules.repaymentModel && departmentWeights(depts.map((d) => planned.windowByDepartment.get(d) as Dec))) {
    const parts = splitRepayment(
      planned.totalCost,
      depts.map((d) => planned.windowByDepartment.get(d) as Dec),
      depts.map((d) => actual.windowByDepartment.get(d) ?? ZERO),
      dec(rules.floorShare),
      dec(rules.feeShare)
    ) as Dec[];
    actualRepaymentByDepartment = new Map(depts.map((d, i) => [d, parts[i] as Dec] as const));
  }
  const actualRepayment = actualRepaymentByDepartment ? sum([...actualRepaymentByDepartment.values()]) : undefined;
  return { planned, actual, completed, varianceByDepartment, actualRepaymentByDepartment, actualRepayment };
}
