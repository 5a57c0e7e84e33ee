/**
 * After the pane adds an investment to a fund (withInvestment, the fund's sheets built
 * again) and the user then changes a status in the register, LibreOffice Calc recalculates
 * the written workbook to exactly what the pane shows: the engine's figures on the fund read
 * back from that workbook through the in-memory gateway — every year of the overview, both
 * names, and every formula cell. And the hidden source sheet is never printed.
 */
import type { FundPortfolio } from "../../src/engine";
import { fundPortfolio, fundResults, isDomainError } from "../../src/engine";
import { withInvestment } from "../../src/fund/readBack/fundEdits";
import { readFundWorkbook } from "../../src/fund/readBack/readFundWorkbook";
import { buildFundWorkbook } from "../../src/fund/workbook/buildFundWorkbook";
import { fundLayout } from "../../src/fund/workbook/fundLayout";
import { FUND_REGISTER, registerColumnIndex } from "../../src/fund/workbook/registerSpec";
import { MemoryGateway } from "../../src/preview/memoryGateway";
import { cellRef } from "../../src/sheetModel/a1";
import { writeXlsx } from "../../src/writer/xlsxWriter";
import type { Computed } from "../support/hyperformula";
import { mismatches } from "../support/hyperformula";
import { recalcWithLibreOffice } from "../support/libreoffice";
import { renderPdf } from "../support/renderPdf";
import { editPlan } from "../support/planEdits";
import { orebroTemplate } from "../support/scenarioFiles";
import { example, orebroFund } from "./fundSupport";

test("an investment added from the pane, then a status changed in the register: LibreOffice gives the pane's figures", async () => {
  const orebro = orebroFund();
  const bryggan = example("orebro-bryggan.json");
  const before = { ...orebro, items: orebro.items.slice(0, 5) };
  const added = withInvestment(before, { input: { rules: bryggan.rules, investment: bryggan.investment, scenario: bryggan.scenario, actuals: bryggan.actuals }, status: "granted" });
  expect(added).toMatchObject({ id: "S6", added: true });
  const p = fundPortfolio(added.fund) as FundPortfolio;
  if (isDomainError(p)) throw new Error("fund");
  const plan = editPlan(buildFundWorkbook(p, { template: orebroTemplate(), lang: "sv", generatedOn: "2024-05-01" }), [
    { table: FUND_REGISTER.name, row: 1, col: registerColumnIndex("status"), value: "ansökt" }
  ]);
  // What the pane shows: the engine on the fund read back from this workbook.
  const gateway = new MemoryGateway();
  await gateway.insertIntoCurrent(new Uint8Array(1), plan);
  const read = await readFundWorkbook(gateway);
  if (read.kind !== "fund") throw new Error(JSON.stringify(read));
  expect(read.fund.items.map((i) => i.status)).toEqual(["granted", "applied", "granted", "granted", "granted", "granted"]);
  const shown = fundPortfolio(read.fund) as FundPortfolio;
  const r = fundResults(shown);
  // What LibreOffice makes of the file.
  const values = await recalcWithLibreOffice(await writeXlsx(plan));
  const o = fundLayout(shown).overview;
  const at = (row: number, col: number): number => values.get(`Fondöversikt!${cellRef(row, col)}`) as number;
  const off: string[] = [];
  shown.years.forEach((y, k) => {
    for (const key of ["allocated", "disbursed", "repaid", "balance", "booked", "available", "starts"] as const) {
      const got = at(o.firstYearRow + k, o.col[key]);
      if (Math.abs(got - r.years[String(y)]![key]) > 0.005) off.push(`${y} ${key}: LibreOffice ${got}, pane ${r.years[String(y)]![key]}`);
    }
  });
  expect(off).toEqual([]);
  expect(at(o.figureRow.balanceEnd, 5)).toBeCloseTo(r.balanceEnd!, 2);
  expect(at(o.figureRow.minBalance, 5)).toBeCloseTo(r.minBalance!.balance, 2);
  // Every formula cell (off the register's edited row) is what the engine gives the read-back fund.
  const rebuilt = buildFundWorkbook(shown, { template: orebroTemplate(), lang: "sv", generatedOn: "2024-05-01" });
  const computed = new Map<string, Computed>([...values].map(([k, v]) => [k, v === undefined || v instanceof Date ? null : v] as const));
  expect(mismatches(rebuilt, computed)).toEqual([]);
}, 180_000);

test("the hidden source sheet is not printed: Örebro's fund prints its five sheets on 6 pages, no page shows the JSON", async () => {
  const p = fundPortfolio(orebroFund()) as FundPortfolio;
  if (isDomainError(p)) throw new Error("fund");
  const plan = buildFundWorkbook(p, { template: orebroTemplate(), lang: "sv", generatedOn: "2024-05-01" });
  expect(plan.sheets.filter((s) => s.hidden).map((s) => s.name)).toEqual(["Fondkälla"]);
  const pdf = await renderPdf(await writeXlsx(plan));
  try {
    expect(pdf.pages).toHaveLength(6);
    expect(pdf.pages.filter((text) => text.includes("sinv-fund-source") || text.includes("Fondens källa"))).toEqual([]);
  } finally {
    await pdf.dispose();
  }
}, 180_000);
