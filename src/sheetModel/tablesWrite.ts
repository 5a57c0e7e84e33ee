/**
 * One write into several tables at once (the evaluator's outcomes go into two tables),
 * planned as a whole before anything is written: every table, key and header must be
 * found and no target cell may hold a formula, or nothing is written. Pure, shared by
 * both gateways; each gateway then writes every planned cell in one step and restores
 * the previous contents when that step fails.
 */
import { cellKey } from "../engine/key";
import type { TableData } from "./gateway";
import type { TableCellUpdates, TableCellWrite, TableColumnLabels } from "./tableCellWrites";
import { tableCellWrites } from "./tableCellWrites";
import { WorkbookError } from "./workbookError";

/** One table's part of a write: rows by the value in the key column, columns by header. */
export interface TableWrite {
  /** The table's name, e.g. "SINV_UtfallVolymer". */
  readonly table: string;
  /** The key column's header in every language, e.g. ["Id", "Id"]. */
  readonly keyHeaders: readonly string[];
  /** Values by key, then by header, e.g. { pupils: { "2017": 12 } }. */
  readonly updates: TableCellUpdates;
  /** Other headers an updated column may have, e.g. { "Faktisk andel": ["Actual share"] }. */
  readonly columnLabels?: TableColumnLabels;
}

/** A table as read for a write: its data and each data cell's formula text. */
export interface TableForWrite {
  readonly data: TableData;
  /**
   * The data body's formulas as Excel's `range.formulas` gives them: the formula with its
   * "=" for a formula cell, the value itself for any other cell.
   */
  readonly formulas: readonly (readonly unknown[])[];
}

/** The planned cells of one table. */
export interface PlannedTableWrite {
  readonly table: string;
  readonly cells: readonly TableCellWrite[];
}

/**
 * Whether a cell holds a formula: its formula text starts with "=" and is not the value
 * itself (a text cell whose text starts with "=" is a value).
 *
 * @example
 * isFormulaCell("=C5+1", 11); // true
 * isFormulaCell(10, 10);      // false
 * isFormulaCell("=x", "=x");  // false: text
 */
export function isFormulaCell(formula: unknown, value: unknown): boolean {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value;
}

/**
 * Plans a write into several tables. Throws a {@link WorkbookError} and plans nothing when
 * a table is missing ("tableMissing"), a key or header is missing ("tableCellsNotFound")
 * or a target cell holds a formula ("formulaInCell", naming the table, the row's key, the
 * column and the cell).
 *
 * @example
 * const read = { data: { headers: ["Id", "2017"], rows: [["pupils", 10]], address: "Uppföljning!A5:B6" }, formulas: [["pupils", 10]] };
 * planTablesWrite([{ table: "SINV_UtfallVolymer", keyHeaders: ["Id"], updates: { pupils: { "2017": 12 } } }], { SINV_UtfallVolymer: read });
 * // [{ table: "SINV_UtfallVolymer", cells: [{ sheet: "Uppföljning", address: "B6", row: 0, col: 1, value: 12 }] }]
 * // with formulas [["pupils", "=A1*2"]] instead: throws "formulaInCell" (Uppföljning!B6, row "pupils", column "2017")
 */
export function planTablesWrite(writes: readonly TableWrite[], tables: Readonly<Record<string, TableForWrite | undefined>>): PlannedTableWrite[] {
  const planned = writes.map((w) => {
    const read = tables[w.table];
    if (!read) throw new WorkbookError("tableMissing", { table: w.table });
    return { table: w.table, cells: tableCellWrites(w.table, read.data, w.keyHeaders, w.updates, w.columnLabels ?? {}), read, write: w };
  });
  for (const { table, cells, read, write } of planned) {
    for (const cell of cells) {
      const formula = read.formulas[cell.row]?.[cell.col];
      if (isFormulaCell(formula, read.data.rows[cell.row]?.[cell.col])) {
        throw new WorkbookError("formulaInCell", { table, row: rowKey(read, write, cell.row), column: read.data.headers[cell.col] ?? "", cell: `${cell.sheet}!${cell.address}`, formula: String(formula) });
      }
    }
  }
  return planned.map(({ table, cells }) => ({ table, cells }));
}

/** The key in the row's key column, as the workbook has it. */
function rowKey(read: TableForWrite, write: TableWrite, row: number): string {
  const keys = write.keyHeaders.map(cellKey);
  const keyCol = read.data.headers.findIndex((h) => keys.includes(cellKey(h)));
  return String(read.data.rows[row]?.[keyCol] ?? "");
}
