/**
 * After the pane adds an investment to a fund (withInvestment, the fund's sheets built
 * again) and the user then changes a status in the register, LibreOffice Calc recalculates
 * the written workbook to exactly what the pane shows: the engine's figures on the fund read
 * back from that workbook through the in-memory gateway — every year of the overview, both
 * names, and every formula cell. The same after the pane updates the fund's sheets IN PLACE
 * (rebuildFund on the memory gateway) over a status the user changed. And the hidden source
 * sheet is never printed.
 */
import type { FundPortfolio } from "../../src/engine";
import { fundPortfolio, fundResults, isDomainError } from "../../src/engine";
import { withInvestment } from "../../src/fund/readBack/fundEdits";
import { readFundWorkbook } from "../../src/fund/readBack/readFundWorkbook";
import { rebuildFund } from "../../src/fund/readBack/rebuildFund";
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

test("the fund's sheets updated in place over a status the user changed: LibreOffice recalculates the written sheets to the pane's figures", async () => {
  const orebro = orebroFund();
  const bryggan = example("orebro-bryggan.json");
  const p0 = fundPortfolio({ ...orebro, items: orebro.items.slice(0, 5) }) as FundPortfolio;
  const gateway = new MemoryGateway();
  await gateway.insertIntoCurrent(new Uint8Array(1), buildFundWorkbook(p0, { template: orebroTemplate(), lang: "sv", generatedOn: "2024-05-01" }));
  const table = (await gateway.readTables([FUND_REGISTER.name]))[FUND_REGISTER.name]!;
  // The user changes S2's status in the register to "ansökt" (the table starts at A4: row 6, the status column).
  expect(table.address).toMatch(/!\$?A\$?4:/);
  gateway.setCell("Fondregister", cellRef(6, registerColumnIndex("status") + 1), "ansökt");
  const first = await readFundWorkbook(gateway);
  if (first.kind !== "fund") throw new Error(JSON.stringify(first));
  const next = withInvestment(first.fund, { input: { rules: bryggan.rules, investment: bryggan.investment, scenario: bryggan.scenario, actuals: bryggan.actuals }, status: "granted" }).fund;
  let written: Uint8Array | undefined;
  const rebuild = gateway.rebuildInPlace.bind(gateway);
  gateway.rebuildInPlace = async (bytes, plan, swap) => {
    written = bytes;
    return rebuild(bytes, plan, swap);
  };
  await rebuildFund(gateway, next, orebroTemplate(), "2024-05-01");
  // What the pane shows now: the engine on the fund read back after the update.
  const read = await readFundWorkbook(gateway);
  if (read.kind !== "fund") throw new Error(JSON.stringify(read));
  expect(read.fund.items.map((i) => i.status)).toEqual(["granted", "applied", "granted", "granted", "granted", "granted"]);
  const shown = fundPortfolio(read.fund) as FundPortfolio;
  const r = fundResults(shown);
  const values = await recalcWithLibreOffice(written!);
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
  const computed = new Map<string, Computed>([...values].map(([k, v]) => [k, v === undefined || v instanceof Date ? null : v] as const));
  expect(mismatches(buildFundWorkbook(shown, { template: orebroTemplate(), lang: "sv", generatedOn: "2024-05-01" }), computed)).toEqual([]);
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
