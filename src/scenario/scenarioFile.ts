import type { Actuals, Investment, RulesChoice, Scenario } from "../engine";
import type { UncertaintySettings } from "../engine/uncertainty/model";

export type { RulesChoice };

/** A row of the evaluation schema (utvärderingsschema). */
export interface EvaluationRow {
  readonly goal: string;
  readonly activity: string;
  readonly activityMeasures: string;
  readonly effectMeasures: string;
  readonly indicators: string;
  readonly economicEffects: string;
}

/** A scenario file (JSON) after validation: everything one application workbook needs. */
export interface ScenarioFile {
  /** Always "sinv-scenario/1". */
  readonly format: "sinv-scenario/1";
  readonly rules: RulesChoice;
  readonly investment: Investment;
  readonly scenario?: Scenario;
  readonly actuals?: Actuals;
  /** How many draws the uncertainty analysis makes and from which seed (docs/uncertainty.md). */
  readonly uncertainty?: UncertaintySettings;
  readonly evaluationSchema?: readonly EvaluationRow[];
  /** Free text shown in the workbook: what the example is, what is illustrative. */
  readonly notes?: readonly string[];
  /** Sources of the investment's facts (granted amount, period, ...). */
  readonly sources?: readonly { readonly title: string; readonly url?: string }[];
}
