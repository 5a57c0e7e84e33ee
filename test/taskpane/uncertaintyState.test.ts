/**
 * The pane's uncertainty part without a DOM: the edits of ranges and grades, the round trip
 * of the draft's ranges through parseScenario to the engine and into the workbook's
 * Osäkerhet sheet, the probabilities in words and the distribution's bins.
 */
import { appraise, isDomainError } from "../../src/engine";
import { workedExampleFile } from "../../src/preview/exampleWorkbook";
import { parseScenario } from "../../src/scenario/parseScenario";
import { buildWorkbook } from "../../src/workbook/buildWorkbook";
import { UNCERTAINTY_NAMES } from "../../src/workbook/sheets/uncertaintySheet";
import { EN } from "../../src/taskpane/i18n/en";
import { SV } from "../../src/taskpane/i18n/sv";
import { UNCERTAINTY_TRANSLATIONS, uncertaintyStrings } from "../../src/taskpane/i18n/uncertaintyTable";
import type { PaneAction } from "../../src/taskpane/state/actions";
import { evaluateDraft } from "../../src/taskpane/state/evaluateDraft";
import { histogram } from "../../src/taskpane/state/histogram";
import type { PaneState } from "../../src/taskpane/state/paneState";
import { paneTemplate } from "../../src/taskpane/state/paneTemplate";
import { initialPaneState, paneTransition } from "../../src/taskpane/state/transition";
import { carryUncertainty, editUncertainty } from "../../src/taskpane/state/uncertaintyEdits";
import type { UncertaintyView } from "../../src/taskpane/state/uncertaintyView";
import { uncertaintyView } from "../../src/taskpane/state/uncertaintyView";

const plain = (text: string | undefined): string => (text ?? "").replace(/[\u00a0\u202f]/g, " ");
const step = paneTransition({ template: paneTemplate(), strings: SV });
const run = (state: PaneState, ...actions: PaneAction[]): PaneState => actions.reduce((s, a) => step(s, a).state, state);
const SHARE: PaneAction = { type: "setRange", kind: "share", id: "placement", range: { low: 0.1, high: 0.5 } };

describe("editing ranges and grades", () => {
  it("sets, changes and removes a share range, a volume range and grades; nothing left leaves no uncertainty key", () => {
    const inv = workedExampleFile().investment;
    const code = inv.effects[0]!.unitCostCode;
    const a = editUncertainty(inv, { type: "setRange", kind: "share", id: "placement", range: { low: 0.1, high: 0.5 } });
    expect(a.effects[0]!.uncertainty).toEqual({ share: { low: 0.1, high: 0.5 } });
    const b = editUncertainty(a, { type: "setGrade", of: "effects", id: "placement", grade: 4 });
    expect(b.effects[0]!.uncertainty).toEqual({ share: { low: 0.1, high: 0.5 }, confidenceGrade: 4 });
    const c = editUncertainty(b, { type: "setRange", kind: "volumeFactor", id: inv.targetGroups[0]!.id, range: { low: 0.8, high: 1.1 } });
    expect(c.targetGroups[0]!.uncertainty).toEqual({ volumeFactor: { low: 0.8, high: 1.1 } });
    // Unit costs are found by the engine's match key (case and spaces do not matter).
    const d = editUncertainty(c, { type: "setGrade", of: "unitCosts", id: ` ${code.toLowerCase()} `, grade: 6 });
    expect(d.unitCosts.find((u) => u.code === code)?.uncertainty).toEqual({ confidenceGrade: 6 });
    const e = editUncertainty(editUncertainty(d, { type: "setRange", kind: "share", id: "placement", range: undefined }), { type: "setGrade", of: "effects", id: "placement", grade: undefined });
    expect("uncertainty" in e.effects[0]!).toBe(false);
    expect(inv.effects[0]!.uncertainty).toBeUndefined();
  });

  it("goes through the transition with no effects, and the evaluation follows", () => {
    const start = initialPaneState(workedExampleFile());
    expect(evaluateDraft(start.draft, start.scenario, start.actuals)).toMatchObject({ ok: true, uncertainty: null, biasCorrected: null });
    const t = step(start, SHARE);
    expect(t.effects).toEqual([]);
    const ev = evaluateDraft(t.state.draft, t.state.scenario, t.state.actuals);
    if (!ev.ok || ev.uncertainty === null || isDomainError(ev.uncertainty)) throw new Error("expected an analysis");
    expect(ev.uncertainty.draws).toBe(2000);
    // Within four standard errors of the exact 0.80178 (issue 11).
    expect(Math.abs(ev.uncertainty.figures.pApproved - 0.80178)).toBeLessThan(4 * Math.sqrt((0.8 * 0.2) / 2000));
  });

  it("keeps the file's draws and seed in the draft, and the evaluation uses them", () => {
    const state = run(initialPaneState({ ...workedExampleFile(), uncertainty: { draws: 500, seed: 7 } }), SHARE);
    const ev = evaluateDraft(state.draft, state.scenario, state.actuals);
    expect(ev.ok && ev.uncertainty && !isDomainError(ev.uncertainty) ? [ev.uncertainty.draws, ev.uncertainty.seed] : null).toEqual([500, 7]);
  });

  it("the comparison of saved scenarios evaluates without draws: the same summary, no analysis", () => {
    const state = run(initialPaneState(workedExampleFile()), SHARE, { type: "setGrade", of: "effects", id: "placement", grade: 6 });
    const full = evaluateDraft(state.draft, { shareFactor: 0.8 }, {});
    const plainCase = evaluateDraft(state.draft, { shareFactor: 0.8 }, {}, { uncertainty: false });
    if (!full.ok || !plainCase.ok) throw new Error("expected evaluations");
    expect(plainCase.summary).toEqual(full.summary);
    expect([plainCase.uncertainty, plainCase.biasCorrected]).toEqual([null, null]);
    expect(full.uncertainty).not.toBeNull();
  });

  it("an invalid range (low above the planned share) is the engine's domain error, and the base results still stand", () => {
    const state = run(initialPaneState(workedExampleFile()), { type: "setRange", kind: "share", id: "placement", range: { low: 0.4, high: 0.5 } });
    const ev = evaluateDraft(state.draft, state.scenario, state.actuals);
    expect(ev.ok).toBe(true);
    expect(ev.ok && isDomainError(ev.uncertainty)).toBe(true);
    expect(ev.ok && ev.summary.windowSavings).toBe(16200000);
  });
});

describe("a re-read of the workbook", () => {
  it("keeps the pane's ranges, grades and settings on the items that are still there (the input tables do not hold them)", () => {
    const file = workedExampleFile();
    const start = run(initialPaneState({ ...file, uncertainty: { draws: 500, seed: 3 } }), SHARE, { type: "setGrade", of: "unitCosts", id: file.investment.effects[0]!.unitCostCode, grade: 2 });
    // The workbook's effect table changed (a new share), read back without any range.
    const changed = { ...file, investment: { ...file.investment, effects: file.investment.effects.map((e) => ({ ...e, share: 0.35 })) } };
    const outcome = { file: changed, hasInputs: true, problems: [], tables: [], catalogue: [], hasUnitCostTable: true };
    const after = run(start, { type: "readDone", seq: start.read.seq, outcome });
    expect(after.draft.investment.effects[0]).toMatchObject({ share: 0.35, uncertainty: { share: { low: 0.1, high: 0.5 } } });
    expect(after.draft.investment.unitCosts.find((u) => u.code === file.investment.effects[0]!.unitCostCode)?.uncertainty).toEqual({ confidenceGrade: 2 });
    expect(after.draft.uncertainty).toEqual({ draws: 500, seed: 3 });
    expect(carryUncertainty(start.draft.investment, { ...changed.investment, effects: [] }).effects).toEqual([]);
  });
});

describe("the ranges round-trip", () => {
  const state = run(
    initialPaneState(workedExampleFile()),
    SHARE,
    { type: "setGrade", of: "effects", id: "placement", grade: 3 },
    { type: "setRange", kind: "volumeFactor", id: workedExampleFile().investment.targetGroups[0]!.id, range: { low: 0.8, high: 1.1 } }
  );

  it("draft → parseScenario → engine gives the pane's figures exactly", () => {
    const parsed = parseScenario(JSON.parse(JSON.stringify({ ...state.draft, scenario: state.scenario, actuals: state.actuals })));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.value.investment.effects[0]!.uncertainty).toEqual({ share: { low: 0.1, high: 0.5 }, confidenceGrade: 3 });
    const fromFile = appraise({ rules: parsed.value.rules, investment: parsed.value.investment, scenario: parsed.value.scenario });
    const inPane = evaluateDraft(state.draft, state.scenario, state.actuals);
    if (isDomainError(fromFile) || !inPane.ok) throw new Error("expected appraisals");
    expect(isDomainError(fromFile.uncertainty) || fromFile.uncertainty === null ? null : fromFile.uncertainty.figures).toEqual(
      isDomainError(inPane.uncertainty) || inPane.uncertainty === null ? undefined : inPane.uncertainty.figures
    );
    expect(fromFile.biasCorrected).toEqual(inPane.biasCorrected);
  });

  it("generating from the pane gives the Osäkerhet sheet with the ranges, and its probability cell expects the pane's", () => {
    const t = step(state, { type: "generate", mode: "new" });
    const effect = t.effects.find((e) => e.type === "buildWorkbook");
    if (effect?.type !== "buildWorkbook") throw new Error(`no build effect: ${JSON.stringify(t.state.generation)}`);
    const plan = buildWorkbook(effect.file, { template: paneTemplate(), lang: "sv", formulas: "native" });
    if (isDomainError(plan)) throw new Error(JSON.stringify(plan));
    const name = plan.names.find((n) => n.name === UNCERTAINTY_NAMES.pApproved)!;
    const sheet = plan.sheets.find((s) => s.name === name.sheet)!;
    expect(sheet.name).toBe("Osäkerhet");
    const values = sheet.cells.map((c) => c.value);
    expect(values).toEqual(expect.arrayContaining([0.1, 0.5, 0.8, 1.1, 3]));
    const ev = evaluateDraft(state.draft, state.scenario, state.actuals);
    const p = ev.ok && ev.uncertainty && !isDomainError(ev.uncertainty) ? ev.uncertainty.figures.pApproved : undefined;
    expect(sheet.cells.find((c) => c.ref === name.ref.replace(/\$/g, ""))?.expect).toBe(p);
  });
});

describe("the probabilities in words", () => {
  const state = run(initialPaneState(workedExampleFile()), SHARE);
  const ev = evaluateDraft(state.draft, state.scenario, state.actuals);
  if (!ev.ok) throw new Error("expected an evaluation");
  const sv = uncertaintyView(ev.uncertainty, ev.biasCorrected, ev.evaluation.options.horizonYears, state.draft.investment, SV) as UncertaintyView;
  const en = uncertaintyView(ev.uncertainty, ev.biasCorrected, ev.evaluation.options.horizonYears, state.draft.investment, EN) as UncertaintyView;
  const figures = !isDomainError(ev.uncertainty) && ev.uncertainty ? ev.uncertainty.figures : undefined;

  it("says the probability of approval, of full repayment, the expected repayment and P10–P90 in Swedish and English", () => {
    const pct = (p: number): string => `${Math.round(p * 100)} %`;
    expect(plain(sv.sentences[0]?.text)).toBe(`Sannolikheten att satsningen betalar sig inom tioårsfönstret är ${pct(figures!.pApproved)}.`);
    expect(plain(en.sentences[0]?.text)).toBe(`The probability that the investment pays back within the ten-year window is ${pct(figures!.pApproved)}.`);
    expect(sv.sentences.map((s) => s.key)).toEqual(["approved", "full", "expected", "interval", "payback", "draws"]);
    const by = (p: number): number | undefined => figures!.paybackByYear.find((y) => y.probability >= p)?.year;
    expect(by(0.5)).toBeDefined();
    expect(plain(sv.sentences[4]?.text)).toBe(
      by(0.9) === undefined
        ? `Återbetald (den ackumulerade besparingen når kostnaden, som Återbetalningsår ovan) senast år ${by(0.5)} med 50 % sannolikhet; med 90 % sannolikhet inte under tidslinjen.`
        : `Återbetald (den ackumulerade besparingen når kostnaden, som Återbetalningsår ovan) senast år ${by(0.5)} med 50 % sannolikhet och senast år ${by(0.9)} med 90 %.`
    );
    expect(plain(sv.sentences[1]?.text)).toContain(pct(figures!.pFullRepayment!));
    expect(plain(sv.sentences[3]?.text)).toContain(`${plain(new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 }).format(Math.round(figures!.savingsP10)))} kr`);
    expect(sv.tornado).toEqual([{ label: `Andel: ${state.draft.investment.effects[0]!.name}`, atLow: 5400000, atHigh: 27000000, swing: 21600000 }]);
    expect(sv.biasCorrected).toBeUndefined();
  });

  it("bins every draw, and counts those below the cost as the engine's approval test does", () => {
    const counted = sv.histogram.counts.reduce((a, b) => a + b, 0);
    expect(counted).toBe(2000);
    expect(sv.histogram.countBelow / 2000).toBeCloseTo(1 - figures!.pApproved, 10);
    expect(sv.histogram.from).toBeLessThanOrEqual(sv.totalCost);
    expect(sv.histogram.from + sv.histogram.width * sv.histogram.counts.length).toBeGreaterThanOrEqual(sv.plannedRepayment!);
  });

  it("a grade adds the bias-corrected base case beside the uncorrected one", () => {
    const graded = run(state, { type: "setGrade", of: "effects", id: "placement", grade: 6 });
    const g = evaluateDraft(graded.draft, graded.scenario, graded.actuals);
    if (!g.ok) throw new Error("expected an evaluation");
    const view = uncertaintyView(g.uncertainty, g.biasCorrected, 10, graded.draft.investment, SV) as UncertaintyView;
    // Grade 6 cuts the benefit by 40 % (decided here in the engine's table): 16 200 000 × 0.6.
    expect(plain(view.biasCorrected)).toBe("Korrigerat för optimism efter konfidensbetygen: besparing 9 720 000 kr (okorrigerat 16 200 000 kr); inte godkänd.");
  });
});

describe("the uncertainty translation table", () => {
  /** Every leaf: texts, and functions called with sample values (a number, a text or an object of them). */
  const sample = new Proxy({} as Record<string | symbol, unknown>, { get: (_, key) => (key === Symbol.toPrimitive ? () => "7" : key === "years" ? 10 : "X") });
  const leaves = (value: unknown, path = ""): [string, unknown][] => {
    if (typeof value === "function") return [[path, (value as (...args: unknown[]) => unknown)(...Array.from({ length: value.length }, (_, i) => (i === 0 ? sample : "2")))]];
    if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
    return [[path, value]];
  };

  it("has the same keys and no empty text in Swedish and English", () => {
    const sv = leaves(UNCERTAINTY_TRANSLATIONS.sv);
    const en = leaves(UNCERTAINTY_TRANSLATIONS.en);
    expect(en.map(([k]) => k)).toEqual(sv.map(([k]) => k));
    for (const [key, text] of [...sv, ...en]) expect({ key, empty: String(text).trim() === "" }).toEqual({ key, empty: false });
    expect(uncertaintyStrings("sv").pApproved({ years: 10, pApproved: "80 %", draws: 2000 })).toBe("Sannolikheten att satsningen betalar sig inom tioårsfönstret är 80 %.");
    expect(uncertaintyStrings("sv").pApproved({ years: 20, pApproved: "55 %", draws: 2000 })).toBe("Sannolikheten att satsningen betalar sig inom 20-årsfönstret är 55 %.");
  });
});

describe("histogram", () => {
  it("puts the top edge in the last bin and stretches over the marks", () => {
    expect(histogram(Float64Array.of(0, 1, 2, 3), 2, [], 2)).toEqual({ from: 0, width: 1.5, counts: [2, 2], countBelow: 2 });
    expect(histogram(Float64Array.of(5, 5), 4, [1, 9], 6)).toEqual({ from: 1, width: 2, counts: [0, 0, 2, 0], countBelow: 2 });
    expect(histogram(Float64Array.of(), 4, [], 0).counts).toEqual([]);
  });
});
