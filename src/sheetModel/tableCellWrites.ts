/**
 * Where values go in an input table (a ListObject as `readTables` returns it): rows found
 * by the value in a key column, columns by their header, both compared ignoring case and
 * surrounding space, never by a fixed position. Pure, shared by both gateways.
 */
import { cellKey } from "../engine/key";
import type { CellValue } from "./plan";
import { cellAddress } from "./a1";
import type { TableData } from "./gateway";
import { parseSheetAddress } from "./sheetAddress";
import { WorkbookError } from "./workbookError";

/** Values to write, by the row's key and then by column header, e.g. { pupils: { "2017": 12 } }. */
export type TableCellUpdates = Readonly<Record<string, Readonly<Record<string, CellValue>>>>;

/**
 * Other headers a column of the updates may have in the workbook (its label in the other
 * language), by the header used in the updates, e.g. { "Faktisk andel": ["Actual share"] }.
 */
export type TableColumnLabels = Readonly<Record<string, readonly string[]>>;

/** One single-cell write. */
export interface TableCellWrite {
  readonly sheet: string;
  /** The cell, e.g. "C5". */
  readonly address: string;
  /** 0-based row within the table's data rows. */
  readonly row: number;
  /** 0-based column within the table. */
  readonly col: number;
  readonly value: CellValue;
}

/** What a table write changed, for the pane to report. */
export interface WriteTableCellsReport {
  /** Sheet-qualified addresses written, e.g. ["Uppföljning!C5"]. */
  readonly cells: readonly string[];
}

/**
 * The cells to write. Every key must be found in the key column and every header among the
 * table's headers; otherwise nothing is written and a {@link WorkbookError}
 * "tableCellsNotFound" names what is missing.
 *
 * @param table - the table's name (for the error).
 * @param data - the table as read.
 * @param keyHeaders - the key column's header in every language, e.g. ["Effekt", "Effect"].
 * @param updates - values by key, then by header.
 * @param columnLabels - other headers an updated column may have.
 *
 * @example
 * tableCellWrites("SINV_UtfallVolymer", { headers: ["Id", "Målgrupp", "2017"], rows: [["pupils", "Elever", 10]], address: "Uppföljning!A5:C6" }, ["Id"], { pupils: { "2017": 12 } });
 * // [{ sheet: "Uppföljning", address: "C6", row: 0, col: 2, value: 12 }]
 */
export function tableCellWrites(
  table: string,
  data: TableData,
  keyHeaders: readonly string[],
  updates: TableCellUpdates,
  columnLabels: TableColumnLabels = {}
): TableCellWrite[] {
  const where = parseSheetAddress(data.address);
  if (!where) throw new WorkbookError("tableCellsNotFound", { table, missing: data.address });
  const headers = data.headers.map(cellKey);
  const keys = keyHeaders.map(cellKey);
  const keyCol = headers.findIndex((h) => keys.includes(h));
  if (keyCol < 0) throw new WorkbookError("tableCellsNotFound", { table, missing: `"${keyHeaders[0] ?? ""}"` });
  const writes: TableCellWrite[] = [];
  const missing: string[] = [];
  const columnOf = (header: string): number => {
    const others = Object.entries(columnLabels).flatMap(([label, alternatives]) => (cellKey(label) === cellKey(header) ? alternatives : []));
    const wanted = [header, ...others].map(cellKey);
    return headers.findIndex((h) => wanted.includes(h));
  };
  for (const [key, values] of Object.entries(updates)) {
    const row = data.rows.findIndex((cells) => cellKey(cells[keyCol]) !== "" && cellKey(cells[keyCol]) === cellKey(key));
    if (row < 0) {
      missing.push(`"${key}"`);
      continue;
    }
    for (const [header, value] of Object.entries(values)) {
      const col = columnOf(header);
      if (col < 0 || col === keyCol) {
        if (!missing.includes(`"${header}"`)) missing.push(`"${header}"`);
        continue;
      }
      writes.push({ sheet: where.sheet, address: cellAddress({ row: where.first.row + 1 + row, col: where.first.col + col }), row, col, value });
    }
  }
  if (missing.length > 0) throw new WorkbookError("tableCellsNotFound", { table, missing: missing.join(", ") });
  return writes;
}
