/**
 * The fund read back from a workbook (src/fund/readBack/): the fund workbook put into the
 * in-memory workbook, edited as a user edits it (status, decision year, an allocation), read
 * back through the gateway and computed by the engine gives what HyperFormula recalculates
 * the edited workbook to; a fund with the pane's investment added or updated builds a
 * workbook that recalculates to the engine's figures; what cannot be read says why.
 */
import type { FundInput, FundPortfolio, FundStatus } from "../../src/engine";
import { fundPortfolio, fundResults, isDomainError } from "../../src/engine";
import { amountDrift } from "../../src/fund/readBack/amountDrift";
import { fundSourceChunks, parseFundSource } from "../../src/fund/readBack/fundSource";
import { newFund, withInvestment } from "../../src/fund/readBack/fundEdits";
import { fundNamesIn, statusOfWord } from "../../src/fund/readBack/readFund";
import { readFundWorkbook } from "../../src/fund/readBack/readFundWorkbook";
import { buildFundWorkbook } from "../../src/fund/workbook/buildFundWorkbook";
import { fundLayout } from "../../src/fund/workbook/fundLayout";
import { FUND_REGISTER, registerColumnIndex } from "../../src/fund/workbook/registerSpec";
import { MemoryGateway } from "../../src/preview/memoryGateway";
import { cellRef } from "../../src/sheetModel/a1";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import type { Computed } from "../support/hyperformula";
import { evaluatePlan, mismatches } from "../support/hyperformula";
import { editPlan } from "../support/planEdits";
import { orebroTemplate } from "../support/scenarioFiles";
import { example, orebroFund, shiftYears } from "./fundSupport";

const template = orebroTemplate();
const portfolio = (input: FundInput): FundPortfolio => {
  const p = fundPortfolio(input);
  if (isDomainError(p)) throw new Error(p.en);
  return p;
};
const plan = (input: FundInput, lang: "sv" | "en" = "sv"): WorkbookPlan => buildFundWorkbook(portfolio(input), { template, lang, generatedOn: "2024-05-01" });
const recalc = (p: WorkbookPlan): Map<string, Computed> => evaluatePlan(p, { smartRounding: false });

async function gatewayWith(...plans: WorkbookPlan[]): Promise<MemoryGateway> {
  const gateway = new MemoryGateway();
  for (const p of plans) await gateway.insertIntoCurrent(new Uint8Array(1), p);
  return gateway;
}

async function readBack(gateway: MemoryGateway): Promise<FundInput> {
  const r = await readFundWorkbook(gateway);
  if (r.kind !== "fund") throw new Error(JSON.stringify(r));
  return r.fund;
}

/** The overview's balance per year as recalculated, beside the engine's figures of the read-back fund. */
function balances(p: WorkbookPlan, input: FundInput, computed: ReadonlyMap<string, Computed>): { workbook: number[]; engine: number[] } {
  const pf = portfolio(input);
  const o = fundLayout(pf).overview;
  const sheet = p.sheets[0]!.name;
  const r = fundResults(pf);
  return {
    workbook: pf.years.map((_, k) => Math.round(Number(computed.get(`${sheet}!${cellRef(o.firstYearRow + k, o.col.balance)}`)) * 100) / 100),
    engine: pf.years.map((y) => r.years[String(y)]!.balance)
  };
}

describe("the fund read back from the workbook", () => {
  const statuses: FundStatus[] = ["evaluated", "granted", "applied", "running", "ended", "granted"];

  test("a workbook without a fund register has none", async () => {
    expect(await readFundWorkbook(new MemoryGateway())).toEqual({ kind: "none" });
  });

  test("as generated: the engine's fund again, figure for figure", async () => {
    const input = orebroFund(statuses);
    const r = await readFundWorkbook(await gatewayWith(plan(input)));
    if (r.kind !== "fund") throw new Error(r.kind);
    expect(fundResults(portfolio(r.fund))).toEqual(fundResults(portfolio(input)));
    // The register's amounts are the engine's as generated: nothing to warn about.
    expect(amountDrift(fundResults(portfolio(r.fund)), r.amounts)).toEqual([]);
    expect(amountDrift(fundResults(portfolio(r.fund)), { ...r.amounts, S2: { ...r.amounts.S2, totalCost: "mycket" } })).toEqual([{ id: "S2", column: "totalCost", register: "mycket", engine: fundResults(portfolio(input)).investments[1]!.totalCost }]);
  });

  test("edited in the register and the overview: the engine's figures of the read-back equal HyperFormula's recalculation of the edited workbook", async () => {
    const before = plan(orebroFund(statuses));
    const table = FUND_REGISTER.name;
    const edited = editPlan(before, [
      { table, row: 0, col: registerColumnIndex("status"), value: " Beviljad " },
      { table, row: 2, col: registerColumnIndex("status"), value: "granted" },
      { table, row: 5, col: registerColumnIndex("status"), value: "ansökt" },
      { table, row: 1, col: registerColumnIndex("decisionYear"), value: 2014 },
      { sheet: "Fondöversikt", ref: "B28", value: 10_000_000 }
    ]);
    const back = await readBack(await gatewayWith(edited));
    expect(back.items.map((i) => i.status)).toEqual(["granted", "granted", "granted", "running", "ended", "applied"]);
    expect(back.allocations["2016"]).toBe(10_000_000);
    const computed = recalc(edited);
    const b = balances(edited, back, computed);
    expect(b.workbook).toEqual(b.engine);
    expect(computed.get("SINV_FundBalanceEnd")).toBeCloseTo(fundResults(portfolio(back)).balanceEnd!, 2);
    expect(computed.get("SINV_FundMinBalance")).toBeCloseTo(fundResults(portfolio(back)).minBalance!.balance, 2);
    // The whole workbook built from the read-back fund is what HyperFormula makes of the edited one, off the register's edited words.
    const rebuilt = plan(back);
    expect(mismatches(rebuilt, computed).filter((m) => !m.cell.startsWith("Fondregister!"))).toEqual([]);
  });

  test("a word that is no status, a row the source does not have: the read says which, never a silent 0", async () => {
    const before = plan(orebroFund(statuses));
    const table = FUND_REGISTER.name;
    const bad = editPlan(before, [
      { table, row: 0, col: registerColumnIndex("status"), value: "klar" },
      { table, row: 3, col: registerColumnIndex("id"), value: "S9" }
    ]);
    const r = await readFundWorkbook(await gatewayWith(bad));
    expect(r.kind).toBe("invalid");
    const words = r.kind === "invalid" ? r.errors.map((e) => e.en) : [];
    expect(words).toEqual([
      'The fund register, row 1 (S1): "klar" is no status (applied, granted, running, ended, evaluated).',
      'S1 ("Samverkan för teckenspråkiga (SöT)") has no row in the fund register.',
      'S4 ("Team Oxhagen") has no row in the fund register.',
      "The fund register has the row S9, which the fund's source does not have (added by hand?): add investments from the pane."
    ]);
  });

  test("a fund inserted again is read from the newest copy (the suffixed names)", async () => {
    const gateway = await gatewayWith(plan(orebroFund(statuses)), plan(orebroFund()));
    expect((await gateway.listSheetsTablesNames()).tables).toEqual(["SINV_Fondregister", "SINV_Fondregister_2"]);
    expect((await readBack(gateway)).items.map((i) => i.status)).toEqual(orebroFund().items.map((i) => i.status));
    expect(fundNamesIn(["sinv_fondregister", "SINV_Fondregister_10", "SINV_Fondregister_x"])?.source).toBe("SINV_FundSource_10");
  });

  test("a source longer than a cell holds is split over cells and read back whole", async () => {
    const orebro = orebroFund();
    const many: FundInput = { ...orebro, items: [0, 1, 2, 3, 4].flatMap((k) => orebro.items.map((it, i) => ({ ...it, id: `S${k * 6 + i + 1}`, file: `${k}-${it.file}` }))) };
    expect(fundSourceChunks(many).length).toBeGreaterThan(1);
    const back = await readBack(await gatewayWith(plan(many)));
    expect(back.items).toEqual(many.items);
    expect(fundResults(portfolio(back))).toEqual(fundResults(portfolio(many)));
  });

  test("statuses are read as the formulas read them: key or word, trimmed, any case", () => {
    expect(["applied", " Beviljad", "PÅGÅENDE", "ended", "utvärderad", "klar", 3].map(statusOfWord)).toEqual(["applied", "granted", "running", "ended", "evaluated", undefined, undefined]);
  });

  test("the source survives its round trip and refuses what is not one", () => {
    const input = orebroFund(statuses);
    const parsed = parseFundSource(fundSourceChunks(input).join(""));
    expect(parsed.ok && parsed.fund).toEqual(input);
    expect(parseFundSource("{").ok).toBe(false);
    expect(parseFundSource(JSON.stringify({ format: "x" }))).toEqual({ ok: false, errors: [{ path: "", sv: "Fondens källa har inte formatet sinv-fund-source/1.", en: "The fund's source is not in the format sinv-fund-source/1." }] });
  });
});

describe("the pane's investment in the fund", () => {
  const bryggan = example("orebro-bryggan.json");
  const moved = shiftYears(example("orebro-skolfam.json"), 5, "Skolfam 2021");
  const entry = (file: typeof bryggan, status: FundStatus = "granted") => ({ input: { rules: file.rules, investment: file.investment, scenario: file.scenario, actuals: file.actuals }, status });

  test("added: a new register key, decided in its start year, and a workbook that recalculates to the engine's figures", () => {
    const next = withInvestment(orebroFund(), entry(moved));
    expect(next).toMatchObject({ id: "S7", added: true });
    expect(next.fund.items[6]).toMatchObject({ id: "S7", file: "Skolfam 2021", status: "granted", decisionYear: 2021 });
    const p = plan(next.fund);
    expect(mismatches(p, recalc(p))).toEqual([]);
  });

  test("updated: found by its name (any case), its application replaced, status and decision year kept", () => {
    const cheaper = { ...bryggan, investment: { ...bryggan.investment, name: ` ${bryggan.investment.name.toUpperCase()} ` } };
    const fund = orebroFund(["granted", "granted", "granted", "granted", "granted", "running"]);
    const next = withInvestment(fund, entry(cheaper, "applied"));
    expect(next).toMatchObject({ id: "S6", added: false });
    expect(next.fund.items).toHaveLength(6);
    expect(next.fund.items[5]).toMatchObject({ status: "running", decisionYear: 2017 });
  });

  test("a new fund: the investment granted, or only applied beside an allocation, each recalculating to the engine's figures", () => {
    const one = newFund({ name: "Fonden", year: 2021, maxNewPerYear: 3, entry: entry(moved) });
    expect(one).toMatchObject({ allocations: {}, items: [{ id: "S1", status: "granted" }] });
    const empty = newFund({ name: "Fonden", year: 2021, allocation: 20_000_000, maxNewPerYear: 3, entry: entry(moved, "applied") });
    expect(empty).toMatchObject({ name: "Fonden", allocations: { "2021": 20_000_000 }, maxNewPerYear: 3, items: [{ id: "S1", status: "applied" }] });
    for (const f of [one, empty]) {
      const p = plan(f);
      expect(mismatches(p, recalc(p))).toEqual([]);
    }
    expect(fundResults(portfolio(empty)).balanceEnd).toBe(20_000_000);
  });
});
