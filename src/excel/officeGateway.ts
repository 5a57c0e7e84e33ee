/**
 * The workbook gateway on Office.js — the only module that calls Excel. Every
 * operation uses a fixed number of `context.sync()` calls, whatever the number of
 * sheets, tables or names:
 *
 * - readTables: 1 (all loads queued, then one sync); if Excel refuses a load on a
 *   missing table, 2 more (list the tables, then load the existing ones);
 * - readNamedValues: 1;
 * - listSheetsTablesNames: 1;
 * - insertIntoCurrent: 3 (read names; insert and list names; re-create names), plus 2
 *   to undo a failure.
 */
import type { WorkbookPlan } from "../workbook/plan";
import { sheetRef } from "../writer/sheetName";
import { writeXlsx } from "../writer/xlsxWriter";
import { toBase64 } from "./base64";
import type { InsertReport, TableData, WorkbookContents, WorkbookGateway } from "./gateway";
import { globalOfficeHost, type OfficeHost } from "./officeHost";
import { nameKey } from "./renameInFormula";
import { renamePlan, type RenamedPlan } from "./renamePlan";
import { assertRequestSize } from "./requestLimit";
import { reasonOf, WorkbookError } from "./workbookError";

/** ExcelApi version of `insertWorksheetsFromBase64`. */
export const INSERT_API = "1.13";
/** ExcelApi version of `Excel.createWorkbook`. */
export const CREATE_API = "1.8";

interface PendingTable {
  readonly name: string;
  readonly table: Excel.Table;
  readonly header: Excel.Range;
  readonly body: Excel.Range;
  readonly whole: Excel.Range;
}

function queueTable(name: string, table: Excel.Table): PendingTable {
  return {
    name,
    table,
    header: table.getHeaderRowRange().load("values"),
    body: table.getDataBodyRange().load("values"),
    whole: table.getRange().load("address")
  };
}

function tableData(pending: PendingTable): TableData {
  return {
    headers: (pending.header.values[0] ?? []).map((value) => String(value)),
    rows: pending.body.values.map((row) => [...row]),
    address: pending.whole.address
  };
}

async function loadContents(context: Excel.RequestContext): Promise<WorkbookContents> {
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  const names = context.workbook.names.load("items/name");
  await context.sync();
  return { sheets: sheets.items.map((s) => s.name), tables: tables.items.map((t) => t.name), names: names.items.map((n) => n.name) };
}

/** The gateway on Office.js. */
export class OfficeGateway implements WorkbookGateway {
  private readonly host: OfficeHost;
  private readonly write: (plan: WorkbookPlan) => Promise<Uint8Array>;

  /**
   * @param host - Office.js; the globals by default, a mock in tests.
   * @param write - writes a renamed plan to bytes; {@link writeXlsx} by default.
   *
   * @example
   * const gateway = new OfficeGateway();
   * await gateway.insertIntoCurrent(await writeXlsx(plan), plan);
   */
  constructor(host: OfficeHost = globalOfficeHost(), write: (plan: WorkbookPlan) => Promise<Uint8Array> = writeXlsx) {
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
   * are re-created, because inserting sheets can turn them into `#REF!`. On any failure
   * the sheets and names this call added are deleted and a {@link WorkbookError} is
   * thrown.
   *
   * @example
   * const report = await gateway.insertIntoCurrent(await writeXlsx(plan), plan);
   * report.renamed.sheets; // { "Översikt": "Översikt (2)" } when "Översikt" existed
   */
  async insertIntoCurrent(bytes: Uint8Array, plan: WorkbookPlan): Promise<InsertReport> {
    this.requireApi(INSERT_API, "insertWorksheetsFromBase64");
    assertRequestSize(bytes.length);
    return this.host.run(async (context) => {
      let before: WorkbookContents;
      let fitted: RenamedPlan;
      let base64: string;
      try {
        before = await loadContents(context);
        fitted = renamePlan(plan, before);
        const payload = fitted.changed ? await this.write(fitted.plan) : bytes;
        assertRequestSize(payload.length);
        base64 = toBase64(payload);
      } catch (error) {
        // Nothing has been inserted yet.
        throw error instanceof WorkbookError ? error : new WorkbookError("insertFailed", { reason: reasonOf(error) }, error);
      }
      let inserted: string[] | undefined;
      try {
        const result = context.workbook.insertWorksheetsFromBase64(base64, { positionType: "End" });
        const names = context.workbook.names.load("items/name");
        await context.sync();
        inserted = result.value;
        // Inserting can leave the inserted file's names broken (#REF!): delete what came along, add them anew.
        const present = new Set(names.items.map((item) => nameKey(item.name)));
        for (const name of fitted.plan.names) {
          if (present.has(nameKey(name.name))) names.getItem(name.name).delete();
          names.add(name.name, `=${sheetRef(name.sheet, name.ref)}`);
        }
        if (inserted.length > 0) context.workbook.worksheets.getItem(inserted[0]).activate();
        await context.sync();
      } catch (error) {
        throw await this.undoInsert(context, before, fitted.plan, inserted, error);
      }
      return {
        sheets: fitted.plan.sheets.map((sheet) => sheet.name),
        tables: fitted.plan.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name)),
        names: fitted.plan.names.map((name) => name.name),
        renamed: fitted.renames
      };
    });
  }

  /** Deletes exactly the sheets and names this insert added; returns the error to throw. */
  private async undoInsert(
    context: Excel.RequestContext,
    before: WorkbookContents,
    plan: WorkbookPlan,
    inserted: readonly string[] | undefined,
    cause: unknown
  ): Promise<WorkbookError> {
    const hadSheets = new Set(before.sheets.map(nameKey));
    const hadNames = new Set(before.names.map(nameKey));
    const ourSheets = new Set(plan.sheets.map((sheet) => nameKey(sheet.name)));
    const ourNames = new Set(plan.names.map((name) => nameKey(name.name)));
    const reason = reasonOf(cause);
    try {
      const sheets = context.workbook.worksheets.load("items/name,items/id");
      const names = context.workbook.names.load("items/name");
      await context.sync();
      for (const sheet of sheets.items) {
        const ours = inserted?.includes(sheet.id) || (!hadSheets.has(nameKey(sheet.name)) && ourSheets.has(nameKey(sheet.name)));
        if (ours) sheet.delete();
      }
      for (const name of names.items) if (!hadNames.has(nameKey(name.name)) && ourNames.has(nameKey(name.name))) name.delete();
      await context.sync();
      return new WorkbookError("insertFailed", { reason }, cause);
    } catch (undoError) {
      return new WorkbookError(
        "rollbackFailed",
        { reason, rollback: reasonOf(undoError), sheets: plan.sheets.map((s) => s.name).join(", "), names: plan.names.map((n) => n.name).join(", ") || "–" },
        cause
      );
    }
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
}
