/**
 * The engine run on the pane's state: the planned evaluation under the scenario, its
 * rounded summary, and the follow-up of the actuals against it. Pure; the pane memoises
 * it on its inputs.
 */
import type { Actuals, DomainError, Evaluation, FollowUp, Investment, ResolvedScenario, RuleSet, Scenario, Summary } from "../../engine";
import { appraise, isDomainError, resolveRules, resolveScenario } from "../../engine";
import type { ScenarioFile } from "../../scenario/scenarioFile";
import type { UncertaintyAnalysis } from "../../engine/uncertainty/analyse";
import type { BiasCorrected } from "../../engine/uncertainty/biasCorrected";

/** What the engine made of the draft. */
export type DraftEvaluation =
  | {
      readonly ok: true;
      readonly rules: RuleSet;
      /** The scenario with every setting decided (base year, rate, horizon, …). */
      readonly scenario: ResolvedScenario;
      readonly evaluation: Evaluation;
      readonly summary: Summary;
      /** Actual against planned; a domain error when the actuals cannot be evaluated. */
      readonly followUp: FollowUp | DomainError;
      /** The draws over the investment's ranges (null without any), or why they cannot be made. */
      readonly uncertainty: UncertaintyAnalysis | DomainError | null;
      /** The base case cut by the optimism bias of the confidence grades (null without grades). */
      readonly biasCorrected: BiasCorrected | null;
    }
  | { readonly ok: false; readonly error: DomainError; readonly rules?: RuleSet; readonly scenario?: ResolvedScenario };

/** What to leave out of an evaluation. */
export interface EvaluateOptions {
  /** False: no draws and no bias correction (the comparison of saved scenarios shows neither, and 20 of them would redraw on every edit). */
  readonly uncertainty?: boolean;
}

/** The investment without its ranges and grades. */
function withoutUncertainty(inv: Investment): Investment {
  const strip = <T extends { readonly uncertainty?: unknown }>(item: T): T => {
    if (item.uncertainty === undefined) return item;
    const { uncertainty: _dropped, ...rest } = item;
    return rest as T;
  };
  return { ...inv, effects: inv.effects.map(strip), targetGroups: inv.targetGroups.map(strip), unitCosts: inv.unitCosts.map(strip) };
}

/**
 * Evaluates the draft under the scenario, and the actuals against it.
 *
 * @example
 * const r = evaluateDraft(workedExampleFile, {}, {});
 * r.ok && r.summary.windowSavings; // 16200000
 * const later = evaluateDraft(workedExampleFile, { discountRate: 0.035, baseYear: 2019 }, {});
 * later.ok && later.summary.windowSavings; // 15302290.04
 * evaluateDraft(withRanges, {}, {}, { uncertainty: false }).ok && …uncertainty; // null: no draws
 */
export function evaluateDraft(file: Pick<ScenarioFile, "rules" | "investment" | "uncertainty">, scenario: Scenario, actuals: Actuals, options: EvaluateOptions = {}): DraftEvaluation {
  const investment = options.uncertainty === false ? withoutUncertainty(file.investment) : file.investment;
  const appraisal = appraise({ rules: file.rules, investment, scenario, actuals, ...(file.uncertainty ? { uncertainty: file.uncertainty } : {}) });
  if (isDomainError(appraisal)) {
    const rules = resolveRules(file.rules);
    if (isDomainError(rules)) return { ok: false, error: appraisal };
    return { ok: false, error: appraisal, rules, scenario: resolveScenario(file.investment, rules, scenario) };
  }
  return { ok: true, rules: appraisal.rules, scenario: appraisal.scenario, evaluation: appraisal.evaluation, summary: appraisal.summary, followUp: appraisal.followUp, uncertainty: appraisal.uncertainty, biasCorrected: appraisal.biasCorrected };
}
