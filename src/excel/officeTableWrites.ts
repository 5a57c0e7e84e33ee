/**
 * Writing into several tables at once on Office.js, all or nothing, in one `Excel.run`:
 *
 * 1. one sync reads every table's headers, values, formulas and address; the rows are
 *    found by key and the columns by header, and a target cell holding a formula refuses
 *    the whole write (nothing written);
 * 2. one sync loads every table's body again, then writes every cell: the loads are
 *    queued before the writes, so they show the cells just before writing. If they differ
 *    from step 1 (the user sorted or edited in between), step 3 puts them back and the
 *    write is refused;
 * 3. only after a failure: one sync restores each written cell's previous content.
 */
import type { TableCellWrite, WriteTableCellsReport } from "../sheetModel/tableCellWrites";
import type { TableForWrite, TableWrite } from "../sheetModel/tablesWrite";
import { planTablesWrite } from "../sheetModel/tablesWrite";
import { WorkbookError } from "../sheetModel/workbookError";
import { restoreCellsAndThrow, type CellToRestore } from "./officeRestore";
import type { PendingTable } from "./officeTables";
import { queueTable, tableData, wrap } from "./officeTables";

const sameMatrix = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes the cells of every table in one sync, after checking all of them; on failure the
 * cells get their previous contents back and a {@link WorkbookError} is thrown.
 *
 * @returns the sheet-qualified cells written, table by table.
 *
 * @example
 * await writeTablesBodies(context, [
 *   { table: "SINV_UtfallVolymer", keyHeaders: ["Id"], updates: { pupils: { "2017": 12 } } },
 *   { table: "SINV_UtfallAndelar", keyHeaders: ["Effekt", "Effect"], updates: { placement: { "Faktisk andel": 0.1 } } }
 * ]); // { cells: ["Uppföljning!C6", "Uppföljning!C11"] }
 */
export async function writeTablesBodies(context: Excel.RequestContext, writes: readonly TableWrite[]): Promise<WriteTableCellsReport> {
  const names = [...new Set(writes.map((w) => w.table))];
  let pending: PendingTable[];
  try {
    pending = names.map((name) => queueTable(name, context.workbook.tables.getItemOrNullObject(name), true));
    await context.sync();
  } catch (error) {
    throw wrap("readFailed", error);
  }
  const read: Record<string, TableForWrite | undefined> = {};
  for (const p of pending) read[p.name] = p.table.isNullObject ? undefined : { data: tableData(p), formulas: p.body.formulas };
  const planned = planTablesWrite(writes, read);
  if (planned.every((p) => p.cells.length === 0)) return { cells: [] };
  const byName = new Map(pending.map((p) => [p.name, p]));
  const targets: Target[] = planned.flatMap((p) => p.cells.map((cell) => ({ table: p.table, cell, body: (byName.get(p.table) as PendingTable).body })));
  let now: Map<string, Excel.Range>;
  try {
    now = new Map(planned.map((p) => [p.table, (byName.get(p.table) as PendingTable).table.getDataBodyRange().load("values,formulas")]));
    for (const t of targets) t.body.getCell(t.cell.row, t.cell.col).values = [[t.cell.value ?? ""]];
    await context.sync();
  } catch (error) {
    return restoreCellsAndThrow(context, targets.map((t) => toRestore(t, read[t.table] as TableForWrite)), error);
  }
  const changed = [...now].find(([name, body]) => {
    const was = byName.get(name) as PendingTable;
    return !sameMatrix(body.values, was.body.values) || !sameMatrix(body.formulas, was.body.formulas);
  });
  if (changed) {
    const justBefore = (table: string): TableForWrite => {
      const body = now.get(table) as Excel.Range;
      return { data: { headers: [], rows: body.values, address: "" }, formulas: body.formulas };
    };
    return restoreCellsAndThrow(context, targets.map((t) => toRestore(t, justBefore(t.table))), new WorkbookError("tableChanged", { table: changed[0] }));
  }
  return { cells: targets.map((t) => `${t.cell.sheet}!${t.cell.address}`) };
}

/** A planned cell with the table body it is in. */
interface Target {
  readonly table: string;
  readonly cell: TableCellWrite;
  readonly body: Excel.Range;
}

/** The target cell with its content in `state`. */
function toRestore(t: Target, state: TableForWrite): CellToRestore {
  const { row, col } = t.cell;
  return { cell: t.body.getCell(row, col), value: state.data.rows[row]?.[col] ?? "", formula: state.formulas[row]?.[col] ?? "", address: `${t.cell.sheet}!${t.cell.address}` };
}
