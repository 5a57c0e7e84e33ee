/** What can happen to the pane's state. */
import type { Actuals, Investment } from "../../engine";
import type { NamedScenario, ScenarioSettings } from "../../sheetModel/namedScenarios";
import type { ScenarioFile } from "../../scenario/scenarioFile";
import type { ReadOutcome } from "./paneState";

/** An action for {@link paneReducer}. Edits are functions of the current value, so they never act on stale state. */
export type PaneAction =
  | { readonly type: "editInvestment"; readonly edit: (investment: Investment) => Investment }
  | { readonly type: "setPreset"; readonly preset: string }
  | { readonly type: "newDraft"; readonly draft: ScenarioFile }
  | { readonly type: "settings"; readonly patch: Partial<ScenarioSettings> }
  | { readonly type: "editActuals"; readonly edit: (actuals: Actuals) => Actuals }
  | { readonly type: "scenarios"; readonly list: readonly NamedScenario[] }
  | { readonly type: "useScenario"; readonly name: string }
  | { readonly type: "readStarted" }
  | { readonly type: "readDone"; readonly outcome: ReadOutcome }
  | { readonly type: "readFailed"; readonly error: unknown }
  | { readonly type: "eventsFailed"; readonly error: unknown }
  | { readonly type: "fieldError"; readonly id: string; readonly message: string | null };
