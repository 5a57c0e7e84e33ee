/**
 * What every {@link WorkbookGateway} must do for the task pane — named scenarios stored in
 * the workbook, the scenario written into the parameter block by label, a cell selected,
 * change events, a table inserted on a new sheet without overwriting — run against the
 * Office.js gateway (on a fake Excel) and the memory gateway alike.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { WorkbookGateway } from "../../src/sheetModel/gateway";
import type { NamedScenario } from "../../src/sheetModel/namedScenarios";
import type { ParameterLabels } from "../../src/sheetModel/parameterWrites";
import { WorkbookError } from "../../src/sheetModel/workbookError";
import { parseTemplate, type Template } from "../../src/workbook/template";
import type { PaneWorkbookInit } from "./fakeExcelPane";

/** A gateway over a workbook, with what the tests look at. */
export interface PaneGatewayUnderTest {
  readonly gateway: WorkbookGateway;
  /** A user edit of a cell (fires the change events). */
  edit(sheet: string, ref: string, value: string | number): Promise<void>;
  cell(sheet: string, ref: string): unknown;
  sheets(): string[];
  tables(): { name: string; sheet: string }[];
  selected(): { sheet: string; address: string } | undefined;
}

/** Makes a gateway over a workbook. */
export type MakePaneGateway = (initial: PaneWorkbookInit) => PaneGatewayUnderTest;

/** The Örebro template (its parameter labels). */
export const TEMPLATE: Template = (() => {
  const parsed = parseTemplate(JSON.parse(readFileSync(join(__dirname, "..", "..", "assets", "templates", "orebro.json"), "utf8")));
  if (!parsed.ok) throw new Error("assets/templates/orebro.json does not parse");
  return parsed.value;
})();

/** Each parameter's labels in both languages, from the template. */
export const LABELS: ParameterLabels = Object.fromEntries(
  (["shareFactor", "volumeFactor", "unitCostFactor", "discountRate", "includeDuring", "startYear"] as const).map((k) => [k, [TEMPLATE.labels[k].sv, TEMPLATE.labels[k].en]])
);

/** A workbook with a Swedish parameter block in A4:B8 and a sheet named like the example table's. */
export const PANE_WORKBOOK: PaneWorkbookInit = {
  sheets: [
    {
      name: "Parametrar",
      cells: {
        A4: TEMPLATE.labels.startYear.sv,
        B4: 2017,
        A5: TEMPLATE.labels.discountRate.sv,
        B5: 0,
        A6: TEMPLATE.labels.includeDuring.sv,
        B6: false,
        A7: TEMPLATE.labels.shareFactor.sv,
        B7: 1,
        A8: TEMPLATE.labels.volumeFactor.sv,
        B8: 1,
        A9: TEMPLATE.labels.unitCostFactor.sv,
        B9: 1
      }
    },
    { name: "Enhetskostnader (exempel)", cells: { A1: "Mina egna siffror", B2: 42 } }
  ],
  names: [{ name: "SINV_Parametrar", formula: "=Parametrar!$A$4:$B$9" }]
};

/** A follow-up sheet: the volumes table in A5:D7 (Swedish headers), the shares table in A10:C12 (English headers), cells around them. */
export const FOLLOW_UP_WORKBOOK: PaneWorkbookInit = {
  sheets: [
    {
      name: "Uppföljning",
      cells: {
        A4: "Faktiska volymer",
        A5: TEMPLATE.labels.id.sv,
        B5: TEMPLATE.labels.targetGroup.sv,
        C5: "2017",
        D5: "2018",
        E5: "utanför",
        A6: "pupils",
        B6: "Elever",
        C6: 10,
        D6: 11,
        E6: "anteckning",
        A7: "youth",
        B7: "Unga",
        C7: 3,
        D7: 4,
        A8: "under",
        A10: TEMPLATE.labels.effect.en,
        B10: TEMPLATE.labels.plannedShare.en,
        C10: TEMPLATE.labels.actualShare.en,
        A11: "placement",
        B11: 0.3,
        C11: 0.3,
        A12: "truancy",
        B12: 0.2,
        C12: 0.2,
        C13: "below the shares"
      }
    }
  ],
  tables: [
    { name: "SINV_UtfallVolymer", sheet: "Uppföljning", range: "A5:D7" },
    { name: "SINV_UtfallAndelar", sheet: "Uppföljning", range: "A10:C12" }
  ]
};

const ACTUAL_SHARE = { [TEMPLATE.labels.actualShare.sv]: [TEMPLATE.labels.actualShare.en] };
const EFFECT_KEY = [TEMPLATE.labels.effect.sv, TEMPLATE.labels.effect.en];

const HALF: NamedScenario = { name: "Hälften", scenario: { shareFactor: 0.5, volumeFactor: 1, unitCostFactor: 1, discountRate: 0, includeDuring: false } };
const GREEN: NamedScenario = { name: "Green Book", scenario: { shareFactor: 1, volumeFactor: 0.9, unitCostFactor: 1.1, discountRate: 0.035, baseYear: 2019, includeDuring: true } };

const EXAMPLE_TABLE = {
  sheet: "Enhetskostnader (exempel)",
  note: "Exempel – kontrollera mot era egna enhetskostnader.",
  table: { name: "SINV_Enhetskostnader", columns: ["code", "cost_sek"], rows: [["A", 100], ["B", null]] }
};

/**
 * Declares the shared tests.
 *
 * @example
 * describePaneGatewayContract("MemoryGateway", (initial) => memoryUnderTest(initial));
 */
export function describePaneGatewayContract(label: string, make: MakePaneGateway): void {
  describe(`${label}: the task pane's gateway operations`, () => {
    it("stores named scenarios in the workbook and reads them back", async () => {
      const { gateway } = make(PANE_WORKBOOK);
      expect(await gateway.loadScenarios()).toEqual([]);
      await gateway.saveScenarios([HALF, GREEN]);
      expect(await gateway.loadScenarios()).toEqual([HALF, GREEN]);
      await gateway.saveScenarios([GREEN]);
      expect(await gateway.loadScenarios()).toEqual([GREEN]);
    });

    it("writes parameters into the block by their labels, leaving the other rows alone", async () => {
      const under = make(PANE_WORKBOOK);
      const report = await under.gateway.writeParameters({ shareFactor: 0.5, discountRate: 0.035, includeDuring: true }, LABELS);
      expect([...report.cells].sort()).toEqual(["Parametrar!B5", "Parametrar!B6", "Parametrar!B7"]);
      expect(under.cell("Parametrar", "B7")).toBe(0.5);
      expect(under.cell("Parametrar", "B5")).toBe(0.035);
      expect(under.cell("Parametrar", "B6")).toBe(true);
      expect(under.cell("Parametrar", "B4")).toBe(2017);
      expect(under.cell("Parametrar", "B8")).toBe(1);
      const read = await under.gateway.readNamedValues(["SINV_Parametrar"]);
      expect(read.SINV_Parametrar?.[3]).toEqual([TEMPLATE.labels.shareFactor.sv, 0.5]);
    });

    it("finds English labels too", async () => {
      const english: PaneWorkbookInit = {
        ...PANE_WORKBOOK,
        sheets: [{ name: "Parameters", cells: { A4: TEMPLATE.labels.shareFactor.en, B4: 1 } }],
        names: [{ name: "SINV_Parametrar", formula: "=Parameters!$A$4:$B$4" }]
      };
      const under = make(english);
      await under.gateway.writeParameters({ shareFactor: 0.25 }, LABELS);
      expect(under.cell("Parameters", "B4")).toBe(0.25);
    });

    it("writes nothing when a label is missing, and says which", async () => {
      const under = make(PANE_WORKBOOK);
      const failure = under.gateway.writeParameters({ shareFactor: 0.5, startYear: 2018, horizonYears: 5 }, { ...LABELS, horizonYears: ["Horisont"] });
      await expect(failure).rejects.toBeInstanceOf(WorkbookError);
      await expect(failure).rejects.toMatchObject({ kind: "parameterNotFound" });
      await expect(failure).rejects.toThrow(/"Horisont"/);
      expect(under.cell("Parametrar", "B7")).toBe(1);
      expect(under.cell("Parametrar", "B4")).toBe(2017);
    });

    it("says when the workbook has no parameter block", async () => {
      const under = make({ sheets: [{ name: "Blad1" }] });
      await expect(under.gateway.writeParameters({ shareFactor: 0.5 }, LABELS)).rejects.toMatchObject({ kind: "parametersMissing" });
    });

    it("writes table cells by key and header, in either language, and only those", async () => {
      const under = make(FOLLOW_UP_WORKBOOK);
      const volumes = await under.gateway.writeTableCells("SINV_UtfallVolymer", [TEMPLATE.labels.id.sv, TEMPLATE.labels.id.en], { PUPILS: { "2017": 12, "2018": 9 }, youth: { "2018": 0 } });
      expect([...volumes.cells].sort()).toEqual(["Uppföljning!C6", "Uppföljning!D6", "Uppföljning!D7"]);
      const shares = await under.gateway.writeTableCells("SINV_UtfallAndelar", EFFECT_KEY, { placement: { [TEMPLATE.labels.actualShare.sv]: 0.1 } }, ACTUAL_SHARE);
      expect(shares.cells).toEqual(["Uppföljning!C11"]);
      expect(under.cell("Uppföljning", "C6")).toBe(12);
      expect(under.cell("Uppföljning", "D6")).toBe(9);
      expect(under.cell("Uppföljning", "C7")).toBe(3);
      expect(under.cell("Uppföljning", "D7")).toBe(0);
      expect(under.cell("Uppföljning", "C11")).toBe(0.1);
      expect(under.cell("Uppföljning", "B11")).toBe(0.3);
      expect(under.cell("Uppföljning", "C12")).toBe(0.2);
      const read = await under.gateway.readTables(["SINV_UtfallAndelar"]);
      expect(read.SINV_UtfallAndelar?.rows[0]).toEqual(["placement", 0.3, 0.1]);
    });

    it("writes nothing when a key or a header is unknown, and says which", async () => {
      const under = make(FOLLOW_UP_WORKBOOK);
      const failure = under.gateway.writeTableCells("SINV_UtfallVolymer", ["Id"], { pupils: { "2017": 99 }, seniors: { "2017": 5 } });
      await expect(failure).rejects.toBeInstanceOf(WorkbookError);
      await expect(failure).rejects.toMatchObject({ kind: "tableCellsNotFound" });
      await expect(failure).rejects.toThrow(/"seniors"/);
      const header = under.gateway.writeTableCells("SINV_UtfallVolymer", ["Id"], { pupils: { "2017": 99, "2030": 1 } });
      await expect(header).rejects.toThrow(/"2030"/);
      expect(under.cell("Uppföljning", "C6")).toBe(10);
      await expect(under.gateway.writeTableCells("SINV_Saknas", ["Id"], { pupils: { "2017": 1 } })).rejects.toMatchObject({ kind: "tableMissing" });
    });

    it("never changes a cell outside the table", async () => {
      const under = make(FOLLOW_UP_WORKBOOK);
      await under.gateway.writeTableCells("SINV_UtfallVolymer", ["Id"], { pupils: { "2017": 1, "2018": 2 }, youth: { "2017": 3, "2018": 4 } });
      await under.gateway.writeTableCells("SINV_UtfallAndelar", EFFECT_KEY, { placement: { "actual share": 0.5 }, truancy: { "Actual Share": 0.6 } });
      await expect(under.gateway.writeTableCells("SINV_UtfallVolymer", ["Id"], { pupils: { utanför: 1 } })).rejects.toMatchObject({ kind: "tableCellsNotFound" });
      await expect(under.gateway.writeTableCells("SINV_UtfallAndelar", EFFECT_KEY, { under: { "actual share": 1 } })).rejects.toMatchObject({ kind: "tableCellsNotFound" });
      const outside = { A4: "Faktiska volymer", E5: "utanför", E6: "anteckning", A8: "under", C13: "below the shares" };
      for (const [ref, value] of Object.entries(outside)) expect(under.cell("Uppföljning", ref)).toBe(value);
      for (const ref of ["E7", "B8", "C8", "D8", "A9", "C9", "D11", "A13", "B13"]) expect(under.cell("Uppföljning", ref) ?? "").toBe("");
    });

    it("selects a cell, and refuses a sheet that does not exist", async () => {
      const under = make(PANE_WORKBOOK);
      await under.gateway.selectCell("Parametrar", "B7");
      expect(under.selected()).toEqual({ sheet: "Parametrar", address: "B7" });
      await expect(under.gateway.selectCell("Effekter", "A1")).rejects.toMatchObject({ kind: "sheetMissing" });
    });

    it("calls the change handler after an edit until it is stopped", async () => {
      const under = make(PANE_WORKBOOK);
      const handler = jest.fn();
      const stop = await under.gateway.onTablesChanged(handler);
      await under.edit("Parametrar", "B7", 0.8);
      expect(handler).toHaveBeenCalled();
      const calls = handler.mock.calls.length;
      await stop();
      await under.edit("Parametrar", "B7", 0.9);
      expect(handler.mock.calls.length).toBe(calls);
    });

    it("inserts the example table on a new sheet with a suffix, never over the sheet that has the name", async () => {
      const under = make(PANE_WORKBOOK);
      const report = await under.gateway.insertTable(EXAMPLE_TABLE);
      expect(report).toEqual({ sheet: "Enhetskostnader (exempel) (2)", table: "SINV_Enhetskostnader", range: "A3:B5" });
      expect(under.cell("Enhetskostnader (exempel)", "A1")).toBe("Mina egna siffror");
      expect(under.cell("Enhetskostnader (exempel)", "B2")).toBe(42);
      expect(under.cell("Enhetskostnader (exempel) (2)", "A1")).toBe(EXAMPLE_TABLE.note);
      expect(under.cell("Enhetskostnader (exempel) (2)", "A3")).toBe("code");
      expect(under.cell("Enhetskostnader (exempel) (2)", "B4")).toBe(100);
      expect(under.sheets()).toEqual(["Parametrar", "Enhetskostnader (exempel)", "Enhetskostnader (exempel) (2)"]);

      const again = await under.gateway.insertTable(EXAMPLE_TABLE);
      expect(again).toEqual({ sheet: "Enhetskostnader (exempel) (3)", table: "SINV_Enhetskostnader_2", range: "A3:B5" });
      expect(under.tables()).toEqual([
        { name: "SINV_Enhetskostnader", sheet: "Enhetskostnader (exempel) (2)" },
        { name: "SINV_Enhetskostnader_2", sheet: "Enhetskostnader (exempel) (3)" }
      ]);
    });
  });
}
