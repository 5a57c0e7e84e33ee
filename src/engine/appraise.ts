/**
 * The one entry point every face calls (the pane, the CLI, the workbook generator): rules
 * resolved from the choice, the scenario resolved, the plan evaluated, the actuals
 * completed and followed up, and the key results rounded where they leave the engine.
 */
import type { CostFollowUp } from "./costFollowUp";
import { costFollowUp } from "./costFollowUp";
import type { DomainError } from "./errors";
import { isDomainError } from "./errors";
import type { Evaluation } from "./evaluate";
import { nonFiniteSummary } from "./finiteSummary";
import { evaluateInvestment } from "./evaluate";
import type { FollowUp } from "./followUp";
import { followUpOf } from "./followUp";
import type { Actuals, Investment, Scenario } from "./model";
import type { Result } from "./result";
import { roundOre } from "./rounding";
import type { RulesChoice } from "./ruleChoice";
import { resolveRules } from "./ruleChoice";
import type { RuleSet } from "./rules";
import type { ResolvedScenario } from "./scenario";
import { resolveScenario } from "./scenario";
import type { Summary } from "./summarize";
import { summarize } from "./summarize";
import type { UncertaintyAnalysis } from "./uncertainty/analyse";
import { analyseUncertainty } from "./uncertainty/analyse";
import type { BiasCorrected } from "./uncertainty/biasCorrected";
import { biasCorrected, hasGrades } from "./uncertainty/biasCorrected";
import type { UncertaintySettings } from "./uncertainty/model";
import { uncertaintyModel } from "./uncertainty/parts";

/** What is appraised: the rules chosen, the investment, a scenario and the actuals. */
export interface AppraisalInput {
  readonly rules: RulesChoice;
  readonly investment: Investment;
  readonly scenario?: Scenario;
  readonly actuals?: Actuals;
  /** How many draws the uncertainty analysis makes, from which seed (used only when the investment has ranges). */
  readonly uncertainty?: UncertaintySettings;
}

/** Everything computed for one input. */
export interface Appraisal {
  readonly rules: RuleSet;
  readonly scenario: ResolvedScenario;
  readonly evaluation: Evaluation;
  readonly summary: Summary;
  /** Actual against planned (the plan where no actual was given); an error when the actuals cannot be evaluated. */
  readonly followUp: FollowUp | DomainError;
  /** Total repayment under risk sharing, rounded to öre; null without actuals or a repayment model. */
  readonly actualRepayment: number | null;
  /** Actual costs against the budget per cost line and year (the budget alone, all forecast, without actual costs). */
  readonly costFollowUp: CostFollowUp;
  /**
   * The draws over the investment's ranges (docs/uncertainty.md): null without any range, an
   * error when a range or setting is invalid (the rest of the appraisal stands).
   */
  readonly uncertainty: UncertaintyAnalysis | DomainError | null;
  /** The base case with the optimism-bias correction of the confidence grades; null without any grade. */
  readonly biasCorrected: BiasCorrected | null;
}

/**
 * Appraises an investment.
 *
 * @example
 * const a = appraise(workedExampleFile) as Appraisal;
 * a.summary.windowSavings;  // 16200000
 * a.actualRepayment;        // null (no actuals)
 * a.uncertainty;            // null (no ranges); with a share range (0.1, 0.3, 0.5): a.uncertainty.figures.pApproved ≈ 0.80
 * (appraise({ ...workedExampleFile, actuals: { volumes: { pupils: { "2017": 8 } } } }) as Appraisal).actualRepayment; // 12810000
 * (appraise({ ...workedExampleFile, actuals: { costs: { staff: { "2017": 3100000 } } } }) as Appraisal).costFollowUp.total.variance; // 100000
 */
export function appraise(input: AppraisalInput, othersStartingSameYear = 0): Result<Appraisal> {
  const rules = resolveRules(input.rules);
  if (isDomainError(rules)) return rules;
  const scenario = resolveScenario(input.investment, rules, input.scenario);
  const evaluation = evaluateInvestment(input.investment, rules, scenario, undefined, othersStartingSameYear);
  if (isDomainError(evaluation)) return evaluation;
  const fu = followUpOf(evaluation, input.investment, rules, input.actuals ?? {}, scenario);
  const actualRepayment = !isDomainError(fu) && fu.completed.any && fu.actualRepayment !== undefined ? roundOre(fu.actualRepayment).toNumber() : null;
  const summary = summarize(evaluation);
  const tooLarge = nonFiniteSummary(summary, evaluation.totalCost);
  if (tooLarge) return tooLarge;
  const uncertainty = analyseUncertainty(input.investment, rules, evaluation, input.scenario, input.uncertainty);
  const corrected = hasGrades(input.investment) && !isDomainError(uncertainty)
    ? biasCorrected(input.investment, rules, evaluation, uncertainty?.model ?? uncertaintyModel(input.investment, rules, evaluation))
    : null;
  const costs = costFollowUp(evaluation, input.actuals?.costs ?? {});
  return { rules, scenario, evaluation, summary, followUp: fu, actualRepayment, costFollowUp: costs, uncertainty, biasCorrected: corrected };
}
