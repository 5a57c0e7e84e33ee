/** @jest-environment jsdom */
/**
 * The pane for a working day (issue 10): a blank investment is not approved and says what
 * is missing, every required field says so, no internal id is shown, the summary stays
 * beside the inputs and lists each field with an error as a link to it.
 */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { MemoryGateway } from "../../src/preview/memoryGateway";
import { exampleGateway, workedExampleFile } from "../../src/preview/exampleWorkbook";
import { paneTemplate } from "../../src/taskpane/state/paneTemplate";
import { updateInputs } from "../../src/taskpane/state/updateInputs";
import { paneStrings } from "../../src/taskpane/i18n";
import { formatResultKr } from "../../src/taskpane/i18n/format";
import { formatForInput, parseInput, ruleOfField } from "../../src/taskpane/state/parseInput";
import { isRequired } from "../../src/taskpane/state/requiredFields";
import { installBrowserStubs, loadExampleUnitCosts, plain, renderPane, textOf } from "./support";

installBrowserStubs();

const typeInto = (testId: string, value: string): void => {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
};

describe("a blank investment", () => {
  it("is not assessed until there is a cost and an effect, and names no item by its internal id", async () => {
    await renderPane(new MemoryGateway());
    expect(textOf("summary-approved")).toBe("Ej prövad");
    expect(textOf("summary-payback")).toBe("–");
    expect(textOf("result-approved")).toBe("Ej prövad");
    expect(textOf("summary-missing")).toBe("Prövas när kalkylen har en kostnad och minst en effekt.");
    // The departments without names are "Förvaltning 1" and "Förvaltning 2", never "d1"/"d2".
    const results = screen.getByTestId("results").textContent ?? "";
    expect(results).not.toMatch(/\bd[12]\b/);
    const options = [...document.querySelectorAll("option")].map((o) => o.textContent);
    expect(options).toContain("Förvaltning 1");
    expect(options).not.toContain("d1");
    // Every required text field says so while it is empty.
    expect(screen.getAllByText("Fältet får inte vara tomt.").length).toBeGreaterThanOrEqual(5);
    typeInto("field-name", "Bryggan");
    typeInto("cost-c1-2025", "100000");
    expect(textOf("summary-missing")).toBe("Prövas när kalkylen har minst en effekt.");
  });

  it("derives required-ness from the engine's field table", () => {
    expect(isRequired("investment.name")).toBe(true);
    expect(isRequired("investment.departments[].area")).toBe(true);
    expect(isRequired("notes[]")).toBe(false);
    expect(isRequired("investment.effects[].share")).toBe(false);
  });
});

describe("the summary", () => {
  it("shows the engine's figures in every journey and links each field with an error", async () => {
    const gateway = await exampleGateway("en");
    await renderPane(gateway, { lang: "en" });
    expect(textOf("summary-cost")).toBe("12 200 000 kr");
    expect(textOf("summary-savings")).toBe("16 200 000 kr");
    expect(textOf("summary-approved")).toBe("Yes");
    expect(textOf("summary-payback")).toBe("2020");
    typeInto("field-end-year", "20x9");
    const link = screen.getByTestId("field-error-link-inv.endYear");
    expect(link.textContent).toBe("End year");
    fireEvent.click(link);
    expect(document.activeElement?.getAttribute("data-sinv-field")).toBe("inv.endYear");
  });

  it("a link to a field in another journey shows that journey first", async () => {
    await renderPane(await exampleGateway("sv"));
    typeInto("field-end-year", "20x9");
    fireEvent.click(screen.getByTestId("tab-scenarios"));
    expect(screen.getByTestId("panel-application").hidden).toBe(true);
    await act(async () => {
      fireEvent.click(screen.getByTestId("field-error-link-inv.endYear"));
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    });
    expect(screen.getByTestId("panel-application").hidden).toBe(false);
    expect(document.activeElement?.getAttribute("data-sinv-field")).toBe("inv.endYear");
  });
});

describe("the effect's other fields", () => {
  it("edits deadweight, drop-off and quantity per individual; the figures are the engine's", async () => {
    await renderPane(await exampleGateway("sv"));
    expect(textOf("summary-savings")).toBe("16 200 000 kr");
    typeInto("effect-deadweight-placement", "50");
    expect(textOf("summary-savings")).toBe("8 100 000 kr");
    typeInto("effect-quantity-placement", "2");
    expect(textOf("summary-savings")).toBe("16 200 000 kr");
    // 100 % deadweight is outside the field table's range (below 1): refused next to the field.
    typeInto("effect-deadweight-placement", "100");
    expect(screen.getAllByText("Andelen måste vara under 100 %.").length).toBeGreaterThan(0);
    expect(textOf("summary-savings")).toBe("16 200 000 kr");
    typeInto("effect-deadweight-placement", "0");
    typeInto("effect-quantity-placement", "1");
    // Drop-off 50 %: each cohort saves 2 700 000, 1 350 000, 675 000 in its three years; in the
    // window 2020–2029 that is 675 000 (2017's) + 2 025 000 (2018's) + 4 725 000 (2019's).
    typeInto("effect-dropoff-placement", "50");
    expect(textOf("summary-savings")).toBe("7 425 000 kr");
    // Lag and duration carry a help text behind an info button named by the field's label.
    expect(screen.getByRole("button", { name: /^Fördröjning \(år\)/ })).toBeTruthy();
    expect(screen.getByRole("button", { name: /^Varaktighet \(år\)/ })).toBeTruthy();
  });
});

describe("payback and approval", () => {
  it("say which years each counts; the charts mark the window and the end year; Uppföljning separates the window total", async () => {
    await renderPane(await exampleGateway("sv"));
    expect(textOf("result-years-explained")).toContain("Godkännandet räknar besparingen 2020–2029 (10 år efter slutåret 2019)");
    expect(textOf("result-years-explained")).toContain("från 2017");
    const chart = screen.getByTestId("savings-chart");
    expect(chart.querySelector('[data-testid="chart-window"]')?.textContent).toBe("Fönster 2020–2029");
    expect(chart.querySelector('[data-testid="chart-end-year"]')?.textContent).toBe("Slutår 2019");
    fireEvent.click(screen.getByTestId("tab-followup"));
    expect(textOf("followup-total-window")).toMatch(/^Summa inom fönstret 2020–2029/);
    expect(textOf("followup-total-window")).toContain("16 200 000 kr");
    expect(textOf("followup-total-all")).toContain("24 300 000 kr");
  });
});

describe("what number fields say (issue 10, item 11)", () => {
  const sv = paneStrings("sv");
  it("names a rate a rate, asks for a whole year, warns of fractions of individuals and of a share typed as a fraction", () => {
    expect(parseInput("150", ruleOfField("discountRate"), sv)).toEqual({ ok: false, message: "Räntan kan vara högst 100 % per år." });
    expect(parseInput("2017,5", ruleOfField("startYear"), sv)).toEqual({ ok: false, message: "Ange ett helt årtal, till exempel 2017." });
    expect(parseInput("2,5", ruleOfField("volumes"), sv)).toEqual({ ok: true, value: 2.5, warning: "2,5 individer är inte ett helt antal. Räknas som det står; menade du ett heltal?" });
    expect(parseInput("0,5", ruleOfField("share"), sv)).toEqual({ ok: true, value: 0.005, warning: "0,5 % — menade du 50 %? Andelen skrivs i procent." });
    expect(parseInput("0,5", ruleOfField("discountRate"), sv)).toEqual({ ok: true, value: 0.005 });
    expect(formatForInput(3000000, ruleOfField("amounts"))).toBe("3 000 000");
    expect(parseInput("3 000 000", ruleOfField("amounts"), sv)).toEqual({ ok: true, value: 3000000 });
    expect(plain(formatResultKr(15302290.04))).toBe("15 302 290 kr");
  });

  it("shows loaded amounts with thousands separators and the share warning next to the field", async () => {
    await renderPane(await exampleGateway("sv"));
    const amount = document.querySelector<HTMLInputElement>('[data-sinv-field^="cost."]');
    expect(amount?.value).toMatch(/^\d{1,3}( \d{3})+$/);
    typeInto("effect-share-placement", "0,3");
    expect(screen.getByText("0,3 % — menade du 30 %? Andelen skrivs i procent.")).toBeTruthy();
  });
});

describe("the preview's new workbook", () => {
  it("is handed to the preview's download and the pane says it was downloaded", async () => {
    const got: Uint8Array[] = [];
    const gateway = await exampleGateway("sv", { onOpenNew: (bytes) => got.push(bytes) });
    await act(async () => {
      render(<App strings={paneStrings("sv")} gateway={gateway} loadExampleUnitCosts={loadExampleUnitCosts} startYear={2025} newWorkbook="download" />);
    });
    expect(textOf("generate-download-hint")).toContain(".xlsx");
    fireEvent.click(screen.getByTestId("generate-new"));
    await waitFor(() => expect(textOf("generate-done")).toBe("Klart: arbetsboken laddades ned som sinv-ansokan.xlsx. Öppna den i Excel eller LibreOffice."), { timeout: 20000 });
    expect(got).toHaveLength(1);
    expect([...got[0]!.slice(0, 2)]).toEqual([0x50, 0x4b]);
  }, 30000);
});

describe("the evaluator's job", () => {
  it("says when the floor applies, marks each year actual or forecast, gives the evaluation's years, follows costs against the budget", async () => {
    await renderPane(await exampleGateway("sv"), { journey: "followUp" });
    expect(textOf("followup-evaluation-due")).toBe("Uppföljande utvärdering: 2020–2022 (1–3 år efter slutåret 2019).");
    typeInto("actual-share-placement", "4");
    expect(textOf("floor-applies-fsk")).toBe("golvet tillämpas: 3 660 000 kr i stället för 2 160 000 kr");
    expect(textOf("actual-repayment-fsk")).toBe("3 660 000 kr");
    expect(textOf("followup-year-2018-mark")).toBe("prognos");
    typeInto("actual-volume-pupils-2018", "8");
    expect(textOf("followup-year-2018-mark")).toBe("utfall");
    expect(textOf("followup-year-2019-mark")).toBe("prognos");
    // Costs against the budget: staff 2017 cost 3 100 000 instead of 3 000 000.
    typeInto("actual-cost-staff-2017", "3 100 000");
    expect(textOf("cost-followup-staff-variance")).toBe("100 000 kr");
    expect(textOf("cost-followup-mark-2017")).toBe("utfall");
    expect(textOf("cost-followup-mark-2018")).toBe("prognos");
    expect(textOf("cost-followup-total-variance")).toBe("100 000 kr");
  });
});

describe("updating this workbook in English", () => {
  it("finds the workbook's language from its headers and writes the words in it", async () => {
    const gateway = await exampleGateway("en");
    const before = gateway.snapshot().tables.map((t) => t.name).sort();
    const report = await updateInputs(gateway, { ...workedExampleFile().investment, effects: workedExampleFile().investment.effects.map((e) => ({ ...e, model: "annual" as const })) }, [2017, 2018, 2019], paneTemplate());
    expect(report.cells.length).toBeGreaterThan(10);
    const effects = gateway.snapshot().tables.find((t) => t.name === "SINV_Effekter")!;
    expect(gateway.cells(effects.sheet).some((c) => c.value === paneTemplate().labels.modelAnnual.en)).toBe(true);
    expect(gateway.snapshot().tables.map((t) => t.name).sort()).toEqual(before);
  });
});
