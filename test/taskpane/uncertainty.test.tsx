/** @jest-environment jsdom */
/**
 * The uncertainty part of the Scenarier tab on the worked example: typing a share range
 * shows the probabilities in words, the distribution and the tornado in the same render; a
 * volume range adds a bar; a grade adds the bias-corrected case; an invalid range shows the
 * engine's message and the field rules come from the field table; English too.
 */
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { exampleGateway } from "../../src/preview/exampleWorkbook";
import { installBrowserStubs, plain, renderPane, textOf } from "./support";

installBrowserStubs();
afterEach(cleanup);

const byPrefix = (prefix: string): HTMLElement => {
  const found = document.querySelector<HTMLElement>(`[data-testid^="${prefix}"]`);
  if (!found) throw new Error(`nothing with a test id starting ${prefix}`);
  return found;
};
const typeInto = (el: HTMLElement, value: string): void => {
  fireEvent.change(el, { target: { value } });
};
/** The pane on the Scenarier tab, once the uncertainty part (its own chunk) has loaded. */
async function openScenarios(lang: "sv" | "en" = "sv"): Promise<void> {
  await renderPane(await exampleGateway(lang), { journey: "scenarios", lang });
  await screen.findByTestId("uncertainty-editor");
}
const percentOf = (text: string): number => Number(/(\d+) %\.$/.exec(text)?.[1]);

describe("uncertainty on the Scenarier tab", () => {
  it("asks for a range first, then says how likely the investment is to pay back, with the chart and the tornado", async () => {
    await openScenarios();
    expect(textOf("uncertainty-none")).toContain("Ange ett intervall");
    const low = byPrefix("range-low-share-") as HTMLInputElement;
    const high = byPrefix("range-high-share-") as HTMLInputElement;
    // Without a range both fields show the planned share.
    expect([low.value, high.value]).toEqual(["30", "30"]);
    typeInto(low, "10");
    typeInto(high, "50");
    const sentence = textOf("uncertainty-approved");
    expect(sentence).toMatch(/^Sannolikheten att satsningen betalar sig inom tioårsfönstret är \d+ %\.$/);
    // The exact answer is 80,178 % (issue 11); 2 000 draws are within four standard errors of it.
    expect(Math.abs(percentOf(sentence) - 80.178)).toBeLessThanOrEqual(4 * 0.9 + 0.5);
    expect(textOf("uncertainty-full")).toMatch(/hela beloppet \(kostnad \+ avgift\) är \d+ %\./);
    expect(textOf("uncertainty-expected")).toMatch(/^Förväntad återföring till fonden med riskdelning: [\d ]+ kr av planerade [\d ]+ kr\.$/);
    expect(textOf("uncertainty-interval")).toMatch(/mellan [\d ]+ kr och [\d ]+ kr \(median [\d ]+ kr\)/);
    expect(textOf("uncertainty-draws")).toContain("2 000 dragningar, frö 1");
    const chart = screen.getByTestId("uncertainty-chart");
    expect(chart.querySelectorAll("rect")).toHaveLength(24);
    expect(screen.getAllByTestId("uncertainty-chart-mark")).toHaveLength(2);
    expect(plain(chart.querySelector("svg")?.getAttribute("aria-label") ?? "")).toMatch(/kostnaden 12,2 mnkr; \d+ % av dragningarna ligger under kostnaden/);
    expect(screen.getAllByTestId("uncertainty-tornado-bar")).toHaveLength(1);
  });

  it("a volume range adds a tornado bar; the widest swing comes first", async () => {
    await openScenarios();
    typeInto(byPrefix("range-low-share-"), "25");
    typeInto(byPrefix("range-low-volumeFactor-"), "0,5");
    typeInto(byPrefix("range-high-volumeFactor-"), "1,2");
    const bars = screen.getAllByTestId("uncertainty-tornado-bar").map((b) => b.textContent ?? "");
    expect(bars).toHaveLength(2);
    // Volume 0,5–1,2 swings 0,7 × 16,2 mnkr; share 25–30 % swings a sixth of it: the volume first.
    expect(bars[0]).toMatch(/^Volym: /);
    expect(bars[1]).toMatch(/^Andel: /);
  });

  it("a unit-cost range adds a third bar, named by the unit cost", async () => {
    await openScenarios();
    typeInto(byPrefix("range-low-share-"), "25");
    typeInto(byPrefix("range-low-volumeFactor-"), "0,9");
    typeInto(byPrefix("range-low-unitCostFactor-"), "0,5");
    typeInto(byPrefix("range-high-unitCostFactor-"), "1,5");
    const bars = screen.getAllByTestId("uncertainty-tornado-bar").map((b) => b.textContent ?? "");
    // Unit cost 0,5–1,5 swings the whole 16,2 mnkr: the widest.
    expect(bars).toHaveLength(3);
    expect(bars[0]).toMatch(/^Enhetskostnad: /);
  });

  it("a grade adds the bias-corrected case; clearing the range goes back to the plain results", async () => {
    await openScenarios();
    typeInto(byPrefix("range-low-share-"), "10");
    fireEvent.change(byPrefix("grade-effect-"), { target: { value: "6" } });
    expect(textOf("uncertainty-bias")).toBe("Korrigerat för optimism efter konfidensbetygen: besparing 9 720 000 kr (okorrigerat 16 200 000 kr); inte godkänd.");
    fireEvent.change(byPrefix("grade-effect-"), { target: { value: "" } });
    expect(screen.queryByTestId("uncertainty-bias")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: /Ta bort intervallet för/ }));
    expect(textOf("uncertainty-none")).toContain("Ange ett intervall");
    expect((byPrefix("range-low-share-") as HTMLInputElement).value).toBe("30");
  });

  it("refuses a share above 100 % by the field table's rule, and shows the engine's message for a low above the planned share", async () => {
    await openScenarios();
    typeInto(byPrefix("range-high-share-"), "120");
    expect(document.body.textContent).toContain("Andelen kan vara högst 100 %.");
    expect(screen.getByTestId("uncertainty-none")).toBeTruthy();
    typeInto(byPrefix("range-high-share-"), "50");
    typeInto(byPrefix("range-low-share-"), "40");
    expect(textOf("uncertainty-error")).toContain("Osäkerheten kan inte räknas");
    // The base case still stands.
    expect(textOf("result-savings10y")).toBe("16 200 000 kr");
  });

  it("speaks English", async () => {
    await openScenarios("en");
    typeInto(byPrefix("range-low-share-"), "10");
    typeInto(byPrefix("range-high-share-"), "50");
    expect(textOf("uncertainty-approved")).toMatch(/^The probability that the investment pays back within the ten-year window is \d+ %\.$/);
  });
});
