/** @jest-environment jsdom */
/**
 * The finance director's journey on the worked example: the controls change the results
 * in the same render, the break-even answer in words, named scenarios saved in the
 * workbook and read back, compared side by side, and written to the Parametrar sheet.
 */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { cleanup } from "@testing-library/react";
import { exampleGateway } from "../../src/preview/exampleWorkbook";
import { installBrowserStubs, renderPane, textOf } from "./support";

installBrowserStubs();

const typeInto = (testId: string, value: string): void => {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
};

describe("the scenario journey on the worked example", () => {
  it("updates the results in the same render when the share factor changes", async () => {
    const gateway = await exampleGateway("sv");
    await renderPane(gateway, { journey: "scenarios" });
    expect(textOf("result-savings10y")).toBe("16 200 000 kr");
    typeInto("control-share", "0,5");
    expect(textOf("result-savings10y")).toBe("8 100 000 kr");
    expect(textOf("result-approved")).toBe("Nej");
    // Half the shares: cumulative savings reach 12 150 000 kr, just short of the cost.
    expect(textOf("result-payback")).toBe("Nås inte");
    fireEvent.change(screen.getByTestId("control-share-slider"), { target: { value: "1" } });
    expect(textOf("result-savings10y")).toBe("16 200 000 kr");
    expect((screen.getByTestId("control-share") as HTMLInputElement).value).toBe("1");
  });

  it("follows the other controls: volumes, unit costs, discount rate and savings during the investment", async () => {
    const gateway = await exampleGateway("sv");
    await renderPane(gateway, { journey: "scenarios" });
    typeInto("control-volume", "2");
    expect(textOf("result-savings10y")).toBe("32 400 000 kr");
    typeInto("control-volume", "1");
    typeInto("control-unitcost", "0,5");
    expect(textOf("result-savings10y")).toBe("8 100 000 kr");
    typeInto("control-unitcost", "1");
    fireEvent.click(screen.getByTestId("control-include-during"));
    expect(textOf("result-savings10y")).toBe("24 300 000 kr");
    fireEvent.click(screen.getByTestId("control-include-during"));
    typeInto("control-discount", "3,5");
    const discounted = Number(textOf("result-savings10y").replace(/[ kr]/g, "").replace(",", "."));
    expect(discounted).toBeGreaterThan(10_000_000);
    expect(discounted).toBeLessThan(16_200_000);
    fireEvent.click(screen.getByTestId("control-reset"));
    expect(textOf("result-savings10y")).toBe("16 200 000 kr");
  });

  it("regression: discounts to the base year chosen, the engine's 15 302 290,04 kr at 3,5 % to 2019 (shown in whole kronor), and writes it to Parametrar", async () => {
    const gateway = await exampleGateway("sv");
    await renderPane(gateway, { journey: "scenarios" });
    expect((screen.getByTestId("control-base-year") as HTMLInputElement).value).toBe("2017");
    typeInto("control-discount", "3,5");
    expect(textOf("result-savings10y")).toBe("14 284 852 kr");
    typeInto("control-base-year", "2019");
    expect(textOf("result-savings10y")).toBe("15 302 290 kr");
    typeInto("control-base-year", "18");
    expect(screen.getByText("Ange ett årtal mellan 1900 och 2200.")).toBeTruthy();
    expect((screen.getByTestId("write-parameters") as HTMLButtonElement).disabled).toBe(true);
    typeInto("control-base-year", "2019");
    fireEvent.click(screen.getByTestId("write-parameters"));
    await screen.findByTestId("write-result");
    expect(gateway.cell("Parametrar", "B12")?.value).toBe(2019);
    expect(gateway.cell("Parametrar", "B11")?.value).toBe(0.035);
    typeInto("scenario-name", "Basår 2019");
    fireEvent.click(screen.getByTestId("scenario-save"));
    await screen.findByTestId("scenario-0");
    expect(textOf("scenario-0")).toContain("ränta 3,5 % till basår 2019");
    expect((await gateway.loadScenarios())[0]?.scenario).toMatchObject({ discountRate: 0.035, baseYear: 2019 });
    fireEvent.click(screen.getByTestId("control-reset"));
    expect(textOf("result-savings10y")).toBe("16 200 000 kr");
    expect((screen.getByTestId("control-base-year") as HTMLInputElement).value).toBe("2017");
  });

  it("refuses letters and a share above 100 % next to the control, and writes nothing", async () => {
    const gateway = await exampleGateway("sv");
    const write = jest.spyOn(gateway, "writeParameters");
    await renderPane(gateway, { journey: "scenarios" });
    typeInto("control-share", "hälften");
    // Next to the field, and in the summary's list of errors as a link to the field.
    expect(screen.getAllByText(/”hälften” är inte ett tal/)).toHaveLength(2);
    expect(screen.getByTestId("field-error-link-control.shareFactor").textContent).toBe("Effektandel ×");
    expect((screen.getByTestId("write-parameters") as HTMLButtonElement).disabled).toBe(true);
    typeInto("control-share", "4");
    expect(screen.getAllByText(/får vara högst 1; fick 1\.2/).length).toBeGreaterThan(0);
    expect((screen.getByTestId("write-parameters") as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId("scenario-save") as HTMLButtonElement).disabled).toBe(true);
    expect(write).not.toHaveBeenCalled();
  });

  it("gives the break-even answer in words", async () => {
    const gateway = await exampleGateway("sv");
    await renderPane(gateway, { journey: "scenarios" });
    expect(textOf("breakeven-sentence")).toBe(
      "Satsningen betalar sig om minst 22,6 % av målgruppen (Elever med hög frånvaro) undviker extern skolplacering per elev och år. Kalkylen antar 30 %."
    );
    typeInto("control-share", "0,5");
    expect(textOf("breakeven-sentence")).toContain("minst 22,6 %");
    expect(textOf("breakeven-sentence")).toContain("Kalkylen antar 15 %");
  });

  it("says it in English too", async () => {
    const gateway = await exampleGateway("en");
    await renderPane(gateway, { lang: "en", journey: "scenarios" });
    expect(textOf("breakeven-sentence")).toBe(
      "The investment pays back if at least 22,6 % of the target group (Elever med hög frånvaro) avoids extern skolplacering per elev och år. The calculation assumes 30 %."
    );
    expect(textOf("result-approved")).toBe("Yes");
  });

  it("saves named scenarios in the workbook, reads them back in a new pane, switches and compares", async () => {
    const gateway = await exampleGateway("sv");
    await renderPane(gateway, { journey: "scenarios" });
    typeInto("control-share", "0,5");
    typeInto("scenario-name", "Hälften");
    fireEvent.click(screen.getByTestId("scenario-save"));
    await screen.findByTestId("scenario-0");
    typeInto("control-share", "1");
    typeInto("control-discount", "3,5");
    typeInto("scenario-name", "Green Book");
    fireEvent.click(screen.getByTestId("scenario-save"));
    await screen.findByTestId("scenario-1");
    expect((await gateway.loadScenarios()).map((s) => s.name)).toEqual(["Hälften", "Green Book"]);

    cleanup();
    await renderPane(gateway, { journey: "scenarios" });
    await screen.findByTestId("scenario-1");
    expect(textOf("scenario-0")).toContain("Hälften");
    expect(textOf("compare-0-savings")).toBe("16 200 000 kr");
    expect(textOf("compare-1-savings")).toBe("8 100 000 kr");
    expect(textOf("compare-1-approved")).toBe("Nej");
    expect(screen.getByTestId("compare-chart").querySelectorAll("rect")).toHaveLength(6);
    fireEvent.click(screen.getByTestId("scenario-use-0"));
    expect(textOf("result-savings10y")).toBe("8 100 000 kr");
    expect((screen.getByTestId("control-share") as HTMLInputElement).value).toBe("0,5");
    fireEvent.click(screen.getByTestId("scenario-delete-1"));
    // Nothing is deleted before the yes.
    expect(textOf("confirm-delete")).toContain("Green Book");
    expect((await gateway.loadScenarios()).map((s) => s.name)).toEqual(["Hälften", "Green Book"]);
    fireEvent.click(screen.getByTestId("confirm-yes"));
    await waitFor(async () => expect((await gateway.loadScenarios()).map((s) => s.name)).toEqual(["Hälften"]));
    // … and the delete can be undone.
    fireEvent.click(await screen.findByTestId("scenario-undo"));
    await waitFor(async () => expect((await gateway.loadScenarios()).map((s) => s.name)).toEqual(["Hälften", "Green Book"]));
  });

  it("replaces a saved scenario only after a yes; Avbryt keeps it as it was", async () => {
    const gateway = await exampleGateway("sv");
    await gateway.saveScenarios([{ name: "Pessimistiskt", scenario: { shareFactor: 0.7, volumeFactor: 0.8, discountRate: 0.035 } }]);
    await renderPane(gateway, { journey: "scenarios" });
    await screen.findByTestId("scenario-0");
    typeInto("scenario-name", "pessimistiskt");
    fireEvent.click(screen.getByTestId("scenario-save"));
    expect(textOf("confirm-overwrite")).toContain("Pessimistiskt");
    fireEvent.click(screen.getByTestId("confirm-cancel"));
    expect(screen.queryByTestId("confirm-overwrite")).toBeNull();
    expect(await gateway.loadScenarios()).toEqual([{ name: "Pessimistiskt", scenario: { shareFactor: 0.7, volumeFactor: 0.8, discountRate: 0.035 } }]);
    fireEvent.click(screen.getByTestId("scenario-save"));
    fireEvent.click(screen.getByTestId("confirm-yes"));
    await waitFor(async () => expect((await gateway.loadScenarios()).map((s) => s.name)).toEqual(["Pessimistiskt"]));
    expect((await gateway.loadScenarios())[0]?.scenario).not.toHaveProperty("volumeFactor", 0.8);
  });

  it("writes the chosen scenario to the Parametrar sheet, so the workbook's formulas follow", async () => {
    const gateway = await exampleGateway("sv");
    await renderPane(gateway, { journey: "scenarios" });
    typeInto("control-share", "0,5");
    typeInto("control-discount", "3,5");
    fireEvent.click(screen.getByTestId("write-parameters"));
    await screen.findByTestId("write-result");
    expect(gateway.cell("Parametrar", "B14")?.value).toBe(0.5);
    expect(gateway.cell("Parametrar", "B11")?.value).toBe(0.035);
    expect(gateway.cell("Parametrar", "B13")?.value).toBe(false);
    expect(textOf("write-result")).toContain("Parametrar!B14");
    // The pane reads the parameters back and keeps the scenario.
    await act(async () => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(textOf("result-savings10y")).not.toBe("16 200 000 kr");
    expect((screen.getByTestId("control-share") as HTMLInputElement).value).toBe("0,5");
  });
});
