import { OfficeGateway } from "../../src/excel/officeGateway";
import type { MemoryWorkbookInit } from "../../src/preview/memoryGateway";
import { writeXlsx } from "../../src/writer/xlsxWriter";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import { EXISTING_WORKBOOK, INSERT_PLAN, manyPlan } from "../fixtures/insertPlan";
import { fakeExcel, type FakeExcel, type FakeExcelOptions } from "../support/fakeExcel";
import { describeGatewayContract, type GatewayUnderTest } from "../support/gatewayContract";

function officeUnderTest(initial: MemoryWorkbookInit, options: { failAfterSheetsInserted?: boolean } = {}): GatewayUnderTest {
  const fakeOptions: FakeExcelOptions = options.failAfterSheetsInserted ? { failOn: "names.add" } : {};
  const excel = fakeExcel(initial, fakeOptions);
  let base = 0;
  return {
    arm: (fault) => {
      base = excel.syncs;
      const [kind, n] = (fault ?? "").split("#");
      if (kind === "sync-before") fakeOptions.failAtSync = base + Number(n);
      if (kind === "sync-after") fakeOptions.failAfterSync = base + Number(n);
    },
    faults: () => Array.from({ length: excel.syncs - base }, (_, i) => [`sync-before#${i + 1}`, `sync-after#${i + 1}`]).flat(),
    gateway: new OfficeGateway(excel.host),
    observe: () => ({
      sheets: excel.state.sheets.map((s) => s.name),
      tables: excel.state.tables.map(({ name, sheet, range }) => ({ name, sheet, range })),
      names: excel.state.names.map((n) => ({ ...n }))
    }),
    formula: (sheet, ref) => excel.state.sheets.find((s) => s.name === sheet)?.formulas.get(ref),
    opened: () => excel.state.created.length
  };
}

describeGatewayContract("OfficeGateway", officeUnderTest);

function tablesWorkbook(count: number): MemoryWorkbookInit {
  return {
    sheets: ["Indata"],
    tables: Array.from({ length: count }, (_, i) => ({ name: `T${i + 1}`, sheet: "Indata", ref: `A${i * 4 + 1}`, columns: ["Kod", "Värde"], rows: [[`K${i}`, i]] }))
  };
}

function gatewayOn(initial: MemoryWorkbookInit, options: FakeExcelOptions = {}, write?: (plan: WorkbookPlan) => Promise<Uint8Array>): { excel: FakeExcel; gateway: OfficeGateway } {
  const excel = fakeExcel(initial, options);
  return { excel, gateway: new OfficeGateway(excel.host, write) };
}

describe("OfficeGateway.readTables", () => {
  it("reads three tables with exactly one context.sync", async () => {
    const { excel, gateway } = gatewayOn(tablesWorkbook(3));
    const tables = await gateway.readTables(["T1", "T2", "T3"]);
    expect(excel.syncs).toBe(1);
    expect(tables.T2).toEqual({ headers: ["Kod", "Värde"], rows: [["K1", 1]], address: "Indata!A5:B6" });
  });

  it("uses the same number of syncs for 1, 3 and 30 tables, present or missing", async () => {
    const counts: number[] = [];
    for (const n of [1, 3, 30]) {
      const { excel, gateway } = gatewayOn(tablesWorkbook(n));
      const names = Array.from({ length: n }, (_, i) => `T${i + 1}`);
      const tables = await gateway.readTables([...names, "Saknas"]);
      expect(Object.keys(tables)).toHaveLength(n + 1);
      expect(tables.Saknas).toBeUndefined();
      counts.push(excel.syncs);
    }
    expect(counts).toEqual([1, 1, 1]);
  });

  it("falls back to listing the tables first (3 syncs in all) where loads on a missing table fail", async () => {
    const { excel, gateway } = gatewayOn(tablesWorkbook(3), { nullObjectChainThrows: true });
    const tables = await gateway.readTables(["T1", "Saknas", "T3"]);
    expect(tables).toEqual({
      T1: { headers: ["Kod", "Värde"], rows: [["K0", 0]], address: "Indata!A1:B2" },
      Saknas: undefined,
      T3: { headers: ["Kod", "Värde"], rows: [["K2", 2]], address: "Indata!A9:B10" }
    });
    expect(excel.syncs).toBe(3);
  });
});

describe("OfficeGateway.insertIntoCurrent", () => {
  it("needs ExcelApi 1.13 and says so in both languages, before any call to Excel", async () => {
    const { excel, gateway } = gatewayOn(EXISTING_WORKBOOK, { apiVersion: "1.12" });
    const failure = gateway.insertIntoCurrent(await writeXlsx(INSERT_PLAN), INSERT_PLAN);
    await expect(failure).rejects.toMatchObject({ kind: "apiMissing" });
    await expect(failure).rejects.toThrow(/saknar insertWorksheetsFromBase64 \(kräver ExcelApi 1\.13\).*lacks insertWorksheetsFromBase64 \(requires ExcelApi 1\.13\)/);
    expect(excel.syncs).toBe(0);
  });

  it("uses four syncs whether the plan has 1 or 12 sheets, tables and names", async () => {
    const counts: number[] = [];
    for (const plan of [manyPlan(1), manyPlan(12)]) {
      const { excel, gateway } = gatewayOn(EXISTING_WORKBOOK);
      const report = await gateway.insertIntoCurrent(await writeXlsx(plan), plan);
      expect(report.sheets).toHaveLength(plan.sheets.length);
      expect(excel.state.names.filter((n) => n.name.startsWith("SINV_N"))).toHaveLength(plan.names.length);
      counts.push(excel.syncs);
    }
    expect(counts).toEqual([4, 4]);
  });

  it("re-creates the names the insert broke (#REF!) and activates the first inserted sheet", async () => {
    const { excel, gateway } = gatewayOn({ sheets: ["Blad1"] });
    await gateway.insertIntoCurrent(await writeXlsx(INSERT_PLAN), INSERT_PLAN);
    expect(excel.state.names).toEqual([
      { name: "SINV_TotalCost", formula: "='Översikt'!$C$8" },
      { name: "SINV_Effect", formula: "=Effekter!$B$4" }
    ]);
    expect(excel.state.active).toBe(excel.state.sheets.find((s) => s.name === "Översikt")?.id);
  });

  it("sends the given bytes unchanged when nothing clashes and writes the renamed plan when something does", async () => {
    const bytes = await writeXlsx(INSERT_PLAN);
    const written: WorkbookPlan[] = [];
    const write = async (plan: WorkbookPlan): Promise<Uint8Array> => {
      written.push(plan);
      return writeXlsx(plan);
    };
    const clean = gatewayOn({ sheets: ["Blad1"] }, {}, write);
    await clean.gateway.insertIntoCurrent(bytes, INSERT_PLAN);
    expect(written).toHaveLength(0);
    expect(clean.excel.state.inserted).toEqual([Buffer.from(bytes).toString("base64")]);

    const clashing = gatewayOn(EXISTING_WORKBOOK, {}, write);
    await clashing.gateway.insertIntoCurrent(bytes, INSERT_PLAN);
    expect(written.map((plan) => plan.sheets[0].name)).toEqual(["Översikt (2)"]);
  });

  it("never deletes a sheet by name: when the insert itself stops halfway (no ids from Excel), it names the new sheets for the user to check", async () => {
    const { excel, gateway } = gatewayOn(EXISTING_WORKBOOK, { failOn: "insertPartly" });
    const failure = gateway.insertIntoCurrent(await writeXlsx(INSERT_PLAN), INSERT_PLAN);
    await expect(failure).rejects.toMatchObject({ kind: "insertUncertain" });
    await expect(failure).rejects.toThrow(/The insert stopped halfway\..*kan ha lagt till bladen Översikt \(2\).*may have added the sheets Översikt \(2\)/);
    expect(excel.state.sheets.map((s) => s.name)).toEqual(["Översikt", "Data", "Översikt (2)"]);
  });

  it("never deletes a user's name of the same name made meanwhile: the insert fails and is undone, the user's name stays", async () => {
    const userName = { name: "SINV_TotalCost", formula: "=Blad1!$A$1" };
    const { excel, gateway } = gatewayOn({ sheets: ["Blad1"] }, { afterSync: (n, state) => void (n === 1 && state.names.push(userName)) });
    await expect(gateway.insertIntoCurrent(await writeXlsx(INSERT_PLAN), INSERT_PLAN)).rejects.toMatchObject({ kind: "insertFailed" });
    expect(excel.state.sheets.map((s) => s.name)).toEqual(["Blad1"]);
    expect(excel.state.names).toEqual([userName]);
  });

  it("leaves the workbook as it was when the insert is refused outright", async () => {
    const { excel, gateway } = gatewayOn(EXISTING_WORKBOOK, { failOn: "insert" });
    await expect(gateway.insertIntoCurrent(await writeXlsx(INSERT_PLAN), INSERT_PLAN)).rejects.toMatchObject({ kind: "insertFailed" });
    expect(excel.state.sheets.map((s) => s.name)).toEqual(["Översikt", "Data"]);
    expect(excel.state.names).toEqual([{ name: "SINV_TotalCost", formula: "=Data!$B$2" }]);
  });

  it("checks the request limit before calling Excel", async () => {
    const { excel, gateway } = gatewayOn(EXISTING_WORKBOOK);
    await expect(gateway.insertIntoCurrent(new Uint8Array(3_800_000), INSERT_PLAN)).rejects.toMatchObject({ kind: "tooLarge" });
    expect(excel.syncs).toBe(0);
    expect(excel.state.inserted).toEqual([]);
  });
});

describe("OfficeGateway.openAsNewWorkbook and listSheetsTablesNames", () => {
  it("passes the file to Excel.createWorkbook as base64", async () => {
    const { excel, gateway } = gatewayOn(EXISTING_WORKBOOK);
    const bytes = await writeXlsx(INSERT_PLAN);
    await gateway.openAsNewWorkbook(bytes);
    expect(excel.state.created).toEqual([Buffer.from(bytes).toString("base64")]);
  });

  it("needs ExcelApi 1.8 to open a workbook", async () => {
    const { gateway } = gatewayOn(EXISTING_WORKBOOK, { apiVersion: "1.7" });
    await expect(gateway.openAsNewWorkbook(new Uint8Array(10))).rejects.toMatchObject({ kind: "apiMissing" });
  });

  it("lists with one sync", async () => {
    const { excel, gateway } = gatewayOn(EXISTING_WORKBOOK);
    await gateway.listSheetsTablesNames();
    expect(excel.syncs).toBe(1);
  });
});

describe("the fake Excel (office-addin-mock underneath)", () => {
  it("gives values only after load and context.sync, like Office.js", async () => {
    const excel = fakeExcel(tablesWorkbook(1));
    const workbook = excel.context.workbook;
    expect(workbook.worksheets.items).toBe("Error, property was not loaded");
    workbook.worksheets.load("items/name");
    const range = workbook.tables.getItemOrNullObject("T1").getDataBodyRange().load("values");
    expect(range.values).toBe("Error, context.sync() was not called");
    await excel.context.sync();
    expect(workbook.worksheets.items.map((s: { name: string }) => s.name)).toEqual(["Indata"]);
    expect(range.values).toEqual([["K0", 0]]);
    expect(excel.syncs).toBe(1);
  });

  it("runs queued changes at sync, and a failing change rejects that sync", async () => {
    const excel = fakeExcel({ sheets: ["A"] }, { failOn: "names.add" });
    excel.context.workbook.names.add("X", "=A!$A$1");
    expect(excel.state.names).toEqual([]);
    await expect(excel.context.sync()).rejects.toThrow("The name could not be added.");
  });
});
