import type { Evaluation, FollowUp, ResolvedScenario, RuleSet, Summary } from "../engine";
import type { ScenarioFile } from "../scenario/scenarioFile";
import type { LabelKey, NumberFormats, SheetKey, Template } from "./template";

/** Everything a sheet function needs: the inputs, the engine's results, the template in one language. */
export interface BuildContext {
  readonly lang: "sv" | "en";
  readonly formulas: "native" | "sinv";
  readonly template: Template;
  readonly file: ScenarioFile;
  readonly rules: RuleSet;
  /** The scenario with every value decided by the engine's resolution. */
  readonly scenario: ResolvedScenario;
  readonly ev: Evaluation;
  readonly summary: Summary;
  readonly followUp: FollowUp;
  /** Total repayment under risk sharing, rounded to öre; null without actuals or a repayment model. */
  readonly actualRepayment: number | null;
  readonly years: readonly number[];
  /** A label in the workbook's language. */
  t(key: LabelKey): string;
  /** A label in both languages (Swedish, English), as the read-back accepts it. */
  both(key: LabelKey): readonly string[];
  /** A sheet's name in the workbook's language. */
  sheet(key: SheetKey): string;
  /** Number formats of what readers see: amounts in the template's unit (kr, tkr, mnkr). */
  readonly fmt: NumberFormats;
  /** Number formats of the input tables: amounts in kronor, as they are typed. */
  readonly inputFmt: NumberFormats;
}
