/**
 * The fund workbook as a plan: its sheets, table and names, every formula recalculated by
 * HyperFormula to the engine's figure, and edits in the register (status, decision year, a
 * sorted register) and the allocations giving the engine's figures for the edited fund.
 */
import type { FundInput, FundPortfolio, FundStatus } from "../../src/engine";
import { fundPortfolio, fundResults, isDomainError } from "../../src/engine";
import { buildFundWorkbook } from "../../src/fund/workbook/buildFundWorkbook";
import { REGISTER_COLUMNS } from "../../src/fund/workbook/fundLayout";
import { FUND_REGISTER_TABLE } from "../../src/fund/workbook/sheets/registerSheet";
import { registerRow } from "../../src/fund/workbook/registerRow";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import type { Computed } from "../support/hyperformula";
import { evaluatePlan, mismatches } from "../support/hyperformula";
import type { PlanEdit } from "../support/planEdits";
import { editPlan } from "../support/planEdits";
import { orebroTemplate } from "../support/scenarioFiles";
import { orebroFund } from "./fundSupport";

const template = orebroTemplate();
const portfolio = (input: FundInput): FundPortfolio => {
  const p = fundPortfolio(input);
  if (isDomainError(p)) throw new Error(p.en);
  return p;
};
const plan = (input: FundInput, lang: "sv" | "en" = "sv"): WorkbookPlan => buildFundWorkbook(portfolio(input), { template, lang });
const recalc = (p: WorkbookPlan): Map<string, Computed> => evaluatePlan(p, { smartRounding: false });
const column = (key: (typeof REGISTER_COLUMNS)[number]): number => REGISTER_COLUMNS.indexOf(key);

/** The cells of `expected`'s formulas whose value in `computed` differs from its expect. */
function against(expected: WorkbookPlan, computed: ReadonlyMap<string, Computed>): string[] {
  return mismatches(expected, computed).map((m) => `${m.cell}: expected ${String(m.expected)}, got ${String(m.got)}`);
}

describe("the fund workbook", () => {
  const statuses: FundStatus[] = ["evaluated", "granted", "applied", "running", "ended", "granted"];
  const sv = plan(orebroFund(statuses));

  test("five sheets in Swedish or English and the hidden source, the register as an Excel table, the names", () => {
    expect(sv.sheets.map((s) => s.name)).toEqual(["Fondöversikt", "Fondregister", "Flöden per satsning", "Återföring per förvaltning", "Varningar", "Fondkälla"]);
    expect(plan(orebroFund(), "en").sheets.map((s) => s.name)).toEqual(["Fund overview", "Fund register", "Flows per investment", "Repayment by department", "Warnings", "Fund source"]);
    expect(sv.sheets.map((s) => s.hidden === true)).toEqual([false, false, false, false, false, true]);
    const table = sv.sheets[1]!.tables[0]!;
    expect(table.name).toBe(FUND_REGISTER_TABLE);
    expect(table.columns.slice(0, 5)).toEqual(["Id", "Satsning", "Scenariofil", "Status", "Beslutsår"]);
    expect(table.rows.map((r) => r[3])).toEqual(["utvärderad", "beviljad", "ansökt", "pågående", "avslutad", "beviljad"]);
    expect(sv.names.map((n) => [n.name, n.sheet])).toEqual([
      ["SINV_FundBalanceEnd", "Fondöversikt"],
      ["SINV_FundMinBalance", "Fondöversikt"],
      ["SINV_FundSource", "Fondkälla"],
      ["SINV_FundAllocations", "Fondöversikt"],
      ["SINV_FundMaxNew", "Fondöversikt"]
    ]);
  });

  test("HyperFormula recalculates every formula cell and both names to the engine's figures", () => {
    const computed = recalc(sv);
    expect(against(sv, computed)).toEqual([]);
    const r = fundResults(portfolio(orebroFund(statuses)));
    expect(computed.get("SINV_FundBalanceEnd")).toBeCloseTo(r.balanceEnd!, 2);
    expect(computed.get("SINV_FundMinBalance")).toBeCloseTo(r.minBalance!.balance, 2);
    const formulas = sv.sheets.flatMap((s) => s.cells.filter((c) => c.formula !== undefined));
    expect(formulas.every((c) => c.expect !== undefined)).toBe(true);
  });

  test("editing the register's status and decision year, and an allocation, gives the engine's figures for the edited fund", () => {
    const before = plan(orebroFund());
    const table = FUND_REGISTER_TABLE;
    const edits: PlanEdit[] = [
      { table, row: 0, col: column("status"), value: "utvärderad" },
      { table, row: 2, col: column("status"), value: "applied" }, // English words are read too
      { table, row: 5, col: column("status"), value: " Ansökt " }, // as the key rule: spaces and case do not count
      { table, row: 1, col: column("decisionYear"), value: 2014 },
      { sheet: "Fondöversikt", ref: "B28", value: 10_000_000 } // 2016's allocation: 22 → 10 MSEK
    ];
    expect(before.sheets[0]!.cells.find((c) => c.ref === "B28")?.value).toBe(22_000_000);
    const edited = orebroFund(["evaluated", "granted", "applied", "granted", "granted", "applied"]);
    const after = plan({
      ...edited,
      allocations: { ...edited.allocations, "2016": 10_000_000 },
      items: edited.items.map((it, i) => (i === 1 ? { ...it, decisionYear: 2014 } : it))
    });
    expect(against(after, recalc(editPlan(before, edits)))).toEqual([]);
  });

  test("a sorted register still reads right: each investment finds its row by id", () => {
    const before = plan(orebroFund(statuses));
    const table = before.sheets[1]!.tables[0]!;
    const reversed = [...table.rows].reverse();
    const edits: PlanEdit[] = reversed.flatMap((row, i) => row.map((value, col) => ({ table: FUND_REGISTER_TABLE, row: i, col, value })));
    const computed = recalc(editPlan(before, edits));
    // Every figure off the register sheet is unchanged (but where each investment's row now is); the register's own formulas follow its rows.
    const off = mismatches(before, computed).filter((m) => !m.cell.startsWith("Fondregister!"));
    expect(off.map((m) => [m.cell, m.got])).toEqual([6, 5, 4, 3, 2, 1].map((row, i) => [`Flöden per satsning!C${7 + i}`, row]));
    expect(computed.get("Fondregister!T5")).toBeCloseTo(fundResults(portfolio(orebroFund(statuses))).investments[5]!.shortfall, 2);
  });

  test("a status that is no status gives #N/A, never a silent 0", () => {
    const computed = recalc(editPlan(sv, [{ table: FUND_REGISTER_TABLE, row: 0, col: column("status"), value: "klar" }]));
    expect(String(computed.get("Fondregister!P5"))).toContain("NA");
  });
});

describe("the register row", () => {
  test("one owner: the table's rows are registerRow of each investment, SöT's as worked by hand", () => {
    const p = portfolio(orebroFund());
    const table = plan(orebroFund()).sheets[1]!.tables[0]!;
    expect(table.rows).toEqual(p.investments.map((inv) => registerRow(inv, "sv")));
    expect(registerRow(p.investments[0]!, "en")).toEqual([
      "S1", "Samverkan för teckenspråkiga (SöT)", "orebro-samverkan-for-teckensprakiga.json", "granted", 2014, 2014, 2017, "orebro-2013-2019", 4_100_000, 5_403_240, 4_305_000, 4_305_000
    ]);
  });
});
