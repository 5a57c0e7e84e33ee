/**
 * The pane's transition as a pure function: given a state and an action (plain data),
 * the next state and the effects (plain data) the runner is to carry out. Nothing here
 * touches a workbook.
 */
import { workedExampleFile } from "../../src/preview/exampleWorkbook";
import { SV } from "../../src/taskpane/i18n/sv";
import type { PaneAction } from "../../src/taskpane/state/actions";
import { actualsWrites } from "../../src/taskpane/state/actualsWrites";
import { blankDraft } from "../../src/taskpane/state/blankDraft";
import type { PaneState } from "../../src/taskpane/state/paneState";
import { paneTemplate } from "../../src/taskpane/state/paneTemplate";
import { initialPaneState, paneTransition } from "../../src/taskpane/state/transition";
import type { WorkbookPlan } from "../../src/sheetModel/plan";

const template = paneTemplate();
const step = paneTransition({ template, strings: SV });
const worked = (): PaneState => initialPaneState(workedExampleFile());
/** Applies actions one after another, keeping only the state. */
const after = (state: PaneState, ...actions: PaneAction[]): PaneState => actions.reduce((s, a) => step(s, a).state, state);
const withFieldError = (state: PaneState): PaneState => after(state, { type: "fieldError", id: "control.shareFactor", message: "fel" });

describe("the scenario and the parameter block", () => {
  it("holds the engine's scenario: a base year is a patch, reset leaves every value to the engine", () => {
    const state = after(worked(), { type: "editScenario", patch: { discountRate: 0.035 } });
    const next = step(state, { type: "editScenario", patch: { baseYear: 2019 } });
    expect(next.state.scenario).toEqual({ ...workedExampleFile().scenario, discountRate: 0.035, baseYear: 2019 });
    expect(next.effects).toEqual([]);
    expect(step(next.state, { type: "resetScenario" }).state.scenario).toEqual({});
  });

  it("writes the resolved scenario, base year included, to the parameter rows by label", () => {
    const state = after(worked(), { type: "resetScenario" }, { type: "editScenario", patch: { discountRate: 0.035, baseYear: 2019 } });
    const next = step(state, { type: "writeParameters" });
    expect(next.effects).toEqual([
      {
        type: "writeParameters",
        values: { shareFactor: 1, volumeFactor: 1, unitCostFactor: 1, discountRate: 0.035, baseYear: 2019, includeDuring: false },
        labels: expect.objectContaining({ baseYear: [template.labels.baseYear.sv, template.labels.baseYear.en], shareFactor: [template.labels.shareFactor.sv, template.labels.shareFactor.en] })
      }
    ]);
    expect(next.state.operations.writeParameters).toEqual({ busy: true });
    // Without a base year the start year is written.
    expect(step(after(worked(), { type: "resetScenario" }), { type: "writeParameters" }).effects[0]).toMatchObject({ values: { baseYear: 2017 } });
    const report = { cells: ["Parametrar!B12"] };
    expect(step(next.state, { type: "parametersWritten", report }).state.operations.writeParameters).toEqual({ busy: false, result: report });
  });

  it("starts a new investment with the scenario's factors, but its own start year as base year", () => {
    const state = after(worked(), { type: "editScenario", patch: { shareFactor: 0.5, baseYear: 2019 } }, { type: "setActualShare", effectId: "placement", value: 0.1 });
    const blank = { ...workedExampleFile(), investment: { ...workedExampleFile().investment, startYear: 2026, endYear: 2028 } };
    // The worked example would be lost: the pane asks first.
    const asking = step(state, { type: "newDraft", draft: blank }).state;
    expect(asking.pending).toEqual({ kind: "newDraft", draft: blank });
    expect(asking.draft).toBe(state.draft);
    expect(step(asking, { type: "cancelPending" }).state).toEqual({ ...state, pending: null });
    const next = step(asking, { type: "confirmPending" }).state;
    expect(next.pending).toBeNull();
    expect(next.scenario.baseYear).toBeUndefined();
    expect(next.scenario.shareFactor).toBe(0.5);
    expect(next.actuals).toEqual({});
    expect(next.draft.investment.startYear).toBe(2026);
  });

  it("writes nothing while a field holds invalid input", () => {
    const state = withFieldError(worked());
    for (const action of [{ type: "writeParameters" }, { type: "writeActuals" }, { type: "saveScenario", name: "A" }] as const) {
      const next = step(state, action);
      expect(next.effects).toEqual([]);
      expect(next.state.operations).toBe(state.operations);
    }
  });
});

describe("named scenarios", () => {
  it("asks for a name, then saves the scenario under it and uses it once stored", () => {
    const state = after(worked(), { type: "resetScenario" }, { type: "editScenario", patch: { shareFactor: 0.5 } });
    expect(step(state, { type: "saveScenario", name: "  " })).toEqual({ state: { ...state, scenarioNameMissing: true }, effects: [] });
    const saving = step(state, { type: "saveScenario", name: " Hälften " });
    const list = [{ name: "Hälften", scenario: { shareFactor: 0.5 } }];
    expect(saving.effects).toEqual([{ type: "saveScenarios", list, chosen: "Hälften" }]);
    expect(saving.state.operations.saveScenarios.busy).toBe(true);
    const saved = step(saving.state, { type: "scenariosSaved", list, chosen: "Hälften" }).state;
    expect(saved).toMatchObject({ scenarios: list, selected: "Hälften", operations: { saveScenarios: { busy: false, result: "Hälften" } } });
    const asking = step(saved, { type: "deleteScenario", name: "Hälften" });
    expect(asking).toEqual({ state: { ...saved, pending: { kind: "delete", name: "Hälften" } }, effects: [] });
    const deleting = step(asking.state, { type: "confirmPending" });
    expect(deleting.effects).toEqual([{ type: "saveScenarios", list: [], chosen: null }]);
    const deleted = step(deleting.state, { type: "scenariosSaved", list: [], chosen: null }).state;
    expect(step(deleted, { type: "undoDelete" }).effects).toEqual([{ type: "saveScenarios", list, chosen: null }]);
  });

  it("asks before replacing a saved scenario of the same name (any case) and keeps its name", () => {
    const list = [{ name: "Pessimistiskt", scenario: { shareFactor: 0.7, volumeFactor: 0.8, discountRate: 0.035 } }];
    const state = after(worked(), { type: "scenariosLoaded", list }, { type: "resetScenario" });
    const asking = step(state, { type: "saveScenario", name: "pessimistiskt" });
    expect(asking.effects).toEqual([]);
    expect(asking.state.pending).toEqual({ kind: "overwrite", name: "Pessimistiskt" });
    expect(step(asking.state, { type: "confirmPending" }).effects).toEqual([{ type: "saveScenarios", list: [{ name: "Pessimistiskt", scenario: {} }], chosen: "Pessimistiskt" }]);
  });

  it("starts over at once when nothing would be lost", () => {
    const blank = blankDraft(2026, SV);
    const fresh = initialPaneState(blank);
    const next = step(fresh, { type: "newDraft", draft: blankDraft(2026, SV) }).state;
    expect(next.pending).toBeNull();
    expect(next.draft.investment).toEqual(blank.investment);
  });

  it("keeps a failure to show it", () => {
    const error = new Error("read-only");
    expect(step(worked(), { type: "operationFailed", operation: "saveScenarios", error }).state.operations.saveScenarios).toEqual({ busy: false, error });
  });
});

describe("reading the workbook", () => {
  it("starts by reading, loading the stored scenarios and following changes", () => {
    const next = step(worked(), { type: "start" });
    expect(next.effects).toEqual([{ type: "read", seq: 1 }, { type: "loadScenarios" }, { type: "loadExamples" }, { type: "watchChanges" }]);
    expect(next.state.read).toMatchObject({ status: "reading", seq: 1 });
  });

  it("drops the answer of a read that a newer one replaced", () => {
    const state = after(worked(), { type: "start" }, { type: "reread" });
    const outcome = { hasInputs: false, problems: [], tables: [], catalogue: [], hasUnitCostTable: false };
    expect(step(state, { type: "readDone", seq: 1, outcome }).state).toBe(state);
    expect(step(state, { type: "readDone", seq: 2, outcome }).state.read).toMatchObject({ status: "read", outcome });
    expect(step(state, { type: "readFailed", seq: 1, error: new Error("x") }).state).toBe(state);
  });

  it("inserts the example table with the texts of the pane's language, then reads again", () => {
    const next = step(worked(), { type: "insertExample" });
    expect(next.effects).toEqual([{ type: "insertExample", sheet: SV.tables.exampleSheet, note: SV.tables.exampleNote }]);
    const report = { sheet: "Enhetskostnader (exempel)", table: "SINV_Enhetskostnader", range: "A3:J46" };
    const done = step(next.state, { type: "exampleInserted", report });
    expect(done.effects).toEqual([{ type: "read", seq: 1 }]);
    expect(done.state.operations.insertExample).toEqual({ busy: false, result: report });
  });

  it("selects a problem's cell", () => {
    expect(step(worked(), { type: "selectCell", sheet: "Effekter", address: "F5" }).effects).toEqual([{ type: "selectCell", sheet: "Effekter", address: "F5" }]);
  });
});

describe("the evaluator's outcomes", () => {
  it("edits actuals as data and writes every year shown", () => {
    const state = after(worked(), { type: "resetActuals" }, { type: "setActualShare", effectId: "placement", value: 0.1 }, { type: "setActualVolume", groupId: "pupils", year: 2018, value: 7 });
    expect(state.actuals).toEqual({ shares: { placement: 0.1 }, volumes: { pupils: { "2018": 7 } } });
    expect(after(state, { type: "setActualShare", effectId: "placement", value: undefined }).actuals.shares).toEqual({});
    const next = step(state, { type: "writeActuals" });
    expect(next.effects).toEqual([{ type: "writeActuals", writes: actualsWrites(state.draft.investment, state.actuals, [2017, 2018, 2019], template) }]);
    expect(step(next.state, { type: "actualsWritten", cells: 4 }).state.operations.writeActuals).toEqual({ busy: false, result: 4 });
  });
});

describe("editing the draft", () => {
  it("adds items with fresh ids and sets one year's value", () => {
    const state = after(
      worked(),
      { type: "addItem", list: "departments", prefix: "d", item: { name: "Förvaltning 3", area: "" } },
      { type: "setYearValue", list: "targetGroups", id: "pupils", year: 2018, value: 12 },
      { type: "setYearValue", list: "costLines", id: "staff", year: 2019, value: 1 }
    );
    expect(state.draft.investment.departments.map((d) => d.id)).toEqual(["fsk", "soc", "d1"]);
    expect(state.draft.investment.targetGroups[0]?.volumes).toEqual({ "2017": 10, "2018": 12, "2019": 10 });
    expect(state.draft.investment.costLines.find((l) => l.id === "staff")?.amounts?.["2019"]).toBe(1);
  });

  it("matches unit-cost codes by the engine's key: a code differing in case and spaces is not added twice", () => {
    const inv = workedExampleFile().investment;
    const same = { ...inv.unitCosts[0]!, code: " extern_skolplacering " };
    const state = after(worked(), { type: "chooseUnitCost", effectId: "placement", unitCost: same });
    expect(state.draft.investment.unitCosts).toHaveLength(1);
    expect(state.draft.investment.effects[0]?.unitCostCode).toBe(" extern_skolplacering ");
    const added = after(state, { type: "addEffect", effect: { name: "Ny", targetGroupId: "pupils", departmentId: "fsk", share: 0.1, duration: 1 }, unitCost: same });
    expect(added.draft.investment.unitCosts).toHaveLength(1);
    expect(added.draft.investment.effects.map((e) => e.id)).toEqual(["placement", "e1"]);
  });
});

describe("generating the workbook", () => {
  const plan = { sheets: [], tables: [], names: [] } as unknown as WorkbookPlan;
  const bytes = new Uint8Array([0x50, 0x4b]);

  it("goes building → writing → sending → done, one effect per step", () => {
    const state = after(worked(), { type: "editScenario", patch: { baseYear: 2019 } });
    const building = step(state, { type: "generate", mode: "insert" });
    expect(building.state.generation).toEqual({ step: "building", mode: "insert" });
    expect(building.effects).toEqual([{ type: "buildWorkbook", mode: "insert", lang: "sv", file: expect.objectContaining({ scenario: state.scenario, actuals: state.actuals }) }]);
    const writing = step(building.state, { type: "workbookBuilt", mode: "insert", plan });
    expect(writing.effects).toEqual([{ type: "writeXlsx", mode: "insert", plan }]);
    const sending = step(writing.state, { type: "xlsxWritten", mode: "insert", plan, bytes });
    expect(sending.effects).toEqual([{ type: "sendWorkbook", mode: "insert", plan, bytes }]);
    const report = { sheets: ["Översikt (2)"], tables: [], names: [], renamed: { sheets: {}, tables: {}, names: {} } };
    expect(step(sending.state, { type: "workbookSent", mode: "insert", report }).state.generation).toEqual({ step: "done", mode: "insert", report });
    // A report that does not fit the step is ignored; a second click while busy starts nothing.
    expect(step(building.state, { type: "xlsxWritten", mode: "insert", plan, bytes })).toEqual({ state: building.state, effects: [] });
    expect(step(writing.state, { type: "generate", mode: "new" }).effects).toEqual([]);
  });

  it("explains invalid inputs and a field with an error instead of building", () => {
    expect(step(withFieldError(worked()), { type: "generate", mode: "new" })).toMatchObject({ state: { generation: { step: "invalid", issues: [] } }, effects: [] });
    const broken = after(worked(), { type: "editInvestment", patch: { name: "" } }, { type: "removeItem", list: "effects", id: "placement" });
    const next = step(broken, { type: "generate", mode: "new" });
    expect(next.effects).toEqual([]);
    expect(next.state.generation.step).toBe("invalid");
  });

  it("keeps a failure", () => {
    const error = new Error("too large");
    expect(step(worked(), { type: "generationFailed", error }).state.generation).toEqual({ step: "failed", error });
  });
});
