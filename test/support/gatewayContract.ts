/**
 * The behaviour every {@link WorkbookGateway} must show, run against the Office.js
 * gateway (on the fake Excel) and the memory gateway alike.
 */
import type { WorkbookGateway } from "../../src/sheetModel/gateway";
import type { MemoryName, MemoryWorkbookInit } from "../../src/preview/memoryGateway";
import { WorkbookError } from "../../src/sheetModel/workbookError";
import { writeXlsx } from "../../src/writer/xlsxWriter";
import { EXISTING_WORKBOOK, INSERT_PLAN } from "../fixtures/insertPlan";

/** The current workbook as a test sees it. */
export interface ObservedWorkbook {
  readonly sheets: string[];
  readonly tables: { name: string; sheet: string; range: string }[];
  readonly names: MemoryName[];
}

/** A gateway with its workbook, ready to test. */
export interface GatewayUnderTest {
  readonly gateway: WorkbookGateway;
  observe(): ObservedWorkbook;
  /** The formula of an inserted cell, without "=". */
  formula(sheet: string, ref: string): string | undefined;
  /** How many workbooks were opened as new. */
  opened(): number;
  /** From now on, fail at `fault` (a name from {@link faults}); start counting failure points. */
  arm(fault?: string): void;
  /** The failure points passed since {@link arm}. */
  faults(): string[];
}

/** Makes a gateway over a workbook; `failAfterSheetsInserted` makes an insert fail once its sheets are in. */
export type MakeGateway = (initial: MemoryWorkbookInit, options?: { readonly failAfterSheetsInserted?: boolean }) => GatewayUnderTest;

/**
 * Declares the shared behavioural tests.
 *
 * @example
 * describeGatewayContract("memory gateway", (initial) => memoryUnderTest(initial));
 */
export function describeGatewayContract(label: string, make: MakeGateway): void {
  describe(`${label}: the WorkbookGateway contract`, () => {
    let bytes: Uint8Array;
    beforeAll(async () => {
      bytes = await writeXlsx(INSERT_PLAN);
    });

    it("inserts next to existing sheets, tables and names, renaming the new ones and the references to them", async () => {
      const under = make(EXISTING_WORKBOOK);
      const before = under.observe();
      const report = await under.gateway.insertIntoCurrent(bytes, INSERT_PLAN);

      expect(report).toEqual({
        sheets: ["Översikt (2)", "Indata", "Effekter"],
        tables: ["SINV_Enhetskostnader_2"],
        names: ["SINV_TotalCost_2", "SINV_Effect"],
        renamed: {
          sheets: { Översikt: "Översikt (2)" },
          tables: { SINV_Enhetskostnader: "SINV_Enhetskostnader_2" },
          names: { SINV_TotalCost: "SINV_TotalCost_2" }
        }
      });
      const after = under.observe();
      expect(after.sheets).toEqual([...before.sheets, "Översikt (2)", "Indata", "Effekter"]);
      expect(after.tables).toEqual([...before.tables, { name: "SINV_Enhetskostnader_2", sheet: "Indata", range: "A1:B3" }]);
      expect(after.names).toEqual([
        { name: "SINV_TotalCost", formula: "=Data!$B$2" },
        { name: "SINV_TotalCost_2", formula: "='Översikt (2)'!$C$8" },
        { name: "SINV_Effect", formula: "=Effekter!$B$4" }
      ]);
      expect(under.formula("Översikt (2)", "C8")).toBe("SUM(SINV_Enhetskostnader_2[Kostnad])");
      expect(under.formula("Översikt (2)", "C9")).toBe("SINV_TotalCost_2*2");
      expect(under.formula("Effekter", "B4")).toBe("'Översikt (2)'!C8*2");
      expect(under.formula("Effekter", "B5")).toBe("'Översikt (2)'!C8+1");
      expect(under.formula("Effekter", "B6")).toBe('"Översikt!C8"&"SINV_TotalCost"');
      expect(under.formula("Effekter", "B7")).toBe("INDEX(SINV_Enhetskostnader_2[Kostnad],2)");

      const tables = await under.gateway.readTables(["SINV_Enhetskostnader", "SINV_Enhetskostnader_2"]);
      expect(tables.SINV_Enhetskostnader).toEqual({ headers: ["Kod", "Kostnad"], rows: [["X", 5]], address: "Data!A1:B2" });
      expect(tables.SINV_Enhetskostnader_2).toEqual({ headers: ["Kod", "Kostnad"], rows: [["A", 100], ["B", 250]], address: "Indata!A1:B3" });
    });

    it("counts suffixes up when the same plan is inserted again", async () => {
      const under = make(EXISTING_WORKBOOK);
      await under.gateway.insertIntoCurrent(bytes, INSERT_PLAN);
      const second = await under.gateway.insertIntoCurrent(bytes, INSERT_PLAN);
      expect(second.renamed).toEqual({
        sheets: { Översikt: "Översikt (3)", Indata: "Indata (2)", Effekter: "Effekter (2)" },
        tables: { SINV_Enhetskostnader: "SINV_Enhetskostnader_3" },
        names: { SINV_TotalCost: "SINV_TotalCost_3", SINV_Effect: "SINV_Effect_2" }
      });
      expect(under.observe().names.find((n) => n.name === "SINV_Effect_2")?.formula).toBe("='Effekter (2)'!$B$4");
      expect(under.formula("Effekter (2)", "B4")).toBe("'Översikt (3)'!C8*2");
    });

    it("inserts without renaming into a workbook with nothing in common", async () => {
      const under = make({ sheets: ["Blad1"] });
      const report = await under.gateway.insertIntoCurrent(bytes, INSERT_PLAN);
      expect(report.renamed).toEqual({ sheets: {}, tables: {}, names: {} });
      expect(under.observe().sheets).toEqual(["Blad1", "Översikt", "Indata", "Effekter"]);
      expect(under.observe().names).toEqual([
        { name: "SINV_TotalCost", formula: "='Översikt'!$C$8" },
        { name: "SINV_Effect", formula: "=Effekter!$B$4" }
      ]);
      expect(under.formula("Effekter", "B4")).toBe("'Översikt'!C8*2");
    });

    it("removes everything it inserted when the insert fails, and says so in both languages", async () => {
      const under = make(EXISTING_WORKBOOK, { failAfterSheetsInserted: true });
      const before = under.observe();
      const failure = under.gateway.insertIntoCurrent(bytes, INSERT_PLAN);
      await expect(failure).rejects.toBeInstanceOf(WorkbookError);
      await expect(failure).rejects.toMatchObject({ kind: "insertFailed" });
      await expect(failure).rejects.toThrow(/Bladen kunde inte infogas.*återställd.*The sheets could not be inserted.*restored/);
      expect(under.observe()).toEqual(before);
    });

    it("fails an insert at every point and leaves the workbook as before, or, when Excel's answer to the insert is lost, names the sheets it may have added and touches nothing else", async () => {
      const clean = make(EXISTING_WORKBOOK);
      clean.arm();
      await clean.gateway.insertIntoCurrent(bytes, INSERT_PLAN);
      const faults = clean.faults();
      expect(faults.length).toBeGreaterThan(1);
      const kinds: string[] = [];
      for (const fault of faults) {
        const under = make(EXISTING_WORKBOOK);
        const before = under.observe();
        under.arm(fault);
        const error: unknown = await under.gateway.insertIntoCurrent(bytes, INSERT_PLAN).then(() => new Error(`no failure at ${fault}`), (e: unknown) => e);
        expect({ fault, isWorkbookError: error instanceof WorkbookError }).toEqual({ fault, isWorkbookError: true });
        const kind = (error as WorkbookError).kind;
        kinds.push(kind);
        const after = under.observe();
        if (kind === "insertUncertain") {
          const added = after.sheets.filter((s) => !before.sheets.includes(s));
          expect(added.length).toBeGreaterThan(0);
          for (const sheet of added) expect((error as WorkbookError).sv).toContain(sheet);
          expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
          expect(after.names.filter((n) => before.names.some((b) => b.name === n.name))).toEqual(before.names);
        } else {
          expect({ fault, kind, after }).toEqual({ fault, kind, after: before });
        }
      }
      expect(kinds.filter((k) => k !== "insertFailed" && k !== "insertUncertain")).toEqual([]);
    });

    it("refuses a file over the request limit before touching the workbook", async () => {
      const under = make(EXISTING_WORKBOOK);
      const before = under.observe();
      const huge = new Uint8Array(4_000_000);
      await expect(under.gateway.insertIntoCurrent(huge, INSERT_PLAN)).rejects.toMatchObject({ kind: "tooLarge" });
      await expect(under.gateway.openAsNewWorkbook(huge)).rejects.toThrow(/för stor.*5,3 MB|för stor.*5.3 MB/);
      expect(under.observe()).toEqual(before);
      expect(under.opened()).toBe(0);
    });

    it("opens a workbook as new without changing the current one", async () => {
      const under = make(EXISTING_WORKBOOK);
      const before = under.observe();
      await under.gateway.openAsNewWorkbook(bytes);
      expect(under.opened()).toBe(1);
      expect(under.observe()).toEqual(before);
    });

    it("reads several tables at once: values, not text; blank cells as \"\"; undefined for a missing table", async () => {
      const under = make({
        sheets: ["Indata"],
        tables: [
          { name: "SINV_Enhetskostnader", sheet: "Indata", ref: "A1", columns: ["Kod", "Kostnad"], rows: [["KONTAKT", 95000.37], ["TOM", null]] },
          { name: "SINV_Effekter", sheet: "Effekter och år", ref: "C3", columns: ["År", "Andel", "Aktiv"], rows: [[2025, 0.25, true]] }
        ]
      });
      const tables = await under.gateway.readTables(["SINV_Enhetskostnader", "sinv_effekter", "SINV_Saknas"]);
      expect(tables).toEqual({
        SINV_Enhetskostnader: { headers: ["Kod", "Kostnad"], rows: [["KONTAKT", 95000.37], ["TOM", ""]], address: "Indata!A1:B3" },
        sinv_effekter: { headers: ["År", "Andel", "Aktiv"], rows: [[2025, 0.25, true]], address: "'Effekter och år'!C3:E4" },
        SINV_Saknas: undefined
      });
      expect(await under.gateway.readTables([])).toEqual({});
    });

    it("lists sheets, tables and names", async () => {
      const under = make(EXISTING_WORKBOOK);
      expect(await under.gateway.listSheetsTablesNames()).toEqual({ sheets: ["Översikt", "Data"], tables: ["SINV_Enhetskostnader"], names: ["SINV_TotalCost"] });
    });
  });
}
