/**
 * Formulas entered again after Office broke them or will not calculate them
 * (docs/office-behaviour.md §1–2): table references that Excel on the web turns into links
 * to another workbook on insert (office-js#5911), and `SINV.*` calls that Excel calculates
 * only once entered (Excel-Custom-Functions#108). Pure decisions first, then the Office
 * adapter on the fake Excel, with a failure at every sync.
 */
import { OfficeGateway } from "../../src/excel/officeGateway";
import { MemoryGateway } from "../../src/preview/memoryGateway";
import { formulaRepairs, linksOutside, sinvFormulaToEnter } from "../../src/sheetModel/formulaRepair";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import { isDomainError } from "../../src/engine";
import { buildWorkbook } from "../../src/workbook/buildWorkbook";
import { writeXlsx } from "../../src/writer/xlsxWriter";
import { EXISTING_WORKBOOK, INSERT_PLAN } from "../fixtures/insertPlan";
import { fakeExcel, type FakeExcelOptions } from "../support/fakeExcel";
import { linkOutside } from "../support/fakeExcelRanges";
import { orebroTemplate, workedExampleFile } from "../support/scenarioFiles";

const SINV_PLAN: WorkbookPlan = {
  ...INSERT_PLAN,
  formulas: "sinv",
  sheets: [
    ...INSERT_PLAN.sheets,
    {
      name: "Funktioner",
      cells: [
        { ref: "B2", formula: "SINV.EFFECT(10,0.5,1000)", expect: 5000 },
        { ref: "B3", formula: "ROUND(SINV.SAVINGS10Y(B2),0)+1", expect: 5001 },
        { ref: "B4", formula: '"SINV.EFFECT("&B2', expect: "SINV.EFFECT(5000" }
      ],
      tables: [],
      columnWidths: {}
    }
  ]
};

function formulasOf(excel: ReturnType<typeof fakeExcel>): Record<string, Record<string, string>> {
  return Object.fromEntries(excel.state.sheets.map((sheet) => [sheet.name, Object.fromEntries(sheet.formulas)]));
}

describe("what must be entered again (pure)", () => {
  it("recognises a link to another workbook in a formula, never inside a string", () => {
    expect(linksOutside("SUM(SINV_Effekter[Andel])")).toBe(false);
    expect(linksOutside("=SUM('https://x.sharepoint.com/[Bok.xlsx]Effekter'!SINV_Effekter[Andel])")).toBe(true);
    expect(linksOutside("[1]Effekter!B4*2")).toBe(true);
    expect(linksOutside("'C:\\Mappar\\[Bok.xlsx]Blad1'!A1")).toBe(true);
    expect(linksOutside('"[1]Effekter!B4"&A1')).toBe(false);
    expect(linksOutside("'Översikt'!C8*2")).toBe(false);
  });

  it("turns the saved form _xldudf_SINV_X( into SINV.X( and leaves other formulas and strings alone", () => {
    expect(sinvFormulaToEnter("=_xldudf_SINV_EFFECT(B4,C4,D4)*2")).toBe("=SINV.EFFECT(B4,C4,D4)*2");
    expect(sinvFormulaToEnter("=_xldudf_sinv_savings10y(A1:A3)")).toBe("=SINV.SAVINGS10Y(A1:A3)");
    expect(sinvFormulaToEnter("=SINV.SAVINGS10Y(A1:A3)")).toBe("=SINV.SAVINGS10Y(A1:A3)");
    expect(sinvFormulaToEnter("=SUM(A1:A3)")).toBeUndefined();
    expect(sinvFormulaToEnter('="SINV.EFFECT("&A1')).toBeUndefined();
    expect(sinvFormulaToEnter("SINV.EFFECT(1,2,3)")).toBeUndefined(); // a text, not a formula
    expect(sinvFormulaToEnter(42)).toBeUndefined();
  });

  it("asks for every broken link and, in a SINV plan, every SINV call; nothing for a healthy native insert", () => {
    const read = (plan: WorkbookPlan, broken: boolean): Record<string, string[][]> =>
      Object.fromEntries(
        plan.sheets.map((sheet) => {
          const cells = sheet.cells.filter((c) => c.formula !== undefined);
          return [sheet.name, cells.length === 0 ? [] : bigBlock(sheet.cells, (f) => (broken ? linkOutside(f, sheet.name) : f))];
        })
      );
    expect(formulaRepairs(INSERT_PLAN, read(INSERT_PLAN, false))).toEqual({ writes: [], broken: [] });
    const repairs = formulaRepairs(INSERT_PLAN, read(INSERT_PLAN, true));
    expect(repairs.broken.map((w) => `${w.sheet}!${w.ref}`)).toEqual(["Översikt!C8", "Effekter!B4", "Effekter!B5", "Effekter!B7"]);
    expect(repairs.broken[0]?.formula).toBe("=SUM(SINV_Enhetskostnader[Kostnad])");
    const sinv = formulaRepairs(SINV_PLAN, read(SINV_PLAN, false));
    expect(sinv.writes.map((w) => `${w.sheet}!${w.ref}`)).toEqual(["Funktioner!B2", "Funktioner!B3"]);
    expect(sinv.broken).toEqual([]);
  });
});

/** A sheet's formula block as `range.formulas` gives it, from the top-left formula cell. */
function bigBlock(cells: WorkbookPlan["sheets"][number]["cells"], map: (formula: string) => string): string[][] {
  const parse = (ref: string): [number, number] => [Number(ref.replace(/[A-Z]/g, "")), ref.charCodeAt(0) - 64];
  const formulas = cells.filter((c) => c.formula !== undefined).map((c) => ({ at: parse(c.ref), formula: `=${map(c.formula as string)}` }));
  const top = Math.min(...formulas.map((f) => f.at[0]));
  const left = Math.min(...formulas.map((f) => f.at[1]));
  const rows: string[][] = [];
  for (const f of formulas) {
    const row = (rows[f.at[0] - top] ??= []);
    row[f.at[1] - left] = f.formula;
  }
  return Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? ""));
}

describe("inserting into a workbook on Excel on the web, where table and sheet references become links (office-js#5911, #2809)", () => {
  it("enters the plan's formula again in every cell Excel linked, so every formula is the plan's (renamed) formula", async () => {
    const excel = fakeExcel(EXISTING_WORKBOOK, { linkOutside: "once" });
    const report = await new OfficeGateway(excel.host).insertIntoCurrent(await writeXlsx(INSERT_PLAN), INSERT_PLAN);
    expect(report).toMatchObject({ formulasEntered: 4, linksRepaired: 4 });
    const after = formulasOf(excel);
    expect(after["Översikt (2)"]).toEqual({ C8: "SUM(SINV_Enhetskostnader_2[Kostnad])", C9: "SINV_TotalCost_2*2" });
    expect(after["Effekter"]?.B7).toBe("INDEX(SINV_Enhetskostnader_2[Kostnad],2)");
    expect(Object.values(after).flatMap((cells) => Object.values(cells)).filter((f) => linksOutside(f))).toEqual([]);
    expect(excel.syncs).toBe(6); // read names; insert; names + read formulas; enter again; check; activate
  });

  it("repairs every reference between sheets of the generated worked example (the real plan, all its sheets)", async () => {
    const plan = buildWorkbook(workedExampleFile, { template: orebroTemplate(), lang: "sv", formulas: "native" });
    if (isDomainError(plan)) throw new Error(plan.en);
    const excel = fakeExcel({ sheets: ["Blad1"] }, { linkOutside: "once" });
    const report = await new OfficeGateway(excel.host).insertIntoCurrent(await writeXlsx(plan), plan);
    const planned = plan.sheets.flatMap((sheet) => sheet.cells.filter((c) => c.formula !== undefined).map((c) => [`${sheet.name}!${c.ref}`, c.formula]));
    const linked = planned.filter(([, formula]) => linkOutside(formula as string, "X") !== formula);
    expect(linked.length).toBeGreaterThan(100);
    expect(report.linksRepaired).toBe(linked.length);
    const now = formulasOf(excel);
    expect(planned.filter(([at, formula]) => { const [sheet, ref] = (at as string).split("!"); return now[sheet as string]?.[ref as string] !== formula; })).toEqual([]);
  });

  it("undoes the insert when Excel links the references again on every write, and says which cells", async () => {
    const excel = fakeExcel(EXISTING_WORKBOOK, { linkOutside: "always" });
    const failure = new OfficeGateway(excel.host).insertIntoCurrent(await writeXlsx(INSERT_PLAN), INSERT_PLAN);
    await expect(failure).rejects.toMatchObject({ kind: "insertFailed" });
    await expect(failure).rejects.toThrow(/Översikt \(2\)!C8, Effekter!B4, Effekter!B5, Effekter!B7/);
    expect(excel.state.sheets.map((s) => s.name)).toEqual(["Översikt", "Data"]);
    expect(excel.state.names).toEqual(EXISTING_WORKBOOK.names);
  });

  it("leaves the workbook as it was when any sync of the insert with repairs fails, before or after its batch", async () => {
    const runs = 6;
    for (let n = 2; n <= runs; n += 1) {
      for (const kind of ["failAtSync", "failAfterSync"] as const) {
        const options: FakeExcelOptions = { linkOutside: "once", [kind]: n };
        const excel = fakeExcel(EXISTING_WORKBOOK, options);
        const failure = new OfficeGateway(excel.host).insertIntoCurrent(await writeXlsx(INSERT_PLAN), INSERT_PLAN);
        const lostInsertAnswer = n === 2 && kind === "failAfterSync";
        await expect(failure).rejects.toMatchObject({ kind: lostInsertAnswer ? "insertUncertain" : "insertFailed" });
        if (!lostInsertAnswer) {
          expect([n, kind, excel.state.sheets.map((s) => s.name)]).toEqual([n, kind, ["Översikt", "Data"]]);
          expect(excel.state.names).toEqual(EXISTING_WORKBOOK.names);
        }
      }
    }
  });
});

describe("SINV formulas entered again so that Excel calculates them (Excel-Custom-Functions#108)", () => {
  it("an inserted SINV plan has each SINV call entered once more, and nothing else", async () => {
    const excel = fakeExcel({ sheets: ["Blad1"] });
    const report = await new OfficeGateway(excel.host).insertIntoCurrent(await writeXlsx(SINV_PLAN), SINV_PLAN);
    expect(report).toMatchObject({ formulasEntered: 2, linksRepaired: 0 });
    expect(formulasOf(excel).Funktioner).toEqual({ B2: "SINV.EFFECT(10,0.5,1000)", B3: "ROUND(SINV.SAVINGS10Y(B2),0)+1", B4: '"SINV.EFFECT("&B2' });
  });

  function savedWorkbook(options: FakeExcelOptions = {}): ReturnType<typeof fakeExcel> {
    const excel = fakeExcel({ sheets: ["Översikt", "Blad2"] }, options);
    const [overview, other] = excel.state.sheets;
    overview?.formulas.set("C4", "_xldudf_SINV_SAVINGS10Y(B1:B3)");
    overview?.formulas.set("C5", "SINV.EFFECT(1,2,3)+1");
    overview?.formulas.set("C6", "SUM(C4:C5)");
    other?.formulas.set("D9", '"_xldudf_SINV_X("&A1');
    return excel;
  }

  it("reenterSinvFormulas enters every SINV call of the workbook, the saved _xldudf_ form as SINV.X(", async () => {
    const excel = savedWorkbook();
    const report = await new OfficeGateway(excel.host).reenterSinvFormulas();
    expect(report).toEqual({ entered: 2, sheets: ["Översikt"] });
    expect(formulasOf(excel)).toEqual({
      Översikt: { C4: "SINV.SAVINGS10Y(B1:B3)", C5: "SINV.EFFECT(1,2,3)+1", C6: "SUM(C4:C5)" },
      Blad2: { D9: '"_xldudf_SINV_X("&A1' }
    });
    expect(excel.syncs).toBe(3);
  });

  it("puts every formula back when the write fails, before or after it ran", async () => {
    for (const kind of ["failAtSync", "failAfterSync"] as const) {
      const excel = savedWorkbook({ [kind]: 3 });
      const before = formulasOf(excel);
      const gateway = new OfficeGateway(excel.host);
      await expect(gateway.reenterSinvFormulas()).rejects.toMatchObject({ kind: "writeFailed" });
      expect(formulasOf(excel)).toEqual(before);
    }
  });

  it("the memory gateway does the same: the saved form becomes SINV.X(, counted", async () => {
    const gateway = new MemoryGateway({ initial: { sheets: ["Översikt"] } });
    gateway.setCell("Översikt", "C4", { formula: "_xldudf_SINV_EFFECT(1,2,3)" });
    gateway.setCell("Översikt", "C5", { formula: "SUM(C4)" });
    expect(await gateway.reenterSinvFormulas()).toEqual({ entered: 1, sheets: ["Översikt"] });
    expect(gateway.cell("Översikt", "C4")?.formula).toBe("SINV.EFFECT(1,2,3)");
    expect(gateway.cell("Översikt", "C5")?.formula).toBe("SUM(C4)");
  });
});
