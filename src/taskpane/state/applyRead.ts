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
    actuals: JSON.stringify(file.actuals ?? {}),
    uncertainty: JSON.stringify(file.uncertainty ?? null)
  };
  const last = state.read.lastKeys;
  const scenarioChanged = keys.scenario !== last?.scenario;
  const investmentChanged = keys.investment !== last?.investment;
  const settingsChanged = file.uncertainty !== undefined && keys.uncertainty !== last?.uncertainty;
  // A workbook with the Osäkerhet sheet holds the ranges, grades, seed and draws (read back
  // by their tables and names); one without it does not, so the pane's own stay.
  const sheet = file.uncertainty !== undefined;
  const uncertainty = settingsChanged ? file.uncertainty : state.draft.uncertainty;
  return {
    ...state,
    draft:
      investmentChanged || settingsChanged
        ? {
            format: file.format,
            rules: investmentChanged ? file.rules : state.draft.rules,
            investment: !investmentChanged ? state.draft.investment : sheet ? file.investment : carryUncertainty(state.draft.investment, file.investment),
            ...(uncertainty ? { uncertainty } : {})
          }
        : state.draft,
    scenario: scenarioChanged ? (file.scenario ?? {}) : state.scenario,
    selected: scenarioChanged ? null : state.selected,
    ...(keys.actuals !== last?.actuals ? splitActualCosts(file.actuals ?? {}) : {}),
    read: { ...read, status: "read", outcome, lastKeys: keys }
  };
}
