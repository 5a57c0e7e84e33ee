/**
 * The pane's state without a DOM: evaluating the draft, the transition's handling of
 * re-reads, reading the workbook's inputs with problems located at their cells, the
 * input parser, the picker's search, the break-even sentence, chart ticks and debounce.
 */
import { OREBRO_2013_2019, evaluateInvestment, resolveScenario, summarize, type Evaluation } from "../../src/engine";
import { MemoryGateway } from "../../src/preview/memoryGateway";
import { exampleGateway, workedExampleFile } from "../../src/preview/exampleWorkbook";
import { labelEvery, niceTicks } from "../../src/taskpane/charts/scale";
import { EN } from "../../src/taskpane/i18n/en";
import { SV } from "../../src/taskpane/i18n/sv";
import { blankDraft, freshId } from "../../src/taskpane/state/blankDraft";
import { breakEvenText } from "../../src/taskpane/state/breakEvenText";
import { debounce } from "../../src/taskpane/state/debounce";
import { describeScenario } from "../../src/taskpane/state/describeScenario";
import { evaluateDraft } from "../../src/taskpane/state/evaluateDraft";
import { filterUnitCosts, mergeCatalogue } from "../../src/taskpane/state/filterUnitCosts";
import { parseInput } from "../../src/taskpane/state/parseInput";
import { paneTemplate } from "../../src/taskpane/state/paneTemplate";
import { periodYears } from "../../src/taskpane/state/periodYears";
import { readInputs } from "../../src/taskpane/state/readInputs";
import type { PaneAction } from "../../src/taskpane/state/actions";
import type { PaneState } from "../../src/taskpane/state/paneState";
import { initialPaneState, paneTransition } from "../../src/taskpane/state/transition";

const plain = (text: string | undefined): string => (text ?? "").replace(/[\u00a0\u202f]/g, " ");
const step = paneTransition({ template: paneTemplate(), strings: SV });
const paneReducer = (state: PaneState, action: PaneAction): PaneState => step(state, action).state;
const readDone = (state: PaneState, outcome: Awaited<ReturnType<typeof readInputs>>): PaneState => paneReducer(state, { type: "readDone", seq: state.read.seq, outcome });

describe("evaluateDraft", () => {
  it("gives the engine's summary for the worked example, and follows the scenario", () => {
    const file = workedExampleFile();
    const result = evaluateDraft(file, {}, {});
    if (!result.ok) throw new Error(result.error.en);
    expect(result.summary).toEqual(summarize(evaluateInvestment(file.investment, OREBRO_2013_2019) as Evaluation));
    expect(result.summary).toMatchObject({ totalCost: 12_200_000, windowSavings: 16_200_000, paybackYear: 2020, plannedRepayment: 12_810_000, approved: true });
    const half = evaluateDraft(file, { shareFactor: 0.5 }, {});
    expect(half.ok && half.summary).toMatchObject({ windowSavings: 8_100_000, approved: false });
  });

  it("follows up actuals, filling gaps with the plan", () => {
    const file = workedExampleFile();
    const result = evaluateDraft(file, {}, { shares: { placement: 0.1 } });
    if (!result.ok || "kind" in result.followUp) throw new Error("no follow-up");
    expect(result.followUp.actualRepaymentByDepartment?.get("fsk")?.toNumber()).toBe(5_400_000);
  });

  it("returns the engine's error for an invalid draft", () => {
    const file = workedExampleFile();
    const result = evaluateDraft({ ...file, investment: { ...file.investment, endYear: 2016 } }, {}, {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.sv).toBe("Slutåret 2016 ligger före startåret 2017.");
  });
});

describe("paneReducer", () => {
  it("replaces only what changed in the workbook since the last read", async () => {
    const gateway = await exampleGateway("sv");
    const template = paneTemplate();
    const first = await readInputs(gateway, template);
    let state = readDone(initialPaneState(blankDraft(2025, SV)), first);
    expect(state.draft.investment.name).toBe("Skolnärvaro (räkneexempel som Bryggan)");
    expect(state.scenario).toEqual({ shareFactor: 1, volumeFactor: 1, unitCostFactor: 1, discountRate: 0, includeDuring: false, baseYear: 2017 });
    state = paneReducer(state, { type: "editScenario", patch: { shareFactor: 0.5 } });
    state = paneReducer(state, { type: "editInvestment", patch: { name: "Mitt namn" } });
    // A re-read of an unchanged workbook keeps the pane's edits.
    state = readDone(state, await readInputs(gateway, template));
    expect(state.scenario.shareFactor).toBe(0.5);
    expect(state.draft.investment.name).toBe("Mitt namn");
    // An edit of the parameter block replaces the scenario; an edit of a table the investment.
    gateway.setCell("Parametrar", "B15", 2);
    state = readDone(state, await readInputs(gateway, template));
    expect(state.scenario).toMatchObject({ shareFactor: 1, volumeFactor: 2 });
    expect(state.draft.investment.name).toBe("Mitt namn");
    gateway.setCell("Parametrar", "B12", 2019);
    state = readDone(state, await readInputs(gateway, template));
    expect(state.scenario.baseYear).toBe(2019);
    gateway.setCell("Effekter", "F5", 0.2);
    state = readDone(state, await readInputs(gateway, template));
    expect(state.draft.investment.name).toBe("Skolnärvaro (räkneexempel som Bryggan)");
    expect(state.draft.investment.effects[0]?.share).toBe(0.2);
  });

  it("keeps field errors by id and switches named scenarios", () => {
    let state = initialPaneState(blankDraft(2025, SV));
    state = paneReducer(state, { type: "fieldError", id: "a", message: "fel" });
    expect(paneReducer(state, { type: "fieldError", id: "a", message: "fel" })).toBe(state);
    expect(paneReducer(state, { type: "fieldError", id: "a", message: null }).fieldErrors).toEqual({});
    const half = { name: "Hälften", scenario: { shareFactor: 0.5 } };
    state = paneReducer(state, { type: "scenariosLoaded", list: [half] });
    state = paneReducer(state, { type: "useScenario", name: "Hälften" });
    expect(state.selected).toBe("Hälften");
    expect(state.scenario.shareFactor).toBe(0.5);
    expect(paneReducer(state, { type: "editScenario", patch: { volumeFactor: 2 } }).selected).toBeNull();
  });
});

describe("readInputs", () => {
  it("reads the worked example: the file, the catalogue and what each table held", async () => {
    const outcome = await readInputs(await exampleGateway("sv"), paneTemplate());
    expect(outcome.problems).toEqual([]);
    expect(outcome.hasInputs).toBe(true);
    expect(outcome.catalogue.map((u) => u.code)).toEqual(["EXTERN_SKOLPLACERING"]);
    expect(outcome.tables.find((t) => t.table === "SINV_Malgrupper")).toEqual({ table: "SINV_Malgrupper", sheet: "Målgrupper", rows: 1 });
  });

  it("locates problems at their cells: a renamed header, a bad value, a missing code, an unknown rule set", async () => {
    const gateway = await exampleGateway("sv");
    gateway.setCell("Enhetskostnader", "D4", "Pris");
    gateway.setCell("Kostnadskalkyl", "F5", "mycket");
    const outcome = await readInputs(gateway, paneTemplate());
    expect(outcome.file).toBeUndefined();
    const where = outcome.problems.map((p) => [p.table, p.row, p.location]);
    expect(where).toEqual(
      expect.arrayContaining([
        ["SINV_Kostnader", 2, { sheet: "Kostnadskalkyl", address: "F5" }],
        ["SINV_Enhetskostnader", 1, { sheet: "Enhetskostnader", address: "A4" }]
      ])
    );
    const rules = await exampleGateway("en");
    rules.setCell("Parameters", "B4", "Göteborg");
    const unknown = await readInputs(rules, paneTemplate());
    expect(unknown.problems[0]?.location).toEqual({ sheet: "Parameters", address: "B4" });
  });

  it("reads a workbook without SINV tables as having no inputs and no problems", async () => {
    const outcome = await readInputs(new MemoryGateway({ initial: { sheets: ["Blad1"] } }), paneTemplate());
    expect(outcome).toMatchObject({ hasInputs: false, problems: [], catalogue: [], hasUnitCostTable: false });
  });
});

describe("parseInput", () => {
  it.each([
    ["30", { kind: "percent" } as const, 0.3],
    ["12,5 %", { kind: "percent" } as const, 0.125],
    ["2 017", { kind: "year" } as const, 2017],
    ["3 000 000 kr", { kind: "number" } as const, 3_000_000],
    ["0,", { kind: "number" } as const, 0],
    ["1.25", { kind: "number" } as const, 1.25]
  ])("%p → %p", (text, rule, value) => {
    expect(parseInput(text, rule, SV)).toEqual({ ok: true, value });
  });

  it.each([
    ["", { kind: "number" } as const, SV.validation.required],
    ["tio", { kind: "number" } as const, "”tio” är inte ett tal. Skriv till exempel 12 500 eller 0,3."],
    ["98,912", { kind: "number" } as const, "”98,912” kan läsas på två sätt"],
    ["-5", { kind: "number" } as const, "Får inte vara negativt."],
    ["150", { kind: "percent" } as const, "Andelen kan vara högst 100 %."],
    ["2,5", { kind: "number", whole: true } as const, "Måste vara ett heltal."],
    ["1850", { kind: "year" } as const, "Ange ett årtal mellan 1900 och 2200."],
    ["11", { kind: "number", max: 10 } as const, "Får vara högst 10."]
  ])("%p is refused", (text, rule, message) => {
    const r = parseInput(text, rule, SV);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain(message);
  });

  it("speaks English", () => {
    expect(parseInput("abc", { kind: "number" }, EN)).toEqual({ ok: false, message: "“abc” is not a number. Write for example 12500 or 0.3." });
  });
});

describe("small helpers", () => {
  const units = [
    { code: "SKOLA_GRUNDSKOLA_ELEV_AR_OREBRO", description: "Grundskola, kostnad för en grundskoleplats (Örebro kommun)", unit: "kr", cost: 98912, priceYear: 2019, payer: "kommun", source: "x" },
    { code: "HVB_DYGN", description: "HVB-placering per dygn", unit: "kr", cost: 3500, priceYear: 2022, payer: "kommun", source: "y" }
  ] as const;

  it("searches unit costs by code and description, ignoring case and accents", () => {
    expect(filterUnitCosts(units, "grundskola orebro").map((u) => u.code)).toEqual(["SKOLA_GRUNDSKOLA_ELEV_AR_OREBRO"]);
    expect(filterUnitCosts(units, "hvb").map((u) => u.code)).toEqual(["HVB_DYGN"]);
    expect(filterUnitCosts(units, "")).toHaveLength(2);
    expect(mergeCatalogue([units[0]], [{ ...units[0], code: "skola_grundskola_elev_ar_orebro" }, units[1]]).map((u) => u.code)).toEqual([units[0].code, "HVB_DYGN"]);
  });

  it("says the break-even in words, also when it cannot be reached", () => {
    const file = workedExampleFile();
    expect(breakEvenText(evaluateDraft(file, {}, {}), file.investment, SV)).toBe(
      "Satsningen betalar sig om minst 22,6 % av målgruppen (Elever med hög frånvaro) undviker extern skolplacering per elev och år. Kalkylen antar 30 %."
    );
    const costly = { ...file, investment: { ...file.investment, unitCosts: [{ ...file.investment.unitCosts[0]!, cost: 100_000 }] } };
    expect(plain(breakEvenText(evaluateDraft(costly, {}, {}), costly.investment, SV))).toBe(
      "Satsningen betalar sig inte ens om hela målgruppen (Elever med hög frånvaro) undviker kostnaden: det skulle krävas 203,3 %."
    );
  });

  it("describes a scenario by the values the engine resolves, with the base year when it chooses one", () => {
    const inv = workedExampleFile().investment;
    const half = { shareFactor: 0.5, discountRate: 0.035 };
    expect(plain(describeScenario(half, resolveScenario(inv, OREBRO_2013_2019, half), SV))).toBe("andel ×0,5, volym ×1, enhetskostnad ×1, ränta 3,5 %");
    const later = { discountRate: 0.035, baseYear: 2019, includeDuring: true };
    expect(plain(describeScenario(later, resolveScenario(inv, OREBRO_2013_2019, later), EN))).toBe(
      "share ×1, volume ×1, unit cost ×1, rate 3,5 % to base year 2019, count savings during the investment"
    );
  });

  it("numbers new ids, lists the period's years, and starts a blank draft", () => {
    expect(freshId("d", ["d1", "d2"])).toBe("d3");
    expect(periodYears({ startYear: 2017, endYear: 2019 })).toEqual([2017, 2018, 2019]);
    expect(periodYears({ startYear: 2019, endYear: 2017 })).toEqual([]);
    expect(periodYears({ startYear: 2000, endYear: 2100 })).toHaveLength(10);
    const blank = blankDraft(2025, SV);
    expect(evaluateDraft(blank, {}, {}).ok).toBe(true);
  });

  it("chooses round chart ticks", () => {
    expect(niceTicks(16_200_000)).toEqual([0, 5_000_000, 10_000_000, 15_000_000, 20_000_000]);
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(labelEvery(13, 7)).toBe(2);
  });

  it("debounces a burst of calls into one", () => {
    jest.useFakeTimers();
    try {
      const fn = jest.fn();
      const d = debounce(fn, 300);
      d.call();
      d.call();
      jest.advanceTimersByTime(299);
      d.call();
      jest.advanceTimersByTime(299);
      expect(fn).not.toHaveBeenCalled();
      jest.advanceTimersByTime(1);
      expect(fn).toHaveBeenCalledTimes(1);
      d.call();
      d.cancel();
      jest.advanceTimersByTime(1000);
      expect(fn).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });
});
