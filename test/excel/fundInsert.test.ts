/**
 * The Fonden view's write on the Office.js gateway over office-addin-mock (test/support/fakeExcel):
 * the fund workbook's plan — six sheets (one hidden), the register table, five names and
 * the balance chart — inserted into a workbook that has one already is all or nothing: a
 * refused insert, a failing name or chart, a failed sync before each batch leave the
 * workbook exactly as before; when it works,
 * everything arrives suffixed beside the first fund, which stays untouched.
 */
import { OfficeGateway } from "../../src/excel/officeGateway";
import type { FundPortfolio } from "../../src/engine";
import { fundPortfolio, isDomainError } from "../../src/engine";
import { buildFundWorkbook } from "../../src/fund/workbook/buildFundWorkbook";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import { writeXlsx } from "../../src/writer/xlsxWriter";
import type { FakeExcelOptions } from "../support/fakeExcel";
import { fakeExcel } from "../support/fakeExcel";
import { orebroTemplate } from "../support/scenarioFiles";
import { orebroFund } from "../fund/fundSupport";

const p = fundPortfolio(orebroFund()) as FundPortfolio;
if (isDomainError(p)) throw new Error("fund");
const plan: WorkbookPlan = buildFundWorkbook(p, { template: orebroTemplate(), lang: "sv", generatedOn: "2024-05-01" });

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A workbook with a sheet of the user's and the fund inserted once; the fault is armed after. */
async function withFund(fault: FakeExcelOptions = {}): Promise<{ excel: ReturnType<typeof fakeExcel>; gateway: OfficeGateway; bytes: Uint8Array; options: Mutable<FakeExcelOptions> }> {
  const options: Mutable<FakeExcelOptions> = {};
  const excel = fakeExcel({ sheets: ["Blad1"] }, options);
  const gateway = new OfficeGateway(excel.host);
  const bytes = await writeXlsx(plan);
  await gateway.insertIntoCurrent(bytes, plan);
  Object.assign(options, fault);
  return { excel, gateway, bytes, options };
}

const view = (excel: ReturnType<typeof fakeExcel>): unknown => ({
  sheets: excel.state.sheets.map((s) => [s.id, s.name, [...s.formulas.entries()]]),
  tables: excel.state.tables.map((t) => t.name),
  names: excel.state.names.map((n) => [n.name, n.formula]),
  charts: excel.state.charts.length
});

describe("inserting the fund's sheets again through the Office gateway", () => {
  test("works: the second fund arrives suffixed, the first untouched", async () => {
    const { excel, gateway, bytes } = await withFund();
    const first = view(excel);
    const report = await gateway.insertIntoCurrent(bytes, plan);
    expect(report.sheets).toEqual(["Fondöversikt (2)", "Fondregister (2)", "Flöden per satsning (2)", "Återföring per förvaltning (2)", "Varningar (2)", "Fondkälla (2)"]);
    expect(report.tables).toEqual(["SINV_Fondregister_2"]);
    expect(report.names).toEqual(["SINV_FundBalanceEnd_2", "SINV_FundMinBalance_2", "SINV_FundSource_2", "SINV_FundAllocations_2", "SINV_FundMaxNew_2"]);
    expect(excel.state.names.find((n) => n.name === "SINV_FundSource_2")?.formula).toBe("='Fondkälla (2)'!$A$4:$A$4");
    const firstSheets = (first as { sheets: unknown[] }).sheets;
    expect((view(excel) as { sheets: unknown[] }).sheets.slice(0, firstSheets.length)).toEqual(firstSheets);
  });

  test.each<[string, FakeExcelOptions]>([
    ["the insert refused", { failOn: "insert" }],
    ["a name that cannot be added", { failOn: "names.add" }],
    ["a chart that cannot be added", { failOn: "charts.add" }]
  ])("%s: the workbook exactly as before", async (_, options) => {
    const { excel, gateway, bytes } = await withFund(options);
    const before = view(excel);
    await expect(gateway.insertIntoCurrent(bytes, plan)).rejects.toMatchObject({ kind: "insertFailed" });
    expect(view(excel)).toEqual(before);
  });

  test("a failed sync before any batch, at each sync in turn: the workbook exactly as before", async () => {
    const clean = await withFund();
    const syncs0 = clean.excel.syncs;
    await clean.gateway.insertIntoCurrent(clean.bytes, plan);
    const syncs = clean.excel.syncs - syncs0;
    expect(syncs).toBeGreaterThan(2);
    for (let n = 1; n <= syncs; n++) {
      const { excel, gateway, bytes, options } = await withFund();
      const before = view(excel);
      options.failAtSync = excel.syncs + n;
      await expect(gateway.insertIntoCurrent(bytes, plan)).rejects.toBeDefined();
      expect({ n, state: view(excel) }).toEqual({ n, state: before });
    }
  });
});
