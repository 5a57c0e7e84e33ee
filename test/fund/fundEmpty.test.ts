/**
 * A fund with allocations and no investments yet ("tom fond"): the engine computes it, the
 * workbook is built with an empty register (one blank row), and HyperFormula recalculates
 * every formula cell to the engine's figures: no circular reference, no error value.
 */
import type { FundInput, FundPortfolio } from "../../src/engine";
import { fundPortfolio, fundResults, isDomainError } from "../../src/engine";
import { buildFundWorkbook } from "../../src/fund/workbook/buildFundWorkbook";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import { evaluatePlan, mismatches } from "../support/hyperformula";
import { orebroTemplate } from "../support/scenarioFiles";

const template = orebroTemplate();
const emptyFund: FundInput = { name: "Tom", allocations: { "2013": 65_000_000, "2016": 22_000_000 }, maxNewPerYear: 3, items: [] };
const portfolio = (input: FundInput): FundPortfolio => {
  const p = fundPortfolio(input);
  if (isDomainError(p)) throw new Error(p.en);
  return p;
};
const plan = (input: FundInput, lang: "sv" | "en" = "sv"): WorkbookPlan => buildFundWorkbook(portfolio(input), { template, lang });

describe("a fund with no investments", () => {
  test("the engine gives the allocations' balance year by year", () => {
    const r = fundResults(portfolio(emptyFund));
    expect(Object.keys(r.years)).toEqual(["2013", "2014", "2015", "2016"]);
    expect(r.years["2016"]).toMatchObject({ allocated: 22_000_000, disbursed: 0, repaid: 0, balance: 87_000_000, booked: 0, available: 87_000_000, starts: 0 });
    expect(r.balanceEnd).toBe(87_000_000);
    expect(r.minBalance).toEqual({ year: 2013, balance: 65_000_000 });
    expect(r.investments).toEqual([]);
  });

  test("without an allocation as well the fund has no years: the engine says so instead of computing nothing", () => {
    const none = fundPortfolio({ ...emptyFund, allocations: {} });
    expect(isDomainError(none) && none.key).toBe("fundWithoutYears");
    expect(isDomainError(none) && none.sv).toBe('Fonden "Tom" har varken en tilldelning eller en satsning, och därmed inga år att visa: ange en tilldelning.');
  });

  test.each(["sv", "en"] as const)("HyperFormula recalculates every formula cell to the engine's figures (%s)", (lang) => {
    const p = plan(emptyFund, lang);
    const computed = evaluatePlan(p, { smartRounding: false });
    expect(mismatches(p, computed).map((m) => `${m.cell} ${m.formula}: expected ${String(m.expected)}, got ${String(m.got)}`)).toEqual([]);
    // Every cell (a range name such as SINV_FundAllocations is no scalar to HyperFormula, for any fund).
    expect([...computed].filter(([k, v]) => k.includes("!") && typeof v === "string" && v.startsWith("#"))).toEqual([]);
    expect(computed.get("SINV_FundBalanceEnd")).toBe(87_000_000);
    expect(computed.get("SINV_FundMinBalance")).toBe(65_000_000);
  });

  test("the register is an Excel table with one blank row; the blocks have one blank row each", () => {
    const p = plan(emptyFund);
    const table = p.sheets[1]!.tables[0]!;
    expect(table.ref).toBe("A4");
    expect(table.rows).toEqual([table.columns.map(() => null)]);
    expect(p.sheets[1]!.cells.filter((c) => c.formula !== undefined)).toEqual([]);
    expect(p.sheets[2]!.cells.filter((c) => c.formula !== undefined).every((c) => /^SUM\([A-Z]+7:[A-Z]+7\)$|^SUM\([A-Z]+(\d+):[A-Z]+\1\)$/.test(c.formula!))).toBe(true);
  });
});
