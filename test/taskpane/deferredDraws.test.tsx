/** @jest-environment jsdom */
/**
 * The draws off the critical path (state/useDeferredDraws.ts): after a range edit the
 * results settle on the engine's figures for the new range, not busy; the planned figures
 * (summary) stay those of the draft without ranges; removing the range goes back to "no
 * ranges" with nothing left busy.
 */
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { exampleGateway, workedExampleFile } from "../../src/preview/exampleWorkbook";
import { SV } from "../../src/taskpane/i18n/sv";
import { evaluateDraft } from "../../src/taskpane/state/evaluateDraft";
import { uncertaintyView } from "../../src/taskpane/state/uncertaintyView";
import { installBrowserStubs, plain, renderPane, textOf } from "./support";

installBrowserStubs();
afterEach(cleanup);

const field = (prefix: string): HTMLInputElement => {
  const found = document.querySelector<HTMLInputElement>(`input[data-testid^="${prefix}"]`);
  if (!found) throw new Error(`no input ${prefix}`);
  return found;
};

describe("draws made after the urgent render", () => {
  it("settle on the engine's figures for the latest range, and nothing stays busy", async () => {
    await renderPane(await exampleGateway("sv"), { journey: "scenarios" });
    await screen.findByTestId("uncertainty-editor");
    const savingsBefore = textOf("result-savings10y");
    await act(async () => {
      fireEvent.change(field("range-high-share-"), { target: { value: "50" } });
      fireEvent.change(field("range-low-share-"), { target: { value: "20" } });
      fireEvent.change(field("range-low-share-"), { target: { value: "10" } });
    });
    const results = await screen.findByTestId("uncertainty-results");
    expect(results.getAttribute("aria-busy")).toBeNull();
    // The same sentence as the engine's for the last range typed (10–30–50 %), 2 000 draws from seed 1.
    const file = workedExampleFile();
    const ranged = { ...file, investment: { ...file.investment, effects: file.investment.effects.map((e) => ({ ...e, uncertainty: { share: { low: 0.1, high: 0.5 } } })) } };
    const whole = evaluateDraft(ranged, {}, {});
    if (!whole.ok) throw new Error("the worked example must evaluate");
    const view = uncertaintyView(whole.uncertainty, whole.biasCorrected, whole.evaluation.options.horizonYears, ranged.investment, SV);
    if (view === undefined || "sv" in view) throw new Error("the worked example with a range must draw");
    expect(textOf("uncertainty-approved")).toBe(plain(view.sentences[0]!.text));
    // A range changes no planned figure.
    expect(textOf("result-savings10y")).toBe(savingsBefore);
    await act(async () => {
      fireEvent.click(screen.getByTestId("uncertainty-editor").querySelector("button[aria-label]") as HTMLElement);
    });
    expect(await screen.findByTestId("uncertainty-none")).toBeTruthy();
    expect(screen.getByTestId("uncertainty-results").getAttribute("aria-busy")).toBeNull();
  });
});
