/**
 * The draft as the forms and the planned figures read it (state/draftInputs.ts): without
 * ranges, grades, draws and seed, and the same object while only those change, so that a
 * range typed on Scenarier re-renders no form and redoes no planned evaluation.
 */
import { workedExampleFile } from "../../src/preview/exampleWorkbook";
import { SV } from "../../src/taskpane/i18n/sv";
import type { PaneAction } from "../../src/taskpane/state/actions";
import { draftInputs, hasRanges } from "../../src/taskpane/state/draftInputs";
import { evaluateDraft } from "../../src/taskpane/state/evaluateDraft";
import type { PaneState } from "../../src/taskpane/state/paneState";
import { paneTemplate } from "../../src/taskpane/state/paneTemplate";
import { initialPaneState, paneTransition } from "../../src/taskpane/state/transition";
import { DEFER_ABOVE, drawWork } from "../../src/taskpane/state/useDeferredDraws";

const step = paneTransition({ template: paneTemplate(), strings: SV });
const run = (state: PaneState, ...actions: PaneAction[]): PaneState => actions.reduce((s, a) => step(s, a).state, state);
const start = initialPaneState(workedExampleFile());

describe("draftInputs", () => {
  it("keeps the draft's own objects when it has no ranges", () => {
    const inputs = draftInputs(start.draft, undefined);
    expect(hasRanges(start.draft)).toBe(false);
    expect(inputs.investment).toBe(start.draft.investment);
    expect(inputs.rules).toBe(start.draft.rules);
  });

  it("strips ranges and grades, and stays the same object while only they change", () => {
    const first = draftInputs(start.draft, undefined);
    const ranged = run(start, { type: "setRange", kind: "share", id: "placement", range: { low: 0.1, high: 0.5 } });
    expect(hasRanges(ranged.draft)).toBe(true);
    expect(draftInputs(ranged.draft, first)).toBe(first);
    const more = run(
      ranged,
      { type: "setRange", kind: "share", id: "placement", range: { low: 0.15, high: 0.5 } },
      { type: "setRange", kind: "volumeFactor", id: ranged.draft.investment.targetGroups[0]!.id, range: { low: 0.8, high: 1.1 } },
      { type: "setGrade", of: "effects", id: "placement", grade: 3 }
    );
    expect(draftInputs(more.draft, first)).toBe(first);
    // Without a previous one the ranges are stripped, every other value kept.
    const fresh = draftInputs(more.draft, undefined);
    expect(fresh.investment.effects[0]).not.toHaveProperty("uncertainty");
    expect(fresh.investment.targetGroups[0]).not.toHaveProperty("uncertainty");
    expect(fresh.investment.effects[0]).toEqual(first.investment.effects[0]);
  });

  it("is a new object when anything else changes, ranges stripped", () => {
    const ranged = run(start, { type: "setRange", kind: "share", id: "placement", range: { low: 0.1, high: 0.5 } });
    const before = draftInputs(ranged.draft, undefined);
    const edited = run(ranged, { type: "editItem", list: "effects", id: "placement", patch: { share: 0.4 } } as PaneAction);
    const after = draftInputs(edited.draft, before);
    expect(after).not.toBe(before);
    expect(after.investment.effects[0]!.share).toBe(0.4);
    expect(after.investment.effects[0]).not.toHaveProperty("uncertainty");
    const longer = run(ranged, { type: "editInvestment", patch: { endYear: ranged.draft.investment.endYear + 1 } });
    expect(draftInputs(longer.draft, before)).not.toBe(before);
  });

  it("gives the same planned figures as the draft with its ranges, and no draws", () => {
    const ranged = run(start, { type: "setRange", kind: "share", id: "placement", range: { low: 0.1, high: 0.5 } }, { type: "setGrade", of: "effects", id: "placement", grade: 4 });
    const whole = evaluateDraft(ranged.draft, ranged.scenario, ranged.actuals);
    const planned = evaluateDraft(draftInputs(ranged.draft, undefined), ranged.scenario, ranged.actuals);
    if (!whole.ok || !planned.ok) throw new Error("the worked example must evaluate");
    expect(planned.summary).toEqual(whole.summary);
    expect(whole.uncertainty).not.toBeNull();
    expect(planned.uncertainty).toBeNull();
    expect(planned.biasCorrected).toBeNull();
  });
});

describe("drawWork", () => {
  it("counts the draws times the items with a range or grade, so only large analyses are deferred", () => {
    expect(drawWork(start.draft)).toBe(0);
    const ranged = run(start, { type: "setRange", kind: "share", id: "placement", range: { low: 0.1, high: 0.5 } });
    expect(drawWork(ranged.draft)).toBe(2000);
    expect(drawWork(ranged.draft)).toBeLessThanOrEqual(DEFER_ABOVE);
    const group = ranged.draft.investment.targetGroups[0]!.id;
    const two = run(ranged, { type: "setRange", kind: "volumeFactor", id: group, range: { low: 0.8, high: 1.1 } });
    expect(drawWork({ ...two.draft, uncertainty: { draws: 10000 } })).toBe(20000);
    expect(drawWork({ ...two.draft, uncertainty: { draws: 10001 } })).toBeGreaterThan(DEFER_ABOVE);
  });
});
