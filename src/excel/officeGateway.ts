/**
 * The workbook gateway on Office.js — the only module that calls Excel. Every
 * operation uses a fixed number of `context.sync()` calls, whatever the number of
 * sheets, tables or names:
 *
 * - readTables: 1 (all loads queued, then one sync); if Excel refuses a load on a
 *   missing table, 2 more (list the tables, then load the existing ones);
 * - readNamedValues: 1;
 * - listSheetsTablesNames: 1;
 * - insertIntoCurrent: 4 (read names; insert, list names and sheets; re-create names,
 *   add the charts and read the inserted formulas; activate), plus 1 to enter formulas
 *   again where Excel broke them or `SINV.*` calls, 1 more to check repaired links, and 2
 *   to undo a failure;
 * - reenterSinvFormulas: 3 (sheets; used ranges; write), plus 1 to restore;
 * - writeParameters: 2 (read the block; write), plus 1 to restore the cells after a
 *   failure; writeTablesCells (and writeTableCells): 2 (read the tables; check and
 *   write), plus 1 to restore; selectCell: 2; onTablesChanged: 1;
 * - insertTable: 3 (list names; add the sheet; fill it), plus 1 to delete the sheet it
 *   added (by id) after a failure;
 * - saveScenarios / loadScenarios: none (document settings, saved with `saveAsync`).
 *
 * The xlsx writer is imported lazily (its own chunk), only when a plan must be rewritten.
 */
import type { WorkbookPlan } from "../sheetModel/plan";
import { toBase64 } from "../sheetModel/base64";
import type { InsertReport, ReenterReport, TableData, Unsubscribe, WorkbookContents, WorkbookGateway } from "../sheetModel/gateway";
import { writeXlsxLazily } from "../sheetModel/lazyXlsx";
import type { NamedScenario } from "../sheetModel/namedScenarios";
import { parseScenarios, SCENARIOS_SETTING } from "../sheetModel/namedScenarios";
import { globalOfficeHost, type OfficeHost, type OfficeSettings } from "./officeHost";
import { saveScenarioSettings } from "./officeScenarios";
import { insertPlanSheets, insertTableSheet } from "./officeInsert";
import { readWholeWorkbook, rebuildSheets } from "./officeRebuild";
import { appendRows } from "./officeAppend";
import type { AppendRowsReport, RebuildReport, RebuildSwap, WorkbookSnapshot } from "../sheetModel/rebuildTypes";
import type { CellValue } from "../sheetModel/plan";
import { reenterSinvFormulas } from "./officeFormulaRepair";
import { readPdf } from "./officePdf";
import { writeParameterCells } from "./officeWrites";
import { writeTablesBodies } from "./officeTableWrites";
import { loadContents, queueTable, tableData, wrap } from "./officeTables";
import type { ParameterLabels, ParameterValues, WriteParametersReport } from "../sheetModel/parameterWrites";
import { nameKey } from "../sheetModel/renameInFormula";
import type { TableCellUpdates, TableColumnLabels, WriteTableCellsReport } from "../sheetModel/tableCellWrites";
import type { TableWrite } from "../sheetModel/tablesWrite";
import { assertRequestSize } from "../sheetModel/requestLimit";
import type { InsertTableReport, TableInsert } from "../sheetModel/tableInsert";
import { reasonOf, WorkbookError } from "../sheetModel/workbookError";

/** ExcelApi version of `insertWorksheetsFromBase64`. */
export const INSERT_API = "1.13";
/** ExcelApi version of `Excel.createWorkbook`. */
export const CREATE_API = "1.8";
/** ExcelApi version of `workbook.tables.onChanged`. */
export const TABLE_EVENTS_API = "1.7";
/** ExcelApi version of `workbook.worksheets.onChanged` (every sheet, also the parameter block). */
export const SHEET_EVENTS_API = "1.9";

/** The gateway on Office.js. */
export class OfficeGateway implements WorkbookGateway {
  private readonly host: OfficeHost;
  private readonly write: (plan: WorkbookPlan) => Promise<Uint8Array>;

  /**
   * @param host - Office.js; the globals by default, a mock in tests.
   * @param write - writes a renamed plan to bytes; the xlsx writer, loaded lazily, by default.
   *
   * @example
   * const gateway = new OfficeGateway();
   * await gateway.insertIntoCurrent(await writeXlsx(plan), plan);
   */
  constructor(host: OfficeHost = globalOfficeHost(), write: (plan: WorkbookPlan) => Promise<Uint8Array> = writeXlsxLazily) {
    this.host = host;
    this.write = write;
  }

  private requireApi(version: string, feature: string): void {
    if (!this.host.isSetSupported("ExcelApi", version)) throw new WorkbookError("apiMissing", { feature, version });
  }

  /**
   * Opens the bytes as a new workbook (`Excel.createWorkbook`, ExcelApi 1.8).
   *
   * @example
   * await new OfficeGateway().openAsNewWorkbook(await writeXlsx(plan)); // a new Excel window opens
   */
  async openAsNewWorkbook(bytes: Uint8Array): Promise<void> {
    this.requireApi(CREATE_API, "Excel.createWorkbook");
    assertRequestSize(bytes.length);
    try {
      await this.host.createWorkbook(toBase64(bytes));
    } catch (error) {
      throw new WorkbookError("openFailed", { reason: reasonOf(error) }, error);
    }
  }

  /**
   * Inserts the plan's sheets at the end of the current workbook
   * (`insertWorksheetsFromBase64`, ExcelApi 1.13). Clashing sheets, tables and names are
   * renamed first and the renamed plan is written again; afterwards the workbook names
   * are re-created, because inserting sheets can turn them into `#REF!`, and the plan's
   * charts are added through the API (the file is sent without them). On any failure
   * the sheets and names this call added are deleted and a {@link WorkbookError} is thrown.
   *
   * @example
   * const report = await gateway.insertIntoCurrent(await writeXlsx(plan), plan);
   * report.renamed.sheets; // { "Översikt": "Översikt (2)" } when "Översikt" existed
   */
  async insertIntoCurrent(bytes: Uint8Array, plan: WorkbookPlan): Promise<InsertReport> {
    this.requireApi(INSERT_API, "insertWorksheetsFromBase64");
    assertRequestSize(bytes.length);
    return this.host.run((context) => insertPlanSheets(context, bytes, plan, this.write));
  }

  /** Whether Office can give the workbook as PDF (requirement set PdfFile 1.1). */
  canExportPdf(): boolean {
    return this.host.isSetSupported("PdfFile", "1.1") && this.host.fileSource !== undefined;
  }

  /** The workbook as PDF ({@link readPdf}); "pdfUnsupported" where Office cannot. */
  async exportPdf(): Promise<Uint8Array> {
    if (!this.canExportPdf() || !this.host.fileSource) throw new WorkbookError("pdfUnsupported");
    return readPdf(this.host.fileSource());
  }

  /** Enters the workbook's SINV formulas again, e.g. `{ entered: 46, sheets: ["Översikt", "Effekter"] }` ({@link reenterSinvFormulas}). */
  async reenterSinvFormulas(): Promise<ReenterReport> {
    return this.host.run((context) => reenterSinvFormulas(context));
  }

  /**
   * Reads the tables' headers, values and addresses with one `context.sync()` for all
   * of them (missing tables through `getItemOrNullObject`).
   *
   * @example
   * const tables = await gateway.readTables(["SINV_Enhetskostnader", "SINV_Saknas"]);
   * tables.SINV_Enhetskostnader?.headers; // ["Kod", "Benämning", "Kostnad"]
   * tables.SINV_Saknas; // undefined
   */
  async readTables(names: readonly string[]): Promise<Record<string, TableData | undefined>> {
    const wanted = [...new Set(names)];
    if (wanted.length === 0) return {};
    return this.host.run(async (context) => {
      try {
        const pending = wanted.map((name) => queueTable(name, context.workbook.tables.getItemOrNullObject(name)));
        await context.sync();
        return Object.fromEntries(pending.map((p) => [p.name, p.table.isNullObject ? undefined : tableData(p)]));
      } catch {
        // Some hosts refuse loads on a null object: list the tables first, then load only those that exist.
        try {
          const tables = context.workbook.tables.load("items/name");
          await context.sync();
          const present = new Set(tables.items.map((table) => nameKey(table.name)));
          const pending = wanted.filter((name) => present.has(nameKey(name))).map((name) => queueTable(name, context.workbook.tables.getItem(name)));
          await context.sync();
          const found = new Map(pending.map((p) => [p.name, tableData(p)]));
          return Object.fromEntries(wanted.map((name) => [name, found.get(name)]));
        } catch (error) {
          throw new WorkbookError("readFailed", { reason: reasonOf(error) }, error);
        }
      }
    });
  }

  /**
   * Reads the values of named ranges with one `context.sync()` for all of them.
   *
   * @example
   * (await gateway.readNamedValues(["SINV_Parametrar"])).SINV_Parametrar?.[0]; // ["Regeluppsättning", "Örebro 2013–2019 (med återföring)"]
   */
  async readNamedValues(names: readonly string[]): Promise<Record<string, unknown[][] | undefined>> {
    const wanted = [...new Set(names)];
    if (wanted.length === 0) return {};
    return this.host.run(async (context) => {
      try {
        const pending = wanted.map((name) => {
          const item = context.workbook.names.getItemOrNullObject(name);
          return { name, item, range: item.getRangeOrNullObject().load("values") };
        });
        await context.sync();
        return Object.fromEntries(pending.map((p) => [p.name, p.item.isNullObject || p.range.isNullObject ? undefined : p.range.values.map((row) => [...row])]));
      } catch (error) {
        throw new WorkbookError("readFailed", { reason: reasonOf(error) }, error);
      }
    });
  }

  /**
   * The workbook's sheets, tables and names, with one `context.sync()`.
   *
   * @example
   * await gateway.listSheetsTablesNames(); // { sheets: ["Översikt"], tables: ["SINV_Enhetskostnader"], names: ["SINV_TotalCost"] }
   */
  async listSheetsTablesNames(): Promise<WorkbookContents> {
    return this.host.run(loadContents);
  }

  /**
   * Stores the scenarios in the document's settings (saved in the file) and saves them;
   * when saving fails, the text stored before is put back.
   *
   * @example
   * await gateway.saveScenarios([{ name: "Hälften", scenario: { shareFactor: 0.5 } }]); // travels with the workbook
   */
  async saveScenarios(list: readonly NamedScenario[]): Promise<void> {
    let settings: OfficeSettings;
    try {
      settings = this.host.settings();
    } catch (error) {
      throw error instanceof WorkbookError ? error : new WorkbookError("settingsFailed", { reason: reasonOf(error) }, error);
    }
    return saveScenarioSettings(settings, list);
  }

  /**
   * The scenarios stored in the document's settings.
   *
   * @example
   * (await gateway.loadScenarios()).map((s) => s.name); // ["Hälften"]
   */
  async loadScenarios(): Promise<NamedScenario[]> {
    return parseScenarios(this.host.settings().get(SCENARIOS_SETTING));
  }

  /**
   * Writes values into the parameter block (the name SINV_Parametrar), each row found by
   * its label, with two syncs: read the block, then write. Nothing is written when a label
   * is missing.
   *
   * @example
   * await gateway.writeParameters({ shareFactor: 0.5 }, labels); // { cells: ["Parametrar!B14"] }
   */
  async writeParameters(values: ParameterValues, labels: ParameterLabels): Promise<WriteParametersReport> {
    return this.host.run((context) => writeParameterCells(context, values, labels));
  }

  /**
   * Writes values into one table's cells: {@link writeTablesCells} with one table.
   *
   * @example
   * await gateway.writeTableCells("SINV_UtfallVolymer", ["Id"], { pupils: { "2017": 12 } }); // { cells: ["Uppföljning!C6"] }
   */
  async writeTableCells(table: string, keyHeaders: readonly string[], updates: TableCellUpdates, columnLabels: TableColumnLabels = {}): Promise<WriteTableCellsReport> {
    return this.writeTablesCells([{ table, keyHeaders, updates, columnLabels }]);
  }

  /**
   * Writes values into several tables' cells (rows by key, columns by header) all or
   * nothing, in one `Excel.run`: one sync reads the tables (values and formulas), one
   * writes every cell through the tables' own data bodies (nothing outside a table can
   * change) and checks that nothing moved in between; after a failure one more sync puts
   * the previous contents back. Nothing is written when a table, key or header is missing
   * or a target cell holds a formula.
   *
   * @example
   * await gateway.writeTablesCells([{ table: "SINV_UtfallVolymer", keyHeaders: ["Id"], updates: { pupils: { "2017": 12 } } }]); // { cells: ["Uppföljning!C6"] }
   */
  async writeTablesCells(writes: readonly TableWrite[]): Promise<WriteTableCellsReport> {
    return this.host.run((context) => writeTablesBodies(context, writes));
  }

  /**
   * Activates the sheet and selects the address on it.
   *
   * @example
   * await gateway.selectCell("Effekter", "F5");
   */
  async selectCell(sheet: string, address: string): Promise<void> {
    return this.host.run(async (context) => {
      try {
        const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
        await context.sync();
        if (worksheet.isNullObject) throw new WorkbookError("sheetMissing", { sheet });
        worksheet.activate();
        worksheet.getRange(address).select();
        await context.sync();
      } catch (error) {
        throw error instanceof WorkbookError ? error : new WorkbookError("selectFailed", { sheet, address, reason: reasonOf(error) }, error);
      }
    });
  }

  /**
   * Listens for edits: every sheet's changes where ExcelApi 1.9 is there (so edits of
   * the parameter block count too), otherwise every table's (ExcelApi 1.7).
   *
   * @example
   * const stop = await gateway.onTablesChanged(() => reread()); // later: await stop()
   */
  async onTablesChanged(handler: () => void): Promise<Unsubscribe> {
    const sheets = this.host.isSetSupported("ExcelApi", SHEET_EVENTS_API);
    if (!sheets) this.requireApi(TABLE_EVENTS_API, "tables.onChanged");
    return this.host.run(async (context) => {
      try {
        const source = sheets ? context.workbook.worksheets.onChanged : context.workbook.tables.onChanged;
        const registration = source.add(async () => handler());
        await context.sync();
        return async () => {
          try {
            await this.host.runIn(registration.context, async (again) => {
              registration.remove();
              await again.sync();
            });
          } catch (error) {
            throw wrap("eventsFailed", error);
          }
        };
      } catch (error) {
        throw wrap("eventsFailed", error);
      }
    });
  }

  /**
   * Adds the table on a new sheet (names suffixed when taken) with the note in A1, in two
   * syncs; on failure the new sheet is deleted again.
   *
   * @example
   * await gateway.insertTable({ sheet: "Enhetskostnader (exempel)", note, table }); // { sheet: "Enhetskostnader (exempel)", table: "SINV_Enhetskostnader", range: "A3:J46" }
   */
  async insertTable(insert: TableInsert): Promise<InsertTableReport> {
    return this.host.run((context) => insertTableSheet(context, insert));
  }

  /** Every sheet's used cells, the tables and the names ({@link readWholeWorkbook}). */
  async readWorkbook(): Promise<WorkbookSnapshot> {
    return this.host.run((context) => readWholeWorkbook(context));
  }

  /** Rebuilds the generated sheets in place ({@link rebuildSheets}); needs what an insert needs. */
  async rebuildInPlace(bytes: Uint8Array, plan: WorkbookPlan, swap: RebuildSwap): Promise<RebuildReport> {
    this.requireApi(INSERT_API, "insertWorksheetsFromBase64");
    assertRequestSize(bytes.length);
    const token = Math.floor(Math.random() * 0xffffffff).toString(16).padStart(8, "0");
    return this.host.run((context) => rebuildSheets(context, bytes, plan, swap, this.write, token));
  }

  /** Appends rows to a table, all or nothing ({@link appendRows}). */
  async appendTableRows(table: string, rows: readonly (readonly CellValue[])[]): Promise<AppendRowsReport> {
    return this.host.run((context) => appendRows(context, table, rows));
  }
}
