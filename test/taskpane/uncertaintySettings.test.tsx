/** @jest-environment jsdom */
/**
 * The number of draws and the seed on Scenarier: the engine's defaults show, a typed value
 * reaches the analysis (the draws' note and the figures), the same seed gives the same
 * figures, and the limits come from the engine's field table; Swedish and English.
 */
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { FIELDS } from "../../src/engine/fields/fieldTable";
import { exampleGateway } from "../../src/preview/exampleWorkbook";
import { uncertaintyStrings } from "../../src/taskpane/i18n/uncertaintyTable";
import { installBrowserStubs, plain, renderPane, textOf } from "./support";

installBrowserStubs();
afterEach(cleanup);

const input = (testId: string): HTMLInputElement => screen.getByTestId(testId) as HTMLInputElement;
const byPrefix = (prefix: string): HTMLInputElement => {
  const found = document.querySelector<HTMLInputElement>(`[data-testid^="${prefix}"]`);
  if (!found) throw new Error(`nothing with a test id starting ${prefix}`);
  return found;
};
const typeInto = (el: HTMLElement, value: string): void => {
  fireEvent.change(el, { target: { value } });
};

async function openWithRange(lang: "sv" | "en" = "sv"): Promise<void> {
  await renderPane(await exampleGateway(lang), { journey: "scenarios", lang });
  await screen.findByTestId("uncertainty-settings");
  typeInto(byPrefix("range-low-share-"), "10");
  typeInto(byPrefix("range-high-share-"), "50");
}

describe("draws and seed on Scenarier", () => {
  it("shows the engine's defaults, and a typed seed and number of draws reach the figures", async () => {
    await openWithRange();
    expect([plain(input("uncertainty-draws-field").value), input("uncertainty-seed-field").value]).toEqual(["2 000", "1"]);
    expect(plain(textOf("uncertainty-draws"))).toContain("2 000 dragningar, frö 1");
    typeInto(input("uncertainty-seed-field"), "7");
    typeInto(input("uncertainty-draws-field"), "500");
    expect(plain(textOf("uncertainty-draws"))).toContain("500 dragningar, frö 7");
  });

  it("samma frö ger samma siffror: another seed moves the figures, the first seed brings them back", async () => {
    await openWithRange();
    typeInto(input("uncertainty-draws-field"), "300");
    typeInto(input("uncertainty-seed-field"), "7");
    const seven = [textOf("uncertainty-approved"), textOf("uncertainty-interval"), textOf("uncertainty-expected")];
    typeInto(input("uncertainty-seed-field"), "8");
    const eight = [textOf("uncertainty-approved"), textOf("uncertainty-interval"), textOf("uncertainty-expected")];
    expect(eight).not.toEqual(seven);
    typeInto(input("uncertainty-seed-field"), "7");
    expect([textOf("uncertainty-approved"), textOf("uncertainty-interval"), textOf("uncertainty-expected")]).toEqual(seven);
  });

  it("keeps the field table's limits: at least one draw, whole numbers, at most the table's maximum", async () => {
    await openWithRange();
    typeInto(input("uncertainty-draws-field"), "0");
    expect(document.body.textContent).toContain(`Ange ${FIELDS.draws.words.sv}.`);
    typeInto(input("uncertainty-draws-field"), "2,5");
    expect(document.body.textContent).toContain("heltal");
    typeInto(input("uncertainty-draws-field"), String(FIELDS.draws.max + 1));
    expect(plain(document.body.textContent ?? "")).toContain("100 000");
    typeInto(input("uncertainty-seed-field"), String(FIELDS.seed.max + 1));
    expect(plain(document.body.textContent ?? "")).toContain("4 294 967 295");
    // The last valid values stand: 0 draws was refused by the engine's rule, so the analysis says it cannot draw.
    typeInto(input("uncertainty-draws-field"), "400");
    expect(plain(textOf("uncertainty-draws"))).toContain("400 dragningar");
  });

  it("has help texts in both languages saying what a seed is", async () => {
    expect(uncertaintyStrings("sv").seedHelp).toContain("Samma frö ger samma siffror");
    expect(uncertaintyStrings("en").seedHelp).toContain("The same seed gives the same figures");
    await openWithRange("en");
    expect(screen.getByText("Number of draws")).toBeTruthy();
    expect(screen.getByText("Seed")).toBeTruthy();
    expect(document.querySelectorAll('[data-testid="uncertainty-settings"] button').length).toBe(2);
  });
});
