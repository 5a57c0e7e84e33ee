/**
 * The engine run on the pane's state: the planned evaluation under the scenario settings,
 * its rounded summary, and the follow-up of the actuals against it. Pure; the pane
 * memoises it on its inputs.
 */
import type { Actuals, DomainError, Evaluation, FollowUp, RuleSet, Summary } from "../../engine";
import { appraise, isDomainError } from "../../engine";
import type { ScenarioSettings } from "../../sheetModel/namedScenarios";
import { resolveRules } from "../../engine/ruleChoice";
import type { ScenarioFile } from "../../scenario/scenarioFile";
import { toScenario } from "./settings";

/** What the engine made of the draft. */
export type DraftEvaluation =
  | {
      readonly ok: true;
      readonly rules: RuleSet;
      readonly evaluation: Evaluation;
      readonly summary: Summary;
      /** Actual against planned; a domain error when the actuals cannot be evaluated. */
      readonly followUp: FollowUp | DomainError;
    }
  | { readonly ok: false; readonly error: DomainError; readonly rules?: RuleSet };

/**
 * Evaluates the draft under the settings, and the actuals against it.
 *
 * @example
 * const r = evaluateDraft(workedExampleFile, defaultSettings(OREBRO_2013_2019), {});
 * r.ok && r.summary.windowSavings; // 16200000
 * const half = evaluateDraft(workedExampleFile, { ...defaultSettings(OREBRO_2013_2019), shareFactor: 0.5 }, {});
 * half.ok && half.summary.windowSavings; // 8100000
 */
export function evaluateDraft(file: ScenarioFile, settings: ScenarioSettings, actuals: Actuals): DraftEvaluation {
  const appraisal = appraise({ rules: file.rules, investment: file.investment, scenario: toScenario(settings), actuals });
  if (isDomainError(appraisal)) {
    const rules = resolveRules(file.rules);
    return { ok: false, error: appraisal, rules: isDomainError(rules) ? undefined : rules };
  }
  return { ok: true, rules: appraisal.rules, evaluation: appraisal.evaluation, summary: appraisal.summary, followUp: appraisal.followUp };
}
