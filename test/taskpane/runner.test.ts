/**
 * The one runner: it carries out the transition's effects on a workbook and reports each
 * outcome as an action; failures are logged and reported, and after dispose nothing more
 * is reported.
 */
import { exampleGateway } from "../../src/preview/exampleWorkbook";
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
