/** @jest-environment jsdom */
/**
 * "Skapa fondblad" as an empty fund ("tom fond": only the allocation) in the pane (jsdom,
 * over the in-memory workbook): the button waits for an allocation; the fund's sheets are
 * inserted with no investment, read back and shown (the engine's figures); then "Lägg till
 * i fonden" adds the investment in place — the same sheets, no copy — and the figures are
 * the engine's on what the workbook holds.
 */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import type { FundInput, FundResults } from "../../src/engine";
import { fundPortfolio, fundResults, isDomainError } from "../../src/engine";
import { readFundWorkbook } from "../../src/fund/readBack/readFundWorkbook";
import { exampleGateway } from "../../src/preview/exampleWorkbook";
import type { MemoryGateway } from "../../src/preview/memoryGateway";
import { formatResultKr } from "../../src/taskpane/i18n/format";
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

async function click(testId: string): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByTestId(testId));
  });
}

const SHEETS = "Fondöversikt, Fondregister, Flöden per satsning, Återföring per förvaltning, Varningar";

describe("an empty fund from the pane", () => {
  it("creates the fund with only the allocation, then adds the investment in place", async () => {
    const gateway = await exampleGateway("sv");
    const before = gateway.snapshot();
    await renderPane(gateway, { lang: "sv" });
    await click("tab-fund");
    await waitFor(() => expect(screen.getByTestId("fund-none")).toBeTruthy());
    await click("fund-create-empty");
    // Without an allocation an empty fund has no years: the button waits, and says why.
    expect(screen.getByTestId("fund-create-button").hasAttribute("disabled")).toBe(true);
    expect(textOf("fund-empty-needs-allocation")).toBe("En tom fond behöver en tilldelning: ange beloppet ovan.");
    expect(screen.queryByTestId("fund-status")).toBeNull();
    fireEvent.change(screen.getByTestId("fund-allocation"), { target: { value: "20 000 000" } });
    await waitFor(() => expect(screen.getByTestId("fund-create-button").hasAttribute("disabled")).toBe(false));
    await click("fund-create-button");
    await waitFor(() => expect(screen.getByTestId("fund-write-done")).toBeTruthy());
    expect(textOf("fund-write-done")).toBe(`Den tomma fonden skapades: ${SHEETS}. Lägg till satsningen nedan när den är klar.`);
    const after = gateway.snapshot();
    expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
    const empty = await fundRead(gateway);
    expect(empty.items).toEqual([]);
    expect(Object.values(empty.allocations)).toEqual([20_000_000]);
    await waitFor(() => expect(screen.getByTestId("fund-balance-end")).toBeTruthy());
    expect(plain(textOf("fund-balance-end"))).toBe(plain(formatResultKr(20_000_000)));
    expect(textOf("fund-counted")).toBe("0 av 0");
    expect(textOf("fund-current-state")).toMatch(/finns inte i fondregistret\.$/);

    await click("fund-save");
    await waitFor(() => expect(textOf("fund-write-done")).toBe(`Satsningen lades till som S1. Fondens blad: ${SHEETS}.`));
    expect(gateway.snapshot().sheets).toEqual(after.sheets); // in place: the same sheets, no copy
    const added = await fundRead(gateway);
    expect(added.items.map((i) => [i.id, i.status])).toEqual([["S1", "applied"]]);
    const r = results(added);
    await waitFor(() => expect(textOf("fund-current-state")).toMatch(/^Finns i fondregistret som S1 \(ansökt\)/));
    expect(plain(textOf("fund-balance-end"))).toBe(plain(formatResultKr(r.balanceEnd!)));
    expect(textOf("fund-counted")).toBe("0 av 1");
  });
});
