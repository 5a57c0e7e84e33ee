/**
 * What a read of the workbook does to the pane's uncertainty: a workbook with the Osäkerhet
 * sheet gives its ranges, grades, seed and draws; one without it leaves the pane's; a
 * re-read of an unchanged sheet keeps the pane's own edits of the seed and the draws.
 */
import { workedExampleFile } from "../../src/preview/exampleWorkbook";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import { applyRead } from "../../src/taskpane/state/applyRead";
import type { PaneState, ReadOutcome } from "../../src/taskpane/state/paneState";
import { initialPaneState } from "../../src/taskpane/state/transition";
import { editSettings, editUncertainty } from "../../src/taskpane/state/uncertaintyEdits";

const outcome = (file: ScenarioFile): ReadOutcome => ({ file, hasInputs: true, problems: [], tables: [], catalogue: [], hasUnitCostTable: true });

/** The worked example as read from a workbook with the sheet: share (0.1, 0.5), seed 7, 400 draws. */
function withSheet(low = 0.1): ScenarioFile {
  const file = workedExampleFile();
  return { ...file, uncertainty: { draws: 400, seed: 7 }, investment: editUncertainty(file.investment, { type: "setRange", kind: "share", id: "placement", range: { low, high: 0.5 } }) };
}

function paneWithOwnRange(): PaneState {
  const file = workedExampleFile();
  const state = initialPaneState(file);
  return { ...state, draft: { ...state.draft, uncertainty: { draws: 1000, seed: 3 }, investment: editUncertainty(file.investment, { type: "setRange", kind: "share", id: "placement", range: { low: 0.2, high: 0.4 } }) } };
}

describe("a read and the pane's uncertainty", () => {
  test("a workbook with the sheet: its ranges, seed and draws replace the pane's", () => {
    const next = applyRead(paneWithOwnRange(), outcome(withSheet()));
    expect(next.draft.investment.effects[0]!.uncertainty).toEqual({ share: { low: 0.1, high: 0.5 } });
    expect(next.draft.uncertainty).toEqual({ draws: 400, seed: 7 });
  });

  test("a workbook without the sheet: the pane's ranges, seed and draws stay", () => {
    const next = applyRead(paneWithOwnRange(), outcome({ ...workedExampleFile(), investment: { ...workedExampleFile().investment, name: "Ändrad" } }));
    expect(next.draft.investment.name).toBe("Ändrad");
    expect(next.draft.investment.effects[0]!.uncertainty).toEqual({ share: { low: 0.2, high: 0.4 } });
    expect(next.draft.uncertainty).toEqual({ draws: 1000, seed: 3 });
  });

  test("a re-read of an unchanged sheet keeps the pane's seed; a range changed in the sheet is taken, the seed kept", () => {
    const first = applyRead(paneWithOwnRange(), outcome(withSheet()));
    const edited: PaneState = { ...first, draft: editSettings(first.draft, { type: "setUncertaintySettings", seed: 11 }) };
    expect(applyRead(edited, outcome(withSheet())).draft.uncertainty).toEqual({ draws: 400, seed: 11 });
    const changed = applyRead(edited, outcome(withSheet(0.15)));
    expect(changed.draft.investment.effects[0]!.uncertainty).toEqual({ share: { low: 0.15, high: 0.5 } });
    expect(changed.draft.uncertainty).toEqual({ draws: 400, seed: 11 });
  });
});
