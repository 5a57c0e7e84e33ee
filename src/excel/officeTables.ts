/**
 * Small Office.js pieces the gateway's operations share: loading a table's header, body
 * and address in one queue, the workbook's contents, and wrapping an error as a
 * {@link WorkbookError} of a kind.
 */
import type { TableData, WorkbookContents } from "../sheetModel/gateway";
import { reasonOf, WorkbookError } from "../sheetModel/workbookError";

/**
 * An error as a WorkbookError of the kind, unless it is one already.
 *
 * @example
 * wrap("readFailed", new Error("busy")).kind; // "readFailed"
 */
export const wrap = (kind: "readFailed" | "writeFailed" | "eventsFailed" | "insertTableFailed", error: unknown): WorkbookError =>
  error instanceof WorkbookError ? error : new WorkbookError(kind, { reason: reasonOf(error) }, error);

/** A table whose header, body and address are queued for loading. */
export interface PendingTable {
  readonly name: string;
  readonly table: Excel.Table;
  readonly header: Excel.Range;
  readonly body: Excel.Range;
  readonly whole: Excel.Range;
}

/**
 * Queues the loads of a table's header values, body values (and formulas, for a write)
 * and address.
 *
 * @example
 * const p = queueTable("SINV_Effekter", context.workbook.tables.getItem("SINV_Effekter")); await context.sync();
 */
export function queueTable(name: string, table: Excel.Table, withFormulas = false): PendingTable {
  return {
    name,
    table,
    header: table.getHeaderRowRange().load("values"),
    body: table.getDataBodyRange().load(withFormulas ? "values,formulas" : "values"),
    whole: table.getRange().load("address")
  };
}

/**
 * The loaded table as data.
 *
 * @example
 * tableData(p).headers; // ["Id", "Effekt", …]
 */
export function tableData(pending: PendingTable): TableData {
  return {
    headers: (pending.header.values[0] ?? []).map((value) => String(value)),
    rows: pending.body.values.map((row) => [...row]),
    address: pending.whole.address
  };
}

/**
 * The workbook's sheet, table and name names, in one sync.
 *
 * @example
 * (await loadContents(context)).sheets; // ["Översikt", "Parametrar", …]
 */
export async function loadContents(context: Excel.RequestContext): Promise<WorkbookContents> {
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  const names = context.workbook.names.load("items/name");
  await context.sync();
  return { sheets: sheets.items.map((s) => s.name), tables: tables.items.map((t) => t.name), names: names.items.map((n) => n.name) };
}
