/**
 * An empty fund ("tom fond": only its allocation) through the Office.js gateway over
 * office-addin-mock (test/support/fakeExcel): its sheets, the register table with its one
 * blank row, the names and the chart are inserted beside the user's sheet, and the register
 * reads back as one blank row (the read-back's no investment); a failing chart leaves the
 * workbook as it was. (The fake has no named ranges to read: the whole read-back of an empty
 * fund is tested on the memory gateway, test/fund/fundEmptyRebuild.test.ts.)
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

const p = fundPortfolio({ name: "Fonden", allocations: { "2017": 20_000_000 }, maxNewPerYear: 3, items: [] }) as FundPortfolio;
if (isDomainError(p)) throw new Error("fund");
const plan: WorkbookPlan = buildFundWorkbook(p, { template: orebroTemplate(), lang: "sv", generatedOn: "2024-05-01" });

describe("an empty fund inserted through the Office gateway", () => {
  test("its sheets, table and names arrive beside the user's sheet; the register reads as one blank row", async () => {
    const excel = fakeExcel({ sheets: ["Blad1"] });
    const gateway = new OfficeGateway(excel.host);
    const report = await gateway.insertIntoCurrent(await writeXlsx(plan), plan);
    expect(report.sheets).toEqual(["Fondöversikt", "Fondregister", "Flöden per satsning", "Återföring per förvaltning", "Varningar", "Fondkälla"]);
    expect(report.tables).toEqual(["SINV_Fondregister"]);
    expect(excel.state.sheets.map((s) => s.name)[0]).toBe("Blad1");
    // The register as the read-back reads it (readFund.ts skips a row without an id): one blank row.
    const register = (await gateway.readTables(["SINV_Fondregister"])).SINV_Fondregister;
    expect(register?.rows).toHaveLength(1);
    expect(register?.rows[0]?.every((v) => v === null || v === "")).toBe(true);
  });

  test("a chart that cannot be added leaves the workbook as it was", async () => {
    const options: FakeExcelOptions = {};
    const excel = fakeExcel({ sheets: ["Blad1"] }, options);
    const gateway = new OfficeGateway(excel.host);
    (options as { failOn?: FakeExcelOptions["failOn"] }).failOn = "charts.add";
    await expect(gateway.insertIntoCurrent(await writeXlsx(plan), plan)).rejects.toBeDefined();
    expect(excel.state.sheets.map((s) => s.name)).toEqual(["Blad1"]);
    expect(excel.state.tables).toEqual([]);
    expect(excel.state.names).toEqual([]);
  });
});
