/**
 * LibreOffice Calc (headless) recalculates the workbook `npm run fund` writes for a fund
 * with allocations and no investments ("tom fond") to the figures the same command prints
 * with --json: every year of the overview, both names and every formula cell — no circular
 * reference, no error value.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FundResults } from "../../src/engine";
import { fundPortfolio, isDomainError } from "../../src/engine";
import { loadFund } from "../../src/fund/file/loadFund";
import { buildFundWorkbook } from "../../src/fund/workbook/buildFundWorkbook";
import { fundLayout } from "../../src/fund/workbook/fundLayout";
import { cellRef } from "../../src/sheetModel/a1";
import type { Computed } from "../support/hyperformula";
import { mismatches } from "../support/hyperformula";
import { recalcWithLibreOffice } from "../support/libreoffice";
import { ROOT, orebroTemplate } from "../support/scenarioFiles";

const EMPTY = { format: "sinv-fund/1", name: "Tom fond", allocations: { "2013": 65000000, "2016": 22000000 }, maxNewPerYear: 3, investments: [] };

describe("LibreOffice recalculates an empty fund's workbook to the CLI's figures", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "sinv-fund-empty-lo-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("every year, both names and every formula cell; no error value anywhere", async () => {
    const file = join(dir, "tom-fond.json");
    writeFileSync(file, JSON.stringify(EMPTY));
    const out = join(dir, "tom-fond.xlsx");
    const run = spawnSync(process.execPath, [join(ROOT, "scripts", "fund.mjs"), file, "--out", out, "--json"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const results = (JSON.parse(run.stdout) as { results: FundResults }).results;
    expect(results.investments).toEqual([]);
    expect(results.balanceEnd).toBe(87_000_000);
    const values = await recalcWithLibreOffice(new Uint8Array(readFileSync(out)));
    const errors = [...values].filter(([, v]) => typeof v === "string" && /^(#|Err:)/.test(v));
    expect(errors).toEqual([]);

    const loaded = loadFund(file, (p) => readFileSync(p));
    if (!loaded.ok) throw new Error(loaded.errors[0]!.en);
    const p = fundPortfolio(loaded.value.fund);
    if (isDomainError(p)) throw new Error(p.en);
    const o = fundLayout(p).overview;
    const at = (row: number, col: number): unknown => values.get(`Fondöversikt!${cellRef(row, col)}`);
    expect(p.years).toEqual([2013, 2014, 2015, 2016]);
    p.years.forEach((y, k) => {
      const row = o.firstYearRow + k;
      const year = results.years[String(y)]!;
      expect(at(row, o.col.year)).toBe(y);
      for (const key of ["allocated", "disbursed", "repaid", "balance", "booked", "available", "starts"] as const) {
        const got = (at(row, o.col[key]) as number | null) ?? 0;
        if (Math.abs(got - year[key]) > 0.005) throw new Error(`${y} ${key}: LibreOffice ${got}, CLI ${year[key]}`);
      }
    });
    expect(at(o.figureRow.balanceEnd, 5)).toBe(87_000_000);
    expect(at(o.figureRow.minBalance, 5)).toBe(65_000_000);
    expect(at(o.figureRow.minBalanceYear, 5)).toBe(2013);
    expect(at(o.figureRow.investmentsTotal, 5)).toBe(0);

    const plan = buildFundWorkbook(p, { template: orebroTemplate(), lang: "sv" });
    const computed = new Map<string, Computed>([...values].map(([k, v]) => [k, v === undefined || v instanceof Date ? null : v] as const));
    expect(mismatches(plan, computed)).toEqual([]);
  }, 180_000);
});
