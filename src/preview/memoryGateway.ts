/**
 * The workbook gateway in memory: a workbook as sheets of cells, tables and names. It
 * behaves like {@link OfficeGateway} (same renaming, same undo on failure, same table
 * values) without Excel, for the browser preview and for tests. Formulas are kept as
 * text and not computed: a formula cell's value is the plan's `expect`, or null.
 */
import type { WorkbookPlan } from "../sheetModel/plan";
import { PARAMETERS_NAME } from "../sheetModel/tables/inputTables";
import { onSheet as sheetRef } from "../sheetModel/a1";
import { cellAddress } from "../sheetModel/a1";
import type { InsertReport, ReenterReport, TableData, Unsubscribe, WorkbookContents, WorkbookGateway } from "../sheetModel/gateway";
import type { NamedScenario } from "../sheetModel/namedScenarios";
import { parseScenarios, serializeScenarios } from "../sheetModel/namedScenarios";
import type { ParameterLabels, ParameterValues, WriteParametersReport } from "../sheetModel/parameterWrites";
import { parameterWrites } from "../sheetModel/parameterWrites";
import { nameKey } from "../sheetModel/renameInFormula";
import { renamePlan } from "../sheetModel/renamePlan";
import type { TableCellUpdates, TableColumnLabels, WriteTableCellsReport } from "../sheetModel/tableCellWrites";
import type { TableForWrite, TableWrite } from "../sheetModel/tablesWrite";
import { planTablesWrite } from "../sheetModel/tablesWrite";
import type { CellValue } from "../sheetModel/plan";
import { assertRequestSize } from "../sheetModel/requestLimit";
import type { InsertTableReport, TableInsert } from "../sheetModel/tableInsert";
import { fitTableInsert, TABLE_INSERT_REF, TABLE_NOTE_REF } from "../sheetModel/tableInsert";
import { reasonOf, WorkbookError } from "../sheetModel/workbookError";
import { MemoryWorkbook } from "./memoryWorkbook";
import type { AppendRowsReport, RebuildReport, RebuildSwap } from "../sheetModel/rebuildTypes";
import type { RebuildStep } from "./memoryRebuild";
import { appendInMemory } from "./memoryAppend";
import { reenterInMemory } from "./memoryFormulas";
import type { MemoryName, MemoryTable, MemoryWorkbookInit, Sheet } from "./memoryWorkbook";

export type { MemoryCell, MemoryCellAt, MemoryName, MemoryTable, MemoryTableInit, MemoryWorkbookInit } from "./memoryWorkbook";

/** The points of an insert where a test can make it fail: the plan's sheets, its names, the single table's sheet and table. */
export type InsertStep = "sheets" | "names" | "tableSheet" | "table";

/** Options of the memory gateway. */
export interface MemoryGatewayOptions {
  readonly initial?: MemoryWorkbookInit;
  /** Called during an insert after each step; an exception thrown here makes the insert fail (tests). */
  readonly onInsertStep?: (step: InsertStep) => void;
  /** Called during a rebuild after each of its own steps; an exception thrown here makes the rebuild fail (tests). */
  readonly onRebuildStep?: (step: RebuildStep) => void;
  /**
   * Called before each cell a write changes ("Parametrar!B7") and before the scenarios are
   * stored ("settings"); an exception thrown here makes the write fail (tests).
   */
  readonly onWrite?: (where: string) => void;
  /** What "open as a new workbook" does besides recording the bytes (the preview downloads the file). */
  readonly onOpenNew?: (bytes: Uint8Array) => void;
}

/** A workbook in memory behind the {@link WorkbookGateway} interface. */
export class MemoryGateway extends MemoryWorkbook implements WorkbookGateway {
  /** Workbooks opened with {@link openAsNewWorkbook}, in order (the current workbook does not change). */
  readonly opened: Uint8Array[] = [];
  private readonly onInsertStep?: (step: InsertStep) => void;
  private readonly onRebuildStep?: (step: RebuildStep) => void;
  private readonly onWrite?: (where: string) => void;
  private readonly onOpenNew?: (bytes: Uint8Array) => void;
  /** The stored scenarios as the file would hold them (a JSON text), undefined when none were saved. */
  private storedScenarios: string | undefined;
  /** The last cell selected with {@link selectCell}. */
  selected: { readonly sheet: string; readonly address: string } | undefined;

  /**
   * @example
   * const gateway = new MemoryGateway({ initial: { sheets: ["Översikt"], names: [{ name: "SINV_TotalCost", formula: "='Översikt'!$C$8" }] } });
   */
  constructor(options: MemoryGatewayOptions = {}) {
    super(options.initial);
    this.onInsertStep = options.onInsertStep;
    this.onRebuildStep = options.onRebuildStep;
    this.onWrite = options.onWrite;
    this.onOpenNew = options.onOpenNew;
  }


  /**
   * Records the workbook as opened (and hands it to `onOpenNew`: the preview downloads it);
   * the current workbook stays as it is, as in Excel.
   *
   * @example
   * await gateway.openAsNewWorkbook(bytes); // gateway.opened.length === 1
   */
  async openAsNewWorkbook(bytes: Uint8Array): Promise<void> {
    assertRequestSize(bytes.length);
    this.opened.push(bytes);
    this.onOpenNew?.(bytes);
  }

  /**
   * Adds the plan, renamed to fit, to the workbook; on failure removes what it added.
   *
   * @example
   * const report = await gateway.insertIntoCurrent(await writeXlsx(plan), plan);
   */
  async insertIntoCurrent(bytes: Uint8Array, plan: WorkbookPlan): Promise<InsertReport> {
    assertRequestSize(bytes.length);
    const before = this.contents();
    const { plan: fitted, renames: renamed } = renamePlan(plan, before);
    // What this call added, as objects: the undo never goes by name.
    const addedSheets: Sheet[] = [];
    const addedNames: MemoryName[] = [];
    try {
      for (const sheet of fitted.sheets) {
        this.addPlanSheet(sheet);
        addedSheets.push(this.sheets[this.sheets.length - 1] as Sheet);
      }
      this.onInsertStep?.("sheets");
      for (const name of fitted.names) {
        if (this.names.some((n) => nameKey(n.name) === nameKey(name.name))) throw new Error(`A name ${name.name} already exists.`);
        const added = { name: name.name, formula: `=${sheetRef(name.sheet, name.ref)}` };
        this.names.push(added);
        addedNames.push(added);
      }
      this.onInsertStep?.("names");
    } catch (error) {
      const tables = new Set(addedSheets.map((sheet) => sheet.name));
      for (const sheet of addedSheets) this.sheets.splice(this.sheets.indexOf(sheet), 1);
      this.tables = this.tables.filter((table) => !tables.has(table.sheet));
      this.names = this.names.filter((name) => !addedNames.includes(name));
      throw new WorkbookError("insertFailed", { reason: reasonOf(error) }, error);
    }
    this.changed();
    return {
      sheets: fitted.sheets.map((sheet) => sheet.name),
      tables: fitted.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name)),
      names: fitted.names.map((name) => name.name),
      renamed
    };
  }

  /**
   * Reads tables from the cells they cover now; an empty cell reads as "".
   *
   * @example
   * (await gateway.readTables(["SINV_Enhetskostnader"])).SINV_Enhetskostnader?.rows; // [["KONTAKT", 95000.37], …]
   */
  async readTables(names: readonly string[]): Promise<Record<string, TableData | undefined>> {
    return Object.fromEntries(names.map((name) => [name, this.readTable(name)]));
  }

  /**
   * Reads named ranges from the cells they cover now; an empty cell reads as "".
   *
   * @example
   * (await gateway.readNamedValues(["SINV_Investment"])).SINV_Investment; // [["Bryggan"]]
   */
  async readNamedValues(names: readonly string[]): Promise<Record<string, unknown[][] | undefined>> {
    return Object.fromEntries(names.map((name) => [name, this.readNamed(name)]));
  }

  /**
   * The workbook's sheets, tables and names.
   *
   * @example
   * await gateway.listSheetsTablesNames(); // { sheets: ["Översikt"], tables: [], names: ["SINV_TotalCost"] }
   */
  async listSheetsTablesNames(): Promise<WorkbookContents> {
    return this.contents();
  }

  /**
   * Stores the scenarios with the workbook, as the JSON text Office would keep.
   *
   * @example
   * await gateway.saveScenarios([{ name: "Hälften", settings }]); // (await gateway.loadScenarios())[0].name === "Hälften"
   */
  async saveScenarios(list: readonly NamedScenario[]): Promise<void> {
    const text = serializeScenarios(list);
    try {
      // What the loader refuses is never stored; a failed save keeps the text stored before.
      parseScenarios(text);
      this.onWrite?.("settings");
    } catch (error) {
      throw new WorkbookError("settingsFailed", { reason: reasonOf(error) }, error);
    }
    this.storedScenarios = text;
    this.changed();
  }

  /**
   * The stored scenarios' text as the file holds it (undefined when none were saved).
   *
   * @example
   * new MemoryGateway().scenariosText(); // undefined
   */
  scenariosText(): string | undefined {
    return this.storedScenarios;
  }

  /**
   * The stored scenarios, read back strictly.
   *
   * @example
   * await new MemoryGateway().loadScenarios(); // []
   */
  async loadScenarios(): Promise<NamedScenario[]> {
    return parseScenarios(this.storedScenarios);
  }

  /**
   * Writes values into the parameter block found through the name SINV_Parametrar.
   *
   * @example
   * await gateway.writeParameters({ shareFactor: 0.5 }, { shareFactor: ["Effektandel × (scenario)"] }); // { cells: ["Parametrar!B14"] }
   */
  async writeParameters(values: ParameterValues, labels: ParameterLabels): Promise<WriteParametersReport> {
    const found = this.namedRange(PARAMETERS_NAME);
    if (!found) throw new WorkbookError("parametersMissing", { name: PARAMETERS_NAME });
    const writes = parameterWrites(this.rangeValues(found.sheet, found.first, found.last), values, labels);
    const cells = writes.map((w) => cellAddress({ row: found.first.row + w.row, col: found.first.col + 1 }));
    this.writeAll(writes.map((w, i) => ({ sheet: found.sheet, address: cells[i] as string, value: w.value })));
    return { cells: cells.map((ref) => `${found.sheet.name}!${ref}`) };
  }

  /**
   * Writes values into one table's cells: {@link writeTablesCells} with one table.
   *
   * @example
   * await gateway.writeTableCells("SINV_UtfallAndelar", ["Effekt", "Effect"], { placement: { "Faktisk andel": 0.1 } }); // { cells: ["Uppföljning!C22"] }
   */
  async writeTableCells(table: string, keyHeaders: readonly string[], updates: TableCellUpdates, columnLabels: TableColumnLabels = {}): Promise<WriteTableCellsReport> {
    return this.writeTablesCells([{ table, keyHeaders, updates, columnLabels }]);
  }

  /**
   * Writes values into several tables' cells all or nothing: everything is found and
   * checked first (a formula in a target cell refuses the write), then every cell is
   * written; a failure puts every cell back.
   *
   * @example
   * await gateway.writeTablesCells([{ table: "SINV_UtfallVolymer", keyHeaders: ["Id"], updates: { pupils: { "2017": 12 } } }]); // { cells: ["Uppföljning!C6"] }
   */
  async writeTablesCells(writes: readonly TableWrite[]): Promise<WriteTableCellsReport> {
    const read: Record<string, TableForWrite | undefined> = {};
    for (const w of writes) {
      const data = this.readTable(w.table);
      const formulas = this.tableFormulas(w.table);
      read[w.table] = data && formulas ? { data, formulas } : undefined;
    }
    const cells = planTablesWrite(writes, read).flatMap((p) => p.cells);
    this.writeAll(cells.map((c) => ({ sheet: this.sheet(c.sheet) as Sheet, address: c.address, value: c.value })));
    return { cells: cells.map((c) => `${c.sheet}!${c.address}`) };
  }

  /** Writes the cells all or nothing and tells the listeners; a failure is a "writeFailed" error, the cells as before. */
  private writeAll(cells: readonly { readonly sheet: Sheet; readonly address: string; readonly value: CellValue }[]): void {
    if (cells.length === 0) return;
    try {
      this.writeCells(cells, this.onWrite);
    } catch (error) {
      throw new WorkbookError("writeFailed", { reason: reasonOf(error) }, error);
    }
    this.changed();
  }

  /**
   * Remembers the selection (in {@link selected}); a missing sheet is an error as in Excel.
   *
   * @example
   * await gateway.selectCell("Effekter", "F5"); // gateway.selected = { sheet: "Effekter", address: "F5" }
   */
  /** Enters the SINV formulas again ({@link reenterInMemory}), e.g. `{ entered: 3, sheets: ["Översikt"] }`. */
  async reenterSinvFormulas(): Promise<ReenterReport> {
    const report = reenterInMemory(this.sheets);
    if (report.entered > 0) this.changed();
    return report;
  }

  /** The preview has no Excel to print from: false. */
  canExportPdf(): boolean {
    return false;
  }

  /** Always "pdfUnsupported" (the CLI's --pdf writes the print version). */
  async exportPdf(): Promise<Uint8Array> {
    throw new WorkbookError("pdfUnsupported");
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    const target = this.sheet(sheet);
    if (!target) throw new WorkbookError("sheetMissing", { sheet });
    this.selected = { sheet: target.name, address };
  }

  /**
   * Calls `handler` after every change (as a user editing a cell, or a write).
   *
   * @example
   * const stop = await gateway.onTablesChanged(() => reread()); // later: await stop()
   */
  async onTablesChanged(handler: () => void): Promise<Unsubscribe> {
    const stop = this.subscribe(handler);
    return async () => stop();
  }

  /**
   * Adds the table on a new sheet (suffixed names when taken), with the note in A1.
   *
   * @example
   * (await gateway.insertTable({ sheet: "Enhetskostnader (exempel)", table })).sheet; // "Enhetskostnader (exempel)"
   */
  async insertTable(insert: TableInsert): Promise<InsertTableReport> {
    const fitted = fitTableInsert(insert, this.contents());
    const [header, ...rows] = fitted.values;
    const sheet = this.addSheet(fitted.sheet);
    try {
      this.onInsertStep?.("tableSheet");
      if (insert.note !== undefined) sheet.cells.set(TABLE_NOTE_REF, { value: insert.note });
      this.addTable(fitted.sheet, { name: fitted.table, ref: TABLE_INSERT_REF, columns: (header ?? []).map(String), rows: rows.map((r) => r.map((v) => (v === "" ? null : v))) });
      this.onInsertStep?.("table");
    } catch (error) {
      // Only the sheet object this call added, never one found by name.
      this.sheets.splice(this.sheets.indexOf(sheet), 1);
      this.tables = this.tables.filter((table) => nameKey(table.sheet) !== nameKey(sheet.name));
      throw new WorkbookError("insertTableFailed", { reason: reasonOf(error) }, error);
    }
    this.changed();
    return { sheet: fitted.sheet, table: fitted.table, range: fitted.range };
  }

  /**
   * Replaces the generated sheets ({@link rebuildInMemory}); listeners hear of it once.
   *
   * @example
   * await gateway.rebuildInPlace(bytes, plan, planRebuild(await gateway.readWorkbook(), oldPlan)); // { sheets: [...], replaced: 13 }
   */
  async rebuildInPlace(bytes: Uint8Array, plan: WorkbookPlan, swap: RebuildSwap): Promise<RebuildReport> {
    try {
      const book = { sheets: this.sheets, hidden: this.hidden, tables: (t?: MemoryTable[]) => (this.tables = t ?? this.tables), names: (n?: MemoryName[]) => (this.names = n ?? this.names) };
      // Loaded when first needed, so the preview's initial JavaScript does not carry it.
      const { rebuildInMemory } = await import(/* webpackChunkName: "memory-rebuild" */ "./memoryRebuild");
      return await rebuildInMemory({ ...book, insert: (b, p) => this.insertIntoCurrent(b, p), step: (s) => this.onRebuildStep?.(s) }, bytes, plan, swap, String(this.version));
    } finally {
      this.changed();
    }
  }

  /**
   * Appends rows below a table, all or nothing ({@link appendInMemory}).
   *
   * @example
   * await gateway.appendTableRows("SINV_Enhetskostnader", [["SKOLA", "Elev", 120000]]); // { table: "SINV_Enhetskostnader", rows: 1, address: "'Enhetskostnader (exempel)'!A3:J47" }
   */
  async appendTableRows(table: string, rows: readonly (readonly CellValue[])[]): Promise<AppendRowsReport> {
    const report = appendInMemory({ sheet: (n) => this.sheet(n), tables: this.tables, write: (cells) => this.writeCells(cells, this.onWrite) }, table, rows);
    this.changed();
    return report;
  }
}
