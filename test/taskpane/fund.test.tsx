/** @jest-environment jsdom */
/**
 * The Fonden view in the pane (jsdom, over the in-memory workbook): without a fund register
 * it offers "Skapa fondblad"; creating one inserts the fund workbook's sheets with the
 * investment, and the figures shown are the engine's on the fund read back; a fund workbook
 * already there is read, its figures, chart and warnings shown; adding and updating the
 * investment rebuild the fund's sheets in place, all or nothing; refused, a copy is offered.
 */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import type { FundInput, FundResults } from "../../src/engine";
import { fundPortfolio, fundResults, isDomainError } from "../../src/engine";
import { readFundWorkbook } from "../../src/fund/readBack/readFundWorkbook";
import { buildFundWorkbook } from "../../src/fund/workbook/buildFundWorkbook";
import { exampleGateway } from "../../src/preview/exampleWorkbook";
import type { MemoryGateway } from "../../src/preview/memoryGateway";
import { formatResultKr } from "../../src/taskpane/i18n/format";
import { orebroFund } from "../fund/fundSupport";
import { orebroTemplate } from "../support/scenarioFiles";
import { installBrowserStubs, plain, renderPane, textOf } from "./support";

installBrowserStubs();

const results = (fund: FundInput): FundResults => {
  const p = fundPortfolio(fund);
  if (isDomainError(p)) throw new Error(p.en);
  return fundResults(p);
};

async function fundRead(gateway: MemoryGateway): Promise<FundInput> {
  const r = await readFundWorkbook(gateway);
  if (r.kind !== "fund") throw new Error(`no fund: ${JSON.stringify(r)}`);
  return r.fund;
}

async function openFund(gateway: MemoryGateway, lang: "sv" | "en" = "sv"): Promise<void> {
  await renderPane(gateway, { lang });
  await act(async () => {
    fireEvent.click(screen.getByTestId("tab-fund"));
  });
}

async function click(testId: string): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByTestId(testId));
  });
}

describe("the Fonden view", () => {
  it("without a fund register: says so and creates fund sheets with the investment and the allocation typed; the figures are the engine's on what the workbook holds", async () => {
    const gateway = await exampleGateway("sv");
    const before = gateway.snapshot();
    await openFund(gateway);
    await waitFor(() => expect(screen.getByTestId("fund-none")).toBeTruthy());
    expect(textOf("fund-none")).toContain("Arbetsboken har inget fondregister");
    fireEvent.change(screen.getByTestId("fund-allocation"), { target: { value: "20 000 000" } });
    fireEvent.change(screen.getByTestId("fund-status"), { target: { value: "granted" } });
    await click("fund-create-button");
    await waitFor(() => expect(screen.getByTestId("fund-write-done")).toBeTruthy());
    expect(textOf("fund-write-done")).toBe("Fondbladen skapades: Fondöversikt, Fondregister, Flöden per satsning, Återföring per förvaltning, Varningar.");
    // Nothing of the workbook before was touched; the fund's sheets came beside it.
    const after = gateway.snapshot();
    expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
    expect(after.tables.slice(0, before.tables.length)).toEqual(before.tables);
    const fund = await fundRead(gateway);
    // The overview's allocation column as read: 20 MSEK in the start year, 0 in every other year shown.
    const start = String(fund.items[0]!.input.investment.startYear);
    expect(Object.entries(fund.allocations).filter(([, v]) => v !== 0)).toEqual([[start, 20_000_000]]);
    expect(fund.items.map((i) => [i.id, i.status])).toEqual([["S1", "granted"]]);
    const r = results(fund);
    await waitFor(() => expect(screen.getByTestId("fund-balance-end")).toBeTruthy());
    expect(plain(textOf("fund-balance-end"))).toBe(plain(formatResultKr(r.balanceEnd!)));
    expect(plain(textOf("fund-min-balance"))).toBe(plain(formatResultKr(r.minBalance!.balance)));
    expect(textOf("fund-counted")).toBe("1 av 1");
    expect(screen.getByTestId("fund-flows-chart").querySelector("svg")?.getAttribute("aria-label")).toMatch(/^Tilldelning, utbetalning och återföring per år \d{4}–\d{4}/);
    expect(textOf("fund-current-state")).toMatch(/^Finns i fondregistret som S1 \(beviljad\)/);
  });

  it("reads a fund workbook already in the workbook: Örebro's figures, warnings and the investment in its register", async () => {
    const gateway = await exampleGateway("en");
    const orebro = orebroFund(["evaluated", "granted", "applied", "running", "ended", "granted"]);
    const p = fundPortfolio(orebro);
    if (isDomainError(p)) throw new Error(p.en);
    await gateway.insertIntoCurrent(new Uint8Array(1), buildFundWorkbook(p, { template: orebroTemplate(), lang: "en" }));
    await openFund(gateway, "en");
    await waitFor(() => expect(screen.getByTestId("fund-balance-end")).toBeTruthy());
    const r = results(orebro);
    expect(plain(textOf("fund-balance-end"))).toBe(plain(formatResultKr(r.balanceEnd!)));
    expect(textOf("fund-counted")).toBe("5 of 6");
    expect(screen.getByTestId("fund-warnings").querySelectorAll("li")).toHaveLength(r.warnings.length);
    expect(screen.getByTestId("fund-warnings").textContent).toContain(r.warnings[0]!.en);
    // "Show the fund register" activates the register sheet at its table.
    await click("fund-show-register");
    await waitFor(() => expect(gateway.selected).toEqual({ sheet: "Fund register", address: "A4" }));
    // A status changed in the register is read again as the workbook changes, and the figures follow.
    await act(async () => {
      await gateway.writeTableCells("SINV_Fondregister", ["Id"], { S2: { Status: "applied" } });
    });
    await waitFor(() => expect(textOf("fund-counted")).toBe("4 of 6"), { timeout: 3000 });
    const edited = { ...orebro, items: orebro.items.map((it, i) => (i === 1 ? { ...it, status: "applied" as const } : it)) };
    expect(plain(textOf("fund-balance-end"))).toBe(plain(formatResultKr(results(edited).balanceEnd!)));
  });

  it("adds the investment to a fund without it, as applied: the fund's sheets updated in place (same names), read from then on", async () => {
    const gateway = await exampleGateway("sv");
    const orebro = orebroFund();
    const fund = { ...orebro, items: orebro.items.slice(0, 5) }; // without Bryggan
    const p = fundPortfolio(fund);
    if (isDomainError(p)) throw new Error(p.en);
    await gateway.insertIntoCurrent(new Uint8Array(1), buildFundWorkbook(p, { template: orebroTemplate(), lang: "sv" }));
    await openFund(gateway);
    await waitFor(() => expect(screen.getByTestId("fund-current-state")).toBeTruthy());
    expect(textOf("fund-current-state")).toMatch(/finns inte i fondregistret\.$/);
    expect(textOf("fund-save")).toBe("Lägg till i fonden");
    await click("fund-save");
    await waitFor(() => expect(screen.getByTestId("fund-write-done")).toBeTruthy());
    expect(textOf("fund-write-done")).toBe("Satsningen lades till som S6. Fondens blad: Fondöversikt, Fondregister, Flöden per satsning, Återföring per förvaltning, Varningar.");
    expect(gateway.snapshot().sheets.filter((n) => /\(2\)|_2$/.test(n))).toEqual([]);
    const back = await fundRead(gateway);
    expect(back.items.map((i) => i.status)).toEqual(["granted", "granted", "granted", "granted", "granted", "applied"]);
    await waitFor(() => expect(textOf("fund-current-state")).toMatch(/^Finns i fondregistret som S6 \(ansökt\)/));
    expect(textOf("fund-save")).toBe("Uppdatera i fonden");
    expect(plain(textOf("fund-balance-end"))).toBe(plain(formatResultKr(results(back).balanceEnd!)));
  });

  it("refused in place (the user typed on the register): says why, offers a new copy, and inserts it after the confirmation", async () => {
    const gateway = await exampleGateway("sv");
    const orebro = orebroFund();
    const p = fundPortfolio({ ...orebro, items: orebro.items.slice(0, 5) });
    if (isDomainError(p)) throw new Error(p.en);
    await gateway.insertIntoCurrent(new Uint8Array(1), buildFundWorkbook(p, { template: orebroTemplate(), lang: "sv" }));
    gateway.setCell("Fondregister", "Z3", "min anteckning");
    const before = gateway.snapshot();
    await openFund(gateway);
    await waitFor(() => expect(screen.getByTestId("fund-save")).toBeTruthy());
    await click("fund-save");
    await waitFor(() => expect(screen.getByTestId("fund-write-error")).toBeTruthy());
    expect(textOf("fund-write-error")).toContain("Fondregister!Z3");
    expect(gateway.snapshot()).toEqual(before);
    await click("fund-copy");
    expect(textOf("fund-copy-offer")).toContain("som en kopia med nya namn");
    await click("fund-copy-yes");
    await waitFor(() => expect(screen.getByTestId("fund-write-done")).toBeTruthy());
    expect(textOf("fund-write-done")).toMatch(/^Satsningen lades till som S6\. Fondens blad: Fondöversikt \(2\), Fondregister \(2\)/);
    expect(gateway.cell("Fondregister", "Z3")).toEqual({ value: "min anteckning" });
  });

  it("a failed insert leaves the workbook exactly as before and says so in a MessageBar", async () => {
    let fail = false;
    const gateway = await exampleGateway("sv", {
      onInsertStep: (step) => {
        if (fail && step === "names") throw new Error("Simulated failure adding the names.");
      }
    });
    await openFund(gateway);
    await waitFor(() => expect(screen.getByTestId("fund-none")).toBeTruthy());
    const before = { ...gateway.snapshot(), cells: gateway.snapshot().sheets.map((s) => gateway.cells(s)) };
    fail = true;
    await click("fund-create-button");
    await waitFor(() => expect(screen.getByTestId("fund-write-error")).toBeTruthy());
    expect(textOf("fund-write-error")).toContain("Fondens blad kunde inte skrivas; arbetsboken är som förut");
    expect({ ...gateway.snapshot(), cells: gateway.snapshot().sheets.map((s) => gateway.cells(s)) }).toEqual(before);
    expect(await readFundWorkbook(gateway)).toEqual({ kind: "none" });
  });

  it("a register that cannot be read says why, and offers new fund sheets", async () => {
    const gateway = await exampleGateway("sv");
    const orebro = orebroFund();
    const p = fundPortfolio(orebro);
    if (isDomainError(p)) throw new Error(p.en);
    const plan = buildFundWorkbook(p, { template: orebroTemplate(), lang: "sv" });
    const edited = { ...plan, sheets: plan.sheets.map((s) => ({ ...s, tables: s.tables.map((t) => ({ ...t, rows: t.rows.map((r, i) => (i === 0 ? r.map((v, j) => (j === 3 ? "klar" : v)) : r)) })) })) };
    await gateway.insertIntoCurrent(new Uint8Array(1), edited);
    await openFund(gateway);
    await waitFor(() => expect(screen.getByTestId("fund-invalid")).toBeTruthy());
    expect(textOf("fund-invalid")).toContain('Fondregistret, rad 1 (S1): "klar" är ingen status');
    expect(screen.getByTestId("fund-create-button")).toBeTruthy();
  });

  it("an amount typed over in the register: the pane says which differs from the application, never shows silently other figures", async () => {
    const gateway = await exampleGateway("sv");
    const orebro = orebroFund();
    const p = fundPortfolio(orebro);
    if (isDomainError(p)) throw new Error(p.en);
    const plan = buildFundWorkbook(p, { template: orebroTemplate(), lang: "sv" });
    const edited = { ...plan, sheets: plan.sheets.map((s) => ({ ...s, tables: s.tables.map((t) => ({ ...t, rows: t.rows.map((r, i) => (i === 0 ? r.map((v, j) => (j === 8 ? 4_000_000 : v)) : r)) })) })) };
    await gateway.insertIntoCurrent(new Uint8Array(1), edited);
    await openFund(gateway);
    await waitFor(() => expect(screen.getByTestId("fund-drift")).toBeTruthy());
    expect(plain(textOf("fund-drift"))).toContain("S1, Total kostnad: 4 000 000 kr i registret, 4 100 000 kr ur satsningens ansökan.");
    expect(screen.getByTestId("fund-balance-end")).toBeTruthy();
  });
});
