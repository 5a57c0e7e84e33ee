/**
 * "Lägg till / Uppdatera i fonden" updates the fund's sheets in place (memory gateway): the
 * Örebro example fund (assets/funds/orebro-fond.json through buildFundWorkbook) with the
 * pane's investment added keeps its sheet names (no suffix) and the user's own sheet, the
 * register has the row, the fund read back computes to the engine's figures; updated again
 * it still has one row; a user's cell on a generated sheet refuses, changing nothing; a
 * failure at each step of the swap leaves the workbook as it was.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AppraisalInput, FundInput, FundPortfolio } from "../../src/engine";
import { appraise, fundPortfolio, fundResults, isDomainError } from "../../src/engine";
import { loadFund } from "../../src/fund/file/loadFund";
import { withInvestment } from "../../src/fund/readBack/fundEdits";
import { readFundWorkbook } from "../../src/fund/readBack/readFundWorkbook";
import { rebuildFund } from "../../src/fund/readBack/rebuildFund";
import { buildFundWorkbook } from "../../src/fund/workbook/buildFundWorkbook";
import { fundLayout } from "../../src/fund/workbook/fundLayout";
import { FUND_REGISTER, registerColumnIndex } from "../../src/fund/workbook/registerSpec";
import { cellRef } from "../../src/sheetModel/a1";
import { MemoryGateway } from "../../src/preview/memoryGateway";
import type { RebuildStep } from "../../src/preview/memoryRebuild";
import { ROOT, orebroTemplate } from "../support/scenarioFiles";
import { example, shiftYears } from "./fundSupport";

const template = orebroTemplate();
const GENERATED = ["Fondöversikt", "Fondregister", "Flöden per satsning", "Återföring per förvaltning", "Varningar", "Fondkälla"];

function portfolio(input: FundInput): FundPortfolio {
  const p = fundPortfolio(input);
  if (isDomainError(p)) throw new Error(p.en);
  return p;
}

function orebro(): FundInput {
  const loaded = loadFund(join(ROOT, "assets", "funds", "orebro-fond.json"), (p) => readFileSync(p));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.value.fund;
}

/** The pane's investment: Bryggan moved a year on, under a name of its own. */
function paneInput(costFactor = 1): AppraisalInput {
  const f = shiftYears(example("orebro-bryggan.json"), 1, "Nya Bryggan");
  const inv = { ...f.investment, costLines: f.investment.costLines.map((c) => (c.amounts ? { ...c, amounts: Object.fromEntries(Object.entries(c.amounts).map(([y, v]) => [y, v * costFactor])) } : c)) };
  return { rules: f.rules, investment: inv, ...(f.scenario ? { scenario: f.scenario } : {}) };
}

function totalCost(input: AppraisalInput): number {
  const a = appraise(input);
  if (isDomainError(a)) throw new Error(a.en);
  return a.summary.totalCost;
}

async function fundGateway(options: ConstructorParameters<typeof MemoryGateway>[0] = {}): Promise<MemoryGateway> {
  const gateway = new MemoryGateway(options);
  // Generated on another day than the rebuild's: the date of generation is in the print footer, not in a cell the planner compares.
  await gateway.insertIntoCurrent(new Uint8Array(0), buildFundWorkbook(portfolio(orebro()), { template, lang: "sv", generatedOn: "2024-05-01" }));
  await gateway.insertTable({ sheet: "Mina anteckningar", table: { name: "Mina", columns: ["A"], rows: [["x"]] } });
  return gateway;
}

async function read(gateway: MemoryGateway): Promise<Extract<Awaited<ReturnType<typeof readFundWorkbook>>, { kind: "fund" }>> {
  const r = await readFundWorkbook(gateway);
  if (r.kind !== "fund") throw new Error(JSON.stringify(r));
  return r;
}

describe("the fund updated in place (memory gateway)", () => {
  it("adds the pane's investment, then updates it: same sheets, one row, the engine's figures", async () => {
    const gateway = await fundGateway();
    const before = gateway.snapshot().sheets;
    expect(before).toEqual([...GENERATED, "Mina anteckningar"]);
    const first = await read(gateway);
    const added = withInvestment(first.fund, { input: paneInput(), status: "applied" });
    expect(added).toMatchObject({ id: "S7", added: true });
    const report = await rebuildFund(gateway, added.fund, template);
    expect(report).toEqual({ sheets: GENERATED, replaced: 6 });
    expect(gateway.snapshot().sheets).toEqual(before);
    expect(gateway.snapshot().tables.map((t) => t.name)).not.toContainEqual(expect.stringMatching(/_2$/));
    expect(gateway.hiddenSheets()).toEqual([]);
    const second = await read(gateway);
    expect(second.fund.items.map((i) => i.id)).toEqual(["S1", "S2", "S3", "S4", "S5", "S6", "S7"]);
    expect(second.fund.items[6]).toMatchObject({ status: "applied", input: { investment: { name: "Nya Bryggan" } } });
    const engine = fundResults(portfolio(added.fund));
    expect(fundResults(portfolio(second.fund))).toEqual(engine);
    const register = (await gateway.readTables([FUND_REGISTER.name]))[FUND_REGISTER.name];
    const row = register?.rows.find((r) => r[registerColumnIndex("id")] === "S7");
    expect(row?.[registerColumnIndex("totalCost")]).toBeCloseTo(totalCost(paneInput()), 2);
    expect((await gateway.readTables(["Mina"])).Mina?.rows).toEqual([["x"]]);

    // Updated again with a 10 % higher cost: still one row, the new cost.
    const updated = withInvestment(second.fund, { input: paneInput(1.1), status: "granted" });
    expect(updated).toMatchObject({ id: "S7", added: false });
    await rebuildFund(gateway, updated.fund, template);
    const third = await read(gateway);
    expect(third.fund.items).toHaveLength(7);
    expect(third.fund.items[6]?.status).toBe("applied");
    const rows = (await gateway.readTables([FUND_REGISTER.name]))[FUND_REGISTER.name]?.rows.filter((r) => r[registerColumnIndex("id")] === "S7") ?? [];
    expect(rows).toHaveLength(1);
    const cost = totalCost(paneInput(1.1));
    expect(cost).toBeGreaterThan(totalCost(paneInput()));
    expect(fundResults(portfolio(third.fund))).toEqual(fundResults(portfolio(updated.fund)));
    expect(rows[0]?.[registerColumnIndex("totalCost")]).toBeCloseTo(cost, 2);
    expect(gateway.snapshot().sheets).toEqual(before);
  });

  it("keeps what the user changed in the register and the overview: statuses, decision years and an allocation are read back and rebuilt", async () => {
    const gateway = await fundGateway();
    const table = (await gateway.readTables([FUND_REGISTER.name]))[FUND_REGISTER.name]!;
    // The register's table starts at A4 (its header), its data at row 5.
    expect(table.address).toMatch(/!\$?A\$?4:/);
    const at = (row: number, key: "status" | "decisionYear"): string => cellRef(5 + row, registerColumnIndex(key) + 1);
    gateway.setCell("Fondregister", at(0, "status"), "ansökt");
    gateway.setCell("Fondregister", at(1, "decisionYear"), 2014);
    const p = portfolio(orebro());
    const o = fundLayout(p).overview;
    gateway.setCell("Fondöversikt", cellRef(o.firstYearRow + p.years.indexOf(2016), o.col.allocated), 10_000_000);
    const first = await read(gateway);
    expect(first.fund.items[0]?.status).toBe("applied");
    expect(first.fund.allocations["2016"]).toBe(10_000_000);
    const added = withInvestment(first.fund, { input: paneInput(), status: "applied" });
    await rebuildFund(gateway, added.fund, template);
    const second = await read(gateway);
    expect(second.fund.items[0]?.status).toBe("applied");
    expect(second.fund.items[1]?.decisionYear).toBe(2014);
    expect(second.fund.allocations["2016"]).toBe(10_000_000);
    expect(fundResults(portfolio(second.fund))).toEqual(fundResults(portfolio(added.fund)));
  });

  it("rebuilds an English fund workbook in English, its sheet names kept", async () => {
    const gateway = new MemoryGateway();
    await gateway.insertIntoCurrent(new Uint8Array(0), buildFundWorkbook(portfolio(orebro()), { template, lang: "en" }));
    const before = gateway.snapshot().sheets;
    expect(before).toContain("Fund register");
    await rebuildFund(gateway, withInvestment((await read(gateway)).fund, { input: paneInput(), status: "applied" }).fund, template);
    expect(gateway.snapshot().sheets).toEqual(before);
    expect((await read(gateway)).fund.items).toHaveLength(7);
  });

  it("refuses, naming the cell and changing nothing, when the user typed on a generated sheet", async () => {
    const gateway = await fundGateway();
    gateway.setCell("Fondregister", "Z3", "min anteckning");
    const snapshot = gateway.snapshot();
    const book = await gateway.readWorkbook();
    const next = withInvestment((await read(gateway)).fund, { input: paneInput(), status: "applied" }).fund;
    await expect(rebuildFund(gateway, next, template)).rejects.toMatchObject({ kind: "rebuildUnexplained", sv: expect.stringContaining("Fondregister!Z3") });
    expect(gateway.snapshot()).toEqual(snapshot);
    expect(await gateway.readWorkbook()).toEqual(book);
  });

  it("does not rebuild a fund the pane reads from a copy (suffixed names): says so, changing nothing", async () => {
    const gateway = await fundGateway();
    await gateway.insertIntoCurrent(new Uint8Array(0), buildFundWorkbook(portfolio(orebro()), { template, lang: "sv" }));
    const r = await read(gateway);
    expect(r.names.register).toBe("SINV_Fondregister_2");
    const snapshot = gateway.snapshot();
    await expect(rebuildFund(gateway, withInvestment(r.fund, { input: paneInput(), status: "applied" }).fund, template)).rejects.toMatchObject({ kind: "rebuildFundCopy", sv: expect.stringContaining("SINV_Fondregister_2") });
    expect(gateway.snapshot()).toEqual(snapshot);
  });

  const points: readonly string[] = ["insert:sheets", "insert:names", "rebuild:rename", "rebuild:hide"];
  it.each(points)("puts the workbook back exactly as it was when %s fails", async (point) => {
    let armed = false;
    const fail = (where: string): void => {
      if (armed && where === point) throw new Error("Simulated failure.");
    };
    const gateway = await fundGateway({ onInsertStep: (s) => fail(`insert:${s}`), onRebuildStep: (s: RebuildStep) => fail(`rebuild:${s}`) });
    const next = withInvestment((await read(gateway)).fund, { input: paneInput(), status: "applied" }).fund;
    const snapshot = gateway.snapshot();
    const book = await gateway.readWorkbook();
    armed = true;
    await expect(rebuildFund(gateway, next, template)).rejects.toMatchObject({ kind: "rebuildFailed" });
    expect(gateway.snapshot()).toEqual(snapshot);
    expect(await gateway.readWorkbook()).toEqual(book);
    expect(gateway.hiddenSheets()).toEqual([]);
  });
});
