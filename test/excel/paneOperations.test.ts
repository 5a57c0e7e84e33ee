/**
 * The gateway operations the task pane adds (scenarios in the workbook, parameters by
 * label, selection, change events, the example table), on the memory gateway and on the
 * Office.js gateway over office-addin-mock, plus their pure helpers.
 */
import type { MemoryGateway } from "../../src/preview/memoryGateway";
import { parseScenarios, SCENARIOS_SETTING, serializeScenarios } from "../../src/sheetModel/namedScenarios";
import { OfficeGateway } from "../../src/excel/officeGateway";
import { parameterWrites, scenarioParameterLabels, scenarioParameterValues } from "../../src/sheetModel/parameterWrites";
import { parseSheetAddress } from "../../src/sheetModel/sheetAddress";
import { tableCellWrites, type TableCellUpdates } from "../../src/sheetModel/tableCellWrites";
import { fitTableInsert } from "../../src/sheetModel/tableInsert";
import { WorkbookError } from "../../src/sheetModel/workbookError";
import type { NumberSpec } from "../../src/engine/fields/fieldSpec";
import { FIELDS } from "../../src/engine/fields/fieldTable";
import { numberBounds } from "../support/fieldBounds";
import { memoryPaneGateway } from "../support/memoryPane";
import { paneFake, type PaneFakeOptions, type PaneWorkbookInit } from "../support/fakeExcelPane";
import { describePaneGatewayContract, FOLLOW_UP_WORKBOOK, LABELS, PANE_WORKBOOK, TEMPLATE, type PaneGatewayUnderTest } from "../support/paneGatewayContract";

function memoryUnderTest(initial: PaneWorkbookInit): PaneGatewayUnderTest & { gateway: MemoryGateway } {
  const gateway = memoryPaneGateway(initial);
  return {
    gateway,
    edit: async (sheet, ref, value) => gateway.setCell(sheet, ref, value),
    cell: (sheet, ref) => gateway.cell(sheet, ref)?.value,
    sheets: () => gateway.snapshot().sheets,
    tables: () => gateway.snapshot().tables.map(({ name, sheet }) => ({ name, sheet })),
    selected: () => gateway.selected
  };
}

function officeUnderTest(initial: PaneWorkbookInit, options: PaneFakeOptions = {}): PaneGatewayUnderTest & { fake: ReturnType<typeof paneFake> } {
  const fake = paneFake(initial, options);
  return {
    fake,
    gateway: new OfficeGateway(fake.host),
    edit: (sheet, ref, value) => fake.edit(sheet, ref, value),
    cell: (sheet, ref) => fake.cell(sheet, ref),
    sheets: () => fake.sheets.map((s) => s.name),
    tables: () => fake.tables.map(({ name, sheet }) => ({ name, sheet })),
    selected: () => fake.selected()
  };
}

describePaneGatewayContract("MemoryGateway", memoryUnderTest);
describePaneGatewayContract("OfficeGateway", (initial) => officeUnderTest(initial));

describe("OfficeGateway: task pane operations on Office.js", () => {
  it("keeps scenarios in the document settings as one JSON text and saves the settings", async () => {
    const under = officeUnderTest(PANE_WORKBOOK);
    const list = [{ name: "Hälften", scenario: { shareFactor: 0.5, volumeFactor: 1, unitCostFactor: 1, discountRate: 0, includeDuring: false } }];
    await under.gateway.saveScenarios(list);
    expect(under.fake.settings.get(SCENARIOS_SETTING)).toBe(serializeScenarios(list));
    expect(under.fake.saved()).toBe(1);
  });

  it("reports a failed save of the settings in both languages", async () => {
    const under = officeUnderTest(PANE_WORKBOOK, { failOn: "saveAsync" });
    const failure = under.gateway.saveScenarios([]);
    await expect(failure).rejects.toMatchObject({ kind: "settingsFailed" });
    await expect(failure).rejects.toThrow(/kunde inte sparas.*read-only.*could not be saved/);
  });

  it("refuses settings it cannot read instead of dropping them", async () => {
    const under = officeUnderTest(PANE_WORKBOOK);
    under.fake.settings.set(SCENARIOS_SETTING, "{not json");
    await expect(under.gateway.loadScenarios()).rejects.toMatchObject({ kind: "scenariosUnreadable" });
  });

  it("writes parameters with two syncs; a failed write is undone with a third, and a failed undo names the cells", async () => {
    const under = officeUnderTest(PANE_WORKBOOK);
    await under.gateway.writeParameters({ shareFactor: 0.5, volumeFactor: 2 }, LABELS);
    expect(under.fake.syncs()).toBe(2);
    const failing = officeUnderTest(PANE_WORKBOOK, { failAtWrite: 2 });
    await expect(failing.gateway.writeParameters({ shareFactor: 0.5, volumeFactor: 2 }, LABELS)).rejects.toMatchObject({ kind: "writeFailed" });
    expect(failing.fake.syncs()).toBe(3);
    expect([failing.cell("Parametrar", "B7"), failing.cell("Parametrar", "B8")]).toEqual([1, 1]);
    const stuck = officeUnderTest(PANE_WORKBOOK, { failAtWrite: 2, failAllWritesAfter: true });
    const failure = stuck.gateway.writeParameters({ shareFactor: 0.5, volumeFactor: 2 }, LABELS);
    await expect(failure).rejects.toMatchObject({ kind: "writeRollbackFailed" });
    await expect(failure).rejects.toThrow(/Kontrollera cellerna Parametrar!B7, Parametrar!B8.*Check the cells Parametrar!B7, Parametrar!B8/);
  });

  it("writes table cells with two syncs, and undoes a failed write with a third", async () => {
    const under = officeUnderTest(FOLLOW_UP_WORKBOOK);
    await under.gateway.writeTableCells("SINV_UtfallVolymer", ["Id"], { pupils: { "2017": 12 } });
    expect(under.fake.syncs()).toBe(2);
    const failing = officeUnderTest(FOLLOW_UP_WORKBOOK, { failAtWrite: 1 });
    await expect(failing.gateway.writeTableCells("SINV_UtfallVolymer", ["Id"], { pupils: { "2017": 12 } })).rejects.toMatchObject({ kind: "writeFailed" });
    expect(failing.fake.syncs()).toBe(3);
    expect(failing.cell("Uppföljning", "C6")).toBe(10);
  });

  it("listens to every sheet with ExcelApi 1.9, to the tables with 1.7, and says what is missing below", async () => {
    const sheets = officeUnderTest(PANE_WORKBOOK);
    await sheets.gateway.onTablesChanged(() => undefined);
    expect(sheets.fake.handlers()).toEqual([{ source: "sheets" }]);
    const tables = officeUnderTest(PANE_WORKBOOK, { apiVersion: "1.8" });
    const stop = await tables.gateway.onTablesChanged(() => undefined);
    expect(tables.fake.handlers()).toEqual([{ source: "tables" }]);
    await stop();
    expect(tables.fake.handlers()).toEqual([]);
    const old = officeUnderTest(PANE_WORKBOOK, { apiVersion: "1.6" });
    await expect(old.gateway.onTablesChanged(() => undefined)).rejects.toMatchObject({ kind: "apiMissing" });
  });

  it("removes the new sheet again when the table cannot be added", async () => {
    const under = officeUnderTest(PANE_WORKBOOK, { failOn: "tables.add" });
    const failure = under.gateway.insertTable({ sheet: "Enhetskostnader (exempel)", table: { name: "SINV_Enhetskostnader", columns: ["code"], rows: [["A"]] } });
    await expect(failure).rejects.toMatchObject({ kind: "insertTableFailed" });
    expect(under.sheets()).toEqual(["Parametrar", "Enhetskostnader (exempel)"]);
    expect(under.cell("Enhetskostnader (exempel)", "A1")).toBe("Mina egna siffror");
  });

  it("activates the new sheet and selects on the right sheet", async () => {
    const under = officeUnderTest(PANE_WORKBOOK);
    await under.gateway.insertTable({ sheet: "Exempel", table: { name: "T", columns: ["a"], rows: [] } });
    expect(under.fake.active()).toBe("Exempel");
    await under.gateway.selectCell("Parametrar", "A4:B9");
    expect(under.fake.active()).toBe("Parametrar");
    expect(under.fake.selected()).toEqual({ sheet: "Parametrar", address: "A4:B9" });
  });
});

describe("MemoryGateway: what the preview needs", () => {
  it("tells subscribers about every change and lists a sheet's cells row by row", async () => {
    const { gateway } = memoryUnderTest(PANE_WORKBOOK);
    const listener = jest.fn();
    const stop = gateway.subscribe(listener);
    gateway.setCell("Parametrar", "C4", "anteckning");
    await gateway.writeParameters({ shareFactor: 0.5 }, LABELS);
    expect(listener).toHaveBeenCalledTimes(2);
    stop();
    gateway.setCell("Parametrar", "C5", "x");
    expect(listener).toHaveBeenCalledTimes(2);
    const cells = gateway.cells("Parametrar");
    expect(cells[0]).toEqual({ ref: "A4", row: 4, col: 1, value: "Startår" });
    expect(cells.map((c) => c.ref).slice(0, 3)).toEqual(["A4", "B4", "C4"]);
  });
});

describe("parseScenarios", () => {
  const settings = { shareFactor: 0.5, volumeFactor: 1, unitCostFactor: 1, discountRate: 0, includeDuring: false };

  it("reads what serializeScenarios writes; nothing stored is an empty list", () => {
    const list = [{ name: "Hälften", scenario: settings }, { name: "Basår", scenario: { discountRate: 0.035, baseYear: 2019 } }];
    expect(parseScenarios(serializeScenarios(list))).toEqual(list);
    expect(parseScenarios(null)).toEqual([]);
    expect(parseScenarios(undefined)).toEqual([]);
  });

  it("reads back every scenario the saver can write: each field at both ends of the field table's range (a negative discount rate too), and refuses a hair outside", () => {
    const keys = ["shareFactor", "volumeFactor", "unitCostFactor", "discountRate", "baseYear", "horizonYears"] as const;
    let checked = 0;
    for (const key of keys) {
      const bounds = numberBounds(FIELDS[key] as NumberSpec);
      for (const value of bounds.inside) {
        const list = [{ name: `${key} ${String(value)}`, scenario: { [key]: value } }];
        expect(parseScenarios(serializeScenarios(list))).toEqual(list);
        checked += 1;
      }
      for (const value of bounds.outside.filter(Number.isFinite)) {
        expect(() => parseScenarios(serializeScenarios([{ name: "x", scenario: { [key]: value } }]))).toThrow(WorkbookError);
      }
    }
    expect(checked).toBe(keys.length * 2);
    expect(FIELDS.discountRate.min).toBeLessThan(0);
  });

  it("reads a list stored before the base year existed (the five keys), as the engine's scenario", () => {
    const stored = '{"format":"sinv-scenarios/1","scenarios":[{"name":"Hälften","settings":{"shareFactor":0.5,"volumeFactor":1,"unitCostFactor":1,"discountRate":0,"includeDuring":false}}]}';
    expect(parseScenarios(stored)).toEqual([{ name: "Hälften", scenario: settings }]);
    expect(serializeScenarios(parseScenarios(stored))).toBe(stored);
  });

  it.each([
    ["{}", /format/],
    [JSON.stringify({ format: "sinv-scenarios/1", scenarios: [{ name: "A", settings: { ...settings, baseYear: 1850 } }] }), /baseYear/],
    [JSON.stringify({ format: "sinv-scenarios/1", scenarios: [{ name: "A", settings: { ...settings, shareFactor: -1 } }] }), /shareFactor/],
    [JSON.stringify({ format: "sinv-scenarios/1", scenarios: [{ name: "A", settings: { ...settings, includeDuring: "ja" } }] }), /includeDuring/],
    [JSON.stringify({ format: "sinv-scenarios/1", scenarios: [{ name: "", settings }] }), /name is missing/],
    [JSON.stringify({ format: "sinv-scenarios/1", scenarios: [{ name: "A", settings: { ...settings, shareFactor: "x" } }] }), /shareFactor/],
    [JSON.stringify({ format: "sinv-scenarios/1", scenarios: [{ name: "A", settings }, { name: "a", settings }] }), /twice/]
  ])("refuses %s", (text, reason) => {
    expect(() => parseScenarios(text)).toThrow(WorkbookError);
    expect(() => parseScenarios(text)).toThrow(reason);
  });
});

describe("parameterWrites", () => {
  it("writes a resolved scenario's values, base year included, under the template's labels", () => {
    const resolved = { shareFactor: 0.5, volumeFactor: 1, unitCostFactor: 1, discountRate: 0.035, baseYear: 2019, includeDuring: false, horizonYears: 10 };
    expect(scenarioParameterValues(resolved)).toEqual({ shareFactor: 0.5, volumeFactor: 1, unitCostFactor: 1, discountRate: 0.035, baseYear: 2019, includeDuring: false });
    const labels = scenarioParameterLabels(TEMPLATE);
    expect(labels.baseYear).toEqual(["Basår för diskontering", "Base year for discounting"]);
    expect(labels.shareFactor).toEqual(["Effektandel × (scenario)", "Effect share × (scenario)"]);
    expect(Object.keys(labels)).toEqual(Object.keys(scenarioParameterValues(resolved)));
  });

  it("finds rows by label in any case and skips undefined values", () => {
    expect(parameterWrites([["Startår", 2017], ["  effektandel × (scenario) ", 1]], { shareFactor: 0.5, volumeFactor: undefined }, LABELS)).toEqual([
      { key: "shareFactor", row: 1, value: 0.5 }
    ]);
  });
});

describe("tableCellWrites", () => {
  const data = { headers: ["Effect", "Planned share", "Actual share"], rows: [["placement", 0.3, 0.3], ["", "", ""], ["truancy", 0.2, 0.2]], address: "'Uppföljning (2)'!$B$20:$D$23" };

  it("finds rows by key and columns by header in any case or language, as single cells", () => {
    expect(tableCellWrites("SINV_UtfallAndelar", data, ["Effect", "effekt"], { Truancy: { "FAKTISK ANDEL": 0.1 } }, { "Faktisk andel": ["actual share"] })).toEqual([
      { sheet: "Uppföljning (2)", address: "D23", row: 2, col: 2, value: 0.1 }
    ]);
  });

  it("refuses unknown keys, headers and the key column itself, in both languages, with no writes", () => {
    const cases: TableCellUpdates[] = [{ missing: { "Actual share": 0.1 } }, { placement: { "Actual share": 0.1, Okänd: 1 } }, { placement: { Effect: "x" } }, { "": { "Actual share": 0.1 } }];
    for (const updates of cases) {
      expect(() => tableCellWrites("SINV_UtfallAndelar", data, ["Effekt", "Effect"], updates)).toThrow(WorkbookError);
    }
    expect(() => tableCellWrites("SINV_UtfallAndelar", data, ["Effect"], { missing: { "Actual share": 0.1 } })).toThrow(/saknar "missing"; inget skrevs.*lacks "missing"; nothing was written/);
    expect(() => tableCellWrites("SINV_UtfallAndelar", data, ["Id"], {})).toThrow(/"Id"/);
  });
});

describe("fitTableInsert and parseSheetAddress", () => {
  it("suffixes a taken table name also when a defined name has it", () => {
    const fitted = fitTableInsert({ sheet: "Ny", table: { name: "SINV_X", columns: ["a", "b"], rows: [["x"]] } }, { sheets: [], tables: [], names: ["sinv_x"] });
    expect(fitted).toEqual({ sheet: "Ny", table: "SINV_X_2", range: "A3:B4", values: [["a", "b"], ["x", ""]] });
  });

  it("splits quoted and bare addresses", () => {
    expect(parseSheetAddress("'Kalle''s år'!$A$4:$B$22")).toEqual({ sheet: "Kalle's år", first: { row: 4, col: 1 }, last: { row: 22, col: 2 } });
    expect(parseSheetAddress("Indata!C3")).toEqual({ sheet: "Indata", first: { row: 3, col: 3 }, last: { row: 3, col: 3 } });
    expect(parseSheetAddress("C3")).toBeUndefined();
  });
});
