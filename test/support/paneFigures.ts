/**
 * The pane as a face: a scenario file loaded into the pane's state (as the pane does when
 * it reads a workbook or opens a file), then evaluated the way the pane evaluates for
 * display. The one place the differential tests know the pane's shape: adapt it here when
 * the pane's state or evaluateDraft changes.
 */
import type { DomainError, Evaluation, FollowUp, Summary } from "../../src/engine";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import { evaluateDraft } from "../../src/taskpane/state/evaluateDraft";
import { initialPaneState } from "../../src/taskpane/state/transition";

/** What the pane shows for a file: its summary, the planned evaluation and the follow-up, or the error it shows. */
export type PaneResult = { readonly summary: Summary; readonly planned: Evaluation; readonly followUp: FollowUp | DomainError } | DomainError;

/**
 * Evaluates a file as the pane does.
 *
 * @example
 * const r = paneResult(workedExampleFile);
 * "summary" in r && r.summary.windowSavings; // 16200000
 */
export function paneResult(file: ScenarioFile): PaneResult {
  const state = initialPaneState(file);
  const r = evaluateDraft(state.draft, state.scenario, state.actuals);
  return r.ok ? { summary: r.summary, planned: r.evaluation, followUp: r.followUp } : r.error;
}
