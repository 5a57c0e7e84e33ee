/**
 * The one runner: it carries out the transition's effects on a workbook and reports each
 * outcome as an action; failures are logged and reported, and after dispose nothing more
 * is reported.
 */
import { exampleGateway, workedExampleFile } from "../../src/preview/exampleWorkbook";
import { WorkbookError } from "../../src/sheetModel/workbookError";
import { SV } from "../../src/taskpane/i18n/sv";
import type { PaneEffect } from "../../src/taskpane/state/effects";
import type { PaneState } from "../../src/taskpane/state/paneState";
import { initialPaneState, paneTransition } from "../../src/taskpane/state/transition";
import type { PaneAction } from "../../src/taskpane/state/actions";
import { paneTemplate } from "../../src/taskpane/state/paneTemplate";
import { createRunner, REREAD_DELAY_MS } from "../../src/taskpane/state/runner";
import { loadExampleUnitCosts } from "./support";

async function runnerOver(): Promise<{ reports: PaneAction[]; gateway: Awaited<ReturnType<typeof exampleGateway>>; runner: ReturnType<typeof createRunner> }> {
  const gateway = await exampleGateway("sv");
  const reports: PaneAction[] = [];
  const runner = createRunner({ gateway, template: paneTemplate(), loadExampleUnitCosts }, (a) => reports.push(a));
  return { reports, gateway, runner };
}

describe("createRunner", () => {
  it("reads the workbook and reports the outcome with the read's number", async () => {
    const { reports, runner } = await runnerOver();
    await runner.run({ type: "read", seq: 3 });
    expect(reports).toEqual([{ type: "readDone", seq: 3, outcome: expect.objectContaining({ hasInputs: true, problems: [] }) }]);
  });

  it("loads the example unit-cost table for the picker: every sourced row", async () => {
    const { reports, runner } = await runnerOver();
    await runner.run({ type: "loadExamples" });
    const loaded = reports[0] as Extract<PaneAction, { type: "examplesLoaded" }>;
    expect(loaded.type).toBe("examplesLoaded");
    expect(loaded.list.length).toBe(43);
    expect(loaded.list.find((u) => u.code === "SKOLA_GRUNDSKOLA_ELEV_AR_OREBRO")).toMatchObject({ cost: 98912, priceYear: 2019, payer: "kommun" });
  });

  it("writes the scenario's parameters and reports the cells", async () => {
    const { reports, runner, gateway } = await runnerOver();
    const labels = { baseYear: ["Basår för diskontering", "Base year for discounting"] };
    await runner.run({ type: "writeParameters", values: { baseYear: 2019 }, labels });
    expect(reports).toEqual([{ type: "parametersWritten", report: { cells: ["Parametrar!B12"] } }]);
    expect(gateway.cell("Parametrar", "B12")?.value).toBe(2019);
  });

  it("logs and reports a failure, never swallows it", async () => {
    const { reports, runner, gateway } = await runnerOver();
    const error = new Error("read-only");
    jest.spyOn(gateway, "saveScenarios").mockRejectedValue(error);
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await runner.run({ type: "saveScenarios", list: [], chosen: null });
    expect(logged).toHaveBeenCalledWith("SINV: saving the scenarios failed", error);
    logged.mockRestore();
    expect(reports).toEqual([{ type: "operationFailed", operation: "saveScenarios", error }]);
  });

  it("follows changes with one debounced re-read, and stops when disposed", async () => {
    jest.useFakeTimers();
    try {
      const { reports, runner, gateway } = await runnerOver();
      await runner.run({ type: "watchChanges" });
      gateway.setCell("Effekter", "F5", 0.2);
      gateway.setCell("Effekter", "F5", 0.25);
      jest.advanceTimersByTime(REREAD_DELAY_MS);
      expect(reports).toEqual([{ type: "reread" }]);
      runner.dispose();
      gateway.setCell("Effekter", "F5", 0.3);
      jest.advanceTimersByTime(REREAD_DELAY_MS * 2);
      await runner.run({ type: "read", seq: 9 });
      expect(reports).toEqual([{ type: "reread" }]);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("a write that fails reaches the pane's state, and the workbook is as before", () => {
  const effects: readonly PaneEffect[] = [
    { type: "writeParameters", values: { baseYear: 2019, shareFactor: 0.5 }, labels: { baseYear: ["Basår för diskontering"], shareFactor: ["Effektandel × (scenario)"] } },
    { type: "writeActuals", writes: [{ table: "SINV_UtfallAndelar", keyHeaders: ["Effekt"], updates: { placement: { "Faktisk andel": 0.1 } }, columnLabels: {} }] },
    { type: "insertExample", sheet: "Enhetskostnader (exempel)", note: "Exempel" },
    { type: "saveScenarios", list: [{ name: "A", scenario: { shareFactor: 0.5 } }], chosen: "A" }
  ];

  it.each(effects.map((e) => [e.type, e] as const))("%s", async (type, effect) => {
    let armed = false;
    const fail = (): void => {
      if (armed) throw new Error("Simulated failure.");
    };
    const gateway = await exampleGateway("sv", { onWrite: fail, onInsertStep: fail });
    const before = { ...gateway.snapshot(), cells: gateway.snapshot().sheets.map((s) => gateway.cells(s)), scenarios: gateway.scenariosText() };
    const reports: PaneAction[] = [];
    const runner = createRunner({ gateway, template: paneTemplate(), loadExampleUnitCosts }, (a) => reports.push(a));
    armed = true;
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await runner.run(effect);
    logged.mockRestore();
    expect(reports).toEqual([{ type: "operationFailed", operation: type, error: expect.any(WorkbookError) }]);
    const step = paneTransition({ template: paneTemplate(), strings: SV });
    const state = reports.reduce((s, a) => step(s, a).state, initialPaneState(workedExampleFile()));
    const shown = state.operations[type as keyof PaneState["operations"]];
    expect(shown.busy).toBe(false);
    expect((shown.error as WorkbookError).text("sv")).toMatch(/Inget har ändrats|De tidigare sparade scenarierna gäller/);
    expect({ ...gateway.snapshot(), cells: gateway.snapshot().sheets.map((s) => gateway.cells(s)), scenarios: gateway.scenariosText() }).toEqual(before);
  });
});
