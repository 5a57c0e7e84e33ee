/**
 * LibreOffice Calc (headless) recalculates the workbook `npm run fund` wrote to the figures
 * the same command prints with --json: the year table of the overview, the two names, and
 * every formula cell to the engine's figure.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
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
import { findSoffice, recalcWithLibreOffice } from "../support/libreoffice";
import { ROOT, orebroTemplate } from "../support/scenarioFiles";

const orebro = join(ROOT, "assets", "funds", "orebro-fond.json");

describe("LibreOffice recalculates the fund workbook to the CLI's figures", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "sinv-fund-lo-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("LibreOffice is installed (Debian: apt-get install libreoffice-calc)", () => {
    expect(findSoffice()).toBeDefined();
  });

  test("Örebro's fund: every year, both names and every formula cell", async () => {
    const out = join(dir, "fond.xlsx");
    const run = spawnSync(process.execPath, [join(ROOT, "scripts", "fund.mjs"), orebro, "--out", out, "--json"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    const results = (JSON.parse(run.stdout) as { results: FundResults }).results;
    const values = await recalcWithLibreOffice(new Uint8Array(readFileSync(out)));

    const loaded = loadFund(orebro, (p) => readFileSync(p));
    if (!loaded.ok) throw new Error(loaded.errors[0]!.en);
    const p = fundPortfolio(loaded.value.fund);
    if (isDomainError(p)) throw new Error(p.en);
    const layout = fundLayout(p);
    const o = layout.overview;
    const at = (row: number, col: number): unknown => values.get(`Fondöversikt!${cellRef(row, col)}`);
    p.years.forEach((y, k) => {
      const row = o.firstYearRow + k;
      const year = results.years[String(y)]!;
      expect(at(row, o.col.year)).toBe(y);
      for (const key of ["allocated", "disbursed", "repaid", "balance", "booked", "available", "starts"] as const) {
        const got = at(row, o.col[key]) as number;
        if (Math.abs(got - year[key]) > 0.005) throw new Error(`${y} ${key}: LibreOffice ${got}, CLI ${year[key]}`);
      }
    });
    expect(at(o.figureRow.balanceEnd, 5) as number).toBeCloseTo(results.balanceEnd!, 2);
    expect(at(o.figureRow.minBalance, 5) as number).toBeCloseTo(results.minBalance!.balance, 2);
    expect(at(o.figureRow.minBalanceYear, 5)).toBe(results.minBalance!.year);

    const plan = buildFundWorkbook(p, { template: orebroTemplate(), lang: "sv" });
    const computed = new Map<string, Computed>([...values].map(([k, v]) => [k, v === undefined || v instanceof Date ? null : v] as const));
    expect(mismatches(plan, computed)).toEqual([]);
  }, 180_000);
});
