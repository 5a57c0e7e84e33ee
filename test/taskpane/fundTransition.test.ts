/**
 * The Fonden view's transition, pure: reading the fund (an older answer dropped), re-reading
 * it with the workbook's inputs once the view has read it, creating and saving as effects
 * carrying the engine's fund input, nothing while a field holds invalid input or a write
 * runs, and a new read after a write.
 */
import { workedExampleFile } from "../../src/preview/exampleWorkbook";
import type { InsertReport } from "../../src/sheetModel/gateway";
import { SV } from "../../src/taskpane/i18n/sv";
import type { PaneAction } from "../../src/taskpane/state/actions";
import type { PaneState } from "../../src/taskpane/state/paneState";
import { paneTemplate } from "../../src/taskpane/state/paneTemplate";
import { initialPaneState, paneTransition } from "../../src/taskpane/state/transition";
import { orebroFund } from "../fund/fundSupport";

const step = paneTransition({ template: paneTemplate(), strings: SV });
const run = (state: PaneState, ...actions: PaneAction[]): PaneState => actions.reduce((s, a) => step(s, a).state, state);
const REPORT: InsertReport = { sheets: ["Fondöversikt"], tables: ["SINV_Fondregister"], names: [], renamed: { sheets: {}, tables: {}, names: {} } };

describe("the Fonden view's transition", () => {
  const start = initialPaneState(workedExampleFile());

  test("reading: an effect with a sequence number; an older answer is dropped", () => {
    const first = step(start, { type: "fundRead" });
    expect(first.effects).toEqual([{ type: "readFund", seq: 1 }]);
    const second = run(first.state, { type: "fundRead" });
    expect(run(second, { type: "fundReadDone", seq: 1, outcome: { kind: "none" } }).fund.read.status).toBe("reading");
    expect(run(second, { type: "fundReadDone", seq: 2, outcome: { kind: "none" } }).fund.read).toEqual({ status: "done", seq: 2, outcome: { kind: "none" } });
    expect(run(second, { type: "fundReadFailed", seq: 2, error: "x" }).fund.read).toEqual({ status: "failed", seq: 2, error: "x" });
  });

  test("a change in the workbook re-reads the fund only once the view has read it", () => {
    expect(step(start, { type: "reread" }).effects.map((e) => e.type)).toEqual(["read"]);
    const opened = run(start, { type: "fundRead" });
    expect(step(opened, { type: "reread" }).effects.map((e) => e.type)).toEqual(["read", "readFund"]);
  });

  test("creating: the investment under the status chosen, the allocation in its start year, the rules' limit of new a year", () => {
    const t = step(start, { type: "fundCreate", status: "granted", allocation: 20_000_000 });
    expect(t.state.fund.write).toEqual({ busy: true });
    const effect = t.effects[0];
    expect(effect).toMatchObject({ type: "writeFund", id: "S1", added: true, created: true, lang: "sv", mode: "insert" });
    if (effect?.type !== "writeFund") throw new Error("no write");
    expect(effect.fund).toMatchObject({ name: "Social investeringsfond", allocations: { "2017": 20_000_000 }, maxNewPerYear: 3 });
    expect(effect.fund.items.map((i) => [i.id, i.status, i.decisionYear, i.input.investment.name])).toEqual([["S1", "granted", 2017, workedExampleFile().investment.name]]);
    // A second click while it runs does nothing.
    expect(step(t.state, { type: "fundCreate", status: "granted" }).effects).toEqual([]);
  });

  test("creating an empty fund: only the allocation, no investment; nothing without an allocation", () => {
    expect(step(start, { type: "fundCreate", status: "applied", empty: true }).effects).toEqual([]);
    const t = step(start, { type: "fundCreate", status: "applied", allocation: 20_000_000, empty: true });
    expect(t.state.fund.write).toEqual({ busy: true });
    const effect = t.effects[0];
    expect(effect).toMatchObject({ type: "writeFund", id: "", added: false, created: true, lang: "sv", mode: "insert" });
    if (effect?.type !== "writeFund") throw new Error("no write");
    expect(effect.fund).toEqual({ name: "Social investeringsfond", allocations: { "2017": 20_000_000 }, maxNewPerYear: 3, items: [] });
  });

  test("saving: nothing without a fund read or while a field is invalid; otherwise the fund with the investment", () => {
    expect(step(start, { type: "fundSave", status: "applied" }).effects).toEqual([]);
    const fund = orebroFund();
    const read = run(start, { type: "fundRead" }, { type: "fundReadDone", seq: 1, outcome: { kind: "fund", fund, names: { register: "SINV_Fondregister", source: "s", allocations: "a", maxNew: "m" }, address: "Fondregister!A4:L10", amounts: {} } });
    const invalid: PaneState = { ...read, fieldErrors: { "inv.startYear": "fel" } };
    expect(step(invalid, { type: "fundSave", status: "applied" }).effects).toEqual([]);
    const t = step(read, { type: "fundSave", status: "applied" });
    const effect = t.effects[0];
    if (effect?.type !== "writeFund") throw new Error("no write");
    const same = fund.items.some((i) => i.input.investment.name.toUpperCase() === workedExampleFile().investment.name.toUpperCase());
    expect(effect.fund.items).toHaveLength(same ? 6 : 7);
    expect(effect.created).toBe(false);
    // In place by default; a new copy only when the user confirmed it after a refusal.
    expect(effect.mode).toBe("rebuild");
    expect(step(read, { type: "fundSave", status: "applied", copy: true }).effects[0]).toMatchObject({ type: "writeFund", mode: "insert" });
  });

  test("after a write: the result kept and the fund read again; a failure kept for the MessageBar", () => {
    const busy = run(start, { type: "fundCreate", status: "applied" });
    const done = step(busy, { type: "fundWritten", result: { id: "S1", added: true, created: true, report: REPORT } });
    expect(done.state.fund.write).toEqual({ busy: false, result: { id: "S1", added: true, created: true, report: REPORT } });
    expect(done.effects).toEqual([{ type: "readFund", seq: 1 }]);
    const failed = run(busy, { type: "fundWriteFailed", error: "boom" });
    expect(failed.fund.write).toEqual({ busy: false, error: "boom" });
  });
});
