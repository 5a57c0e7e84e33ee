/**
 * A fund made empty ("tom fond": only its allocation) in the workbook (memory gateway): the
 * read-back gives the empty fund (the register's one blank row is no investment); the
 * pane's investment added later is rebuilt in place — the same sheets, no suffix, the
 * user's own sheet kept — and the fund read back computes to the engine's figures.
 */
import type { AppraisalInput, FundInput, FundPortfolio } from "../../src/engine";
import { fundPortfolio, fundResults, isDomainError } from "../../src/engine";
import { newFund, withInvestment } from "../../src/fund/readBack/fundEdits";
import { readFundWorkbook } from "../../src/fund/readBack/readFundWorkbook";
import { rebuildFund } from "../../src/fund/readBack/rebuildFund";
import { buildFundWorkbook } from "../../src/fund/workbook/buildFundWorkbook";
import { FUND_REGISTER, registerColumnIndex } from "../../src/fund/workbook/registerSpec";
import { MemoryGateway } from "../../src/preview/memoryGateway";
import { orebroTemplate } from "../support/scenarioFiles";
import { example } from "./fundSupport";

const template = orebroTemplate();
const GENERATED = ["Fondöversikt", "Fondregister", "Flöden per satsning", "Återföring per förvaltning", "Varningar", "Fondkälla"];

function portfolio(input: FundInput): FundPortfolio {
  const p = fundPortfolio(input);
  if (isDomainError(p)) throw new Error(p.en);
  return p;
}

function bryggan(): AppraisalInput {
  const f = example("orebro-bryggan.json");
  return { rules: f.rules, investment: f.investment, ...(f.scenario ? { scenario: f.scenario } : {}) };
}

async function read(gateway: MemoryGateway): Promise<Extract<Awaited<ReturnType<typeof readFundWorkbook>>, { kind: "fund" }>> {
  const r = await readFundWorkbook(gateway);
  if (r.kind !== "fund") throw new Error(JSON.stringify(r));
  return r;
}

describe("an empty fund, then the investment added in place (memory gateway)", () => {
  it("reads back no investments, then the added one, with the engine's figures", async () => {
    const empty = newFund({ name: "Fonden", year: 2017, allocation: 20_000_000, maxNewPerYear: 3 });
    expect(empty.items).toEqual([]);
    const gateway = new MemoryGateway({});
    await gateway.insertIntoCurrent(new Uint8Array(0), buildFundWorkbook(portfolio(empty), { template, lang: "sv", generatedOn: "2024-05-01" }));
    await gateway.insertTable({ sheet: "Mina anteckningar", table: { name: "Mina", columns: ["A"], rows: [["x"]] } });
    const before = gateway.snapshot().sheets;
    expect(before).toEqual([...GENERATED, "Mina anteckningar"]);
    const register = (await gateway.readTables([FUND_REGISTER.name]))[FUND_REGISTER.name];
    expect(register?.rows).toHaveLength(1); // the one blank row an Excel table needs
    expect(register?.rows[0]?.every((v) => v === null || v === "")).toBe(true);

    const first = await read(gateway);
    expect(first.fund.items).toEqual([]);
    expect(first.fund.allocations).toEqual({ "2017": 20_000_000 });
    expect(fundResults(portfolio(first.fund)).balanceEnd).toBe(20_000_000);

    const added = withInvestment(first.fund, { input: bryggan(), status: "applied" });
    expect(added).toMatchObject({ id: "S1", added: true });
    const report = await rebuildFund(gateway, added.fund, template);
    expect(report).toEqual({ sheets: GENERATED, replaced: 6 });
    expect(gateway.snapshot().sheets).toEqual(before);
    expect(gateway.snapshot().tables.map((t) => t.name)).not.toContainEqual(expect.stringMatching(/_2$/));
    const second = await read(gateway);
    expect(second.fund.items.map((i) => [i.id, i.status, i.input.investment.name])).toEqual([["S1", "applied", bryggan().investment.name]]);
    expect(fundResults(portfolio(second.fund))).toEqual(fundResults(portfolio(added.fund)));
    const rows = (await gateway.readTables([FUND_REGISTER.name]))[FUND_REGISTER.name]?.rows ?? [];
    expect(rows.map((r) => r[registerColumnIndex("id")])).toEqual(["S1"]);
    expect((await gateway.readTables(["Mina"])).Mina?.rows).toEqual([["x"]]);
  });
});
