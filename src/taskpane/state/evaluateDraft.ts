/**
 * The engine run on the pane's state: the planned evaluation under the scenario settings,
 * its rounded summary, and the follow-up of the actuals against it. Pure; the pane
 * memoises it on its inputs.
 */
import type { Actuals, DomainError, Evaluation, FollowUp, RuleSet, Summary } from "../../engine";
import { evaluateInvestment, followUp, isDomainError, summarize } from "../../engine";
import type { ScenarioSettings } from "../../excel/namedScenarios";
import { resolveRules } from "../../scenario/resolveRules";
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
 * The actuals with every gap filled by the plan: each target group's volumes and each
 * effect's share, as the follow-up sheet does.
 *
 * @example
 * completeActuals(workedExample, { shares: { placement: 0.1 } }).volumes?.pupils; // { "2017": 10, "2018": 10, "2019": 10 }
 */
export function completeActuals(file: ScenarioFile, actuals: Actuals): Actuals {
  const inv = file.investment;
  return {
    volumes: Object.fromEntries(inv.targetGroups.map((g) => [g.id, { ...g.volumes, ...(actuals.volumes?.[g.id] ?? {}) }])),
    shares: Object.fromEntries(inv.effects.map((e) => [e.id, actuals.shares?.[e.id] ?? e.share]))
  };
}

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
  const rules = resolveRules(file.rules);
  if (isDomainError(rules)) return { ok: false, error: rules };
  const scenario = toScenario(settings);
  const evaluation = evaluateInvestment(file.investment, rules, scenario);
  if (isDomainError(evaluation)) return { ok: false, error: evaluation, rules };
  return {
    ok: true,
    rules,
    evaluation,
    summary: summarize(evaluation),
    followUp: followUp(file.investment, rules, completeActuals(file, actuals), scenario)
  };
}
