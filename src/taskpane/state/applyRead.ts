/**
 * What a read of the workbook changes in the pane's state. Only what changed in the
 * workbook since the last read is replaced, so the finance director's unsaved scenario
 * and the economist's edits survive an edit of an unrelated cell.
 */
import type { PaneState, ReadOutcome } from "./paneState";
import { carryUncertainty } from "./uncertaintyEdits";
import { splitActualCosts } from "./actualCostsOfFile";

/**
 * The state after a read found `outcome`.
 *
 * @example
 * // The parameter block's volume factor edited to 2 in the workbook, nothing else:
 * applyRead(state, outcome).scenario.volumeFactor; // 2, while state.draft stays the pane's
 * // SINV_UtfallKostnader read with staff 2017 = 3 100 000:
 * applyRead(state, outcome).actualCosts; // { staff: { "2017": 3100000 } }
 */
export function applyRead(state: PaneState, outcome: ReadOutcome): PaneState {
  const file = outcome.file;
  const read = { seq: state.read.seq, ...(state.read.eventsError !== undefined ? { eventsError: state.read.eventsError } : {}) };
  if (!file) return { ...state, read: { ...read, status: "read", outcome, ...(state.read.lastKeys ? { lastKeys: state.read.lastKeys } : {}) } };
  const keys = {
    investment: JSON.stringify([file.investment, file.rules]),
    scenario: JSON.stringify(file.scenario ?? {}),
    actuals: JSON.stringify(file.actuals ?? {})
  };
  const last = state.read.lastKeys;
  const scenarioChanged = keys.scenario !== last?.scenario;
  return {
    ...state,
    // The pane's ranges and grades stay: the workbook's input tables do not hold them (docs/uncertainty.md).
    draft:
      keys.investment !== last?.investment
        ? { format: file.format, rules: file.rules, investment: carryUncertainty(state.draft.investment, file.investment), ...(state.draft.uncertainty ? { uncertainty: state.draft.uncertainty } : {}) }
        : state.draft,
    scenario: scenarioChanged ? (file.scenario ?? {}) : state.scenario,
    selected: scenarioChanged ? null : state.selected,
    ...(keys.actuals !== last?.actuals ? splitActualCosts(file.actuals ?? {}) : {}),
    read: { ...read, status: "read", outcome, lastKeys: keys }
  };
}
