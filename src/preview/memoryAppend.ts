/**
 * Appending rows to a table in memory, as Excel's `table.rows.add` would: the rows go
 * directly below the table, which grows to cover them; existing rows are never touched.
 * All or nothing: the cells below must be empty, and a failed write leaves them empty.
 */
import { cellAddress, onSheet, parseCell } from "../sheetModel/a1";
import type { CellValue } from "../sheetModel/plan";
import type { AppendRowsReport } from "../sheetModel/rebuildTypes";
import { nameKey } from "../sheetModel/renameInFormula";
import { NAMED_CELLS } from "../sheetModel/rebuildPlan";
import { reasonOf, WorkbookError } from "../sheetModel/workbookError";
import type { MemoryTable, Sheet } from "./memoryWorkbook";

/** What appending needs of the memory workbook. */
export interface AppendableBook {
  sheet(name: string): Sheet | undefined;
  /** The workbook's tables; the appended table's entry is replaced by its grown range. */
  readonly tables: MemoryTable[];
  /** Writes cells all or nothing (throws, everything put back, on failure). */
  write(cells: readonly { readonly sheet: Sheet; readonly address: string; readonly value: CellValue }[]): void;
}

/**
 * Appends `rows` (values in column order) below the table.
 *
 * @example
 * appendInMemory(book, "SINV_Enhetskostnader", [["SKOLA", "Elev", 120000]]);
 * // { table: "SINV_Enhetskostnader", rows: 1, address: "Indata!A1:C3" } for a table that covered A1:C2
 */
export function appendInMemory(book: AppendableBook, name: string, rows: readonly (readonly CellValue[])[]): AppendRowsReport {
  const at = book.tables.findIndex((t) => nameKey(t.name) === nameKey(name));
  const table = book.tables[at];
  const sheet = table && book.sheet(table.sheet);
  if (!table || !sheet) throw new WorkbookError("tableMissing", { table: name });
  const [first, last] = table.range.split(":").map(parseCell);
  const width = last.col - first.col + 1;
  const cells = rows.flatMap((row, r) =>
    Array.from({ length: width }, (_, c) => ({ sheet, address: cellAddress({ row: last.row + 1 + r, col: first.col + c }), value: row[c] ?? null }))
  );
  const taken = cells.filter((c) => sheet.cells.has(c.address)).map((c) => `${sheet.name}!${c.address}`);
  if (taken.length > 0) throw new WorkbookError("appendBlocked", { table: table.name, cells: taken.slice(0, NAMED_CELLS).join(", ") });
  try {
    book.write(cells.filter((c) => c.value !== null && c.value !== ""));
  } catch (error) {
    throw new WorkbookError("appendFailed", { table: table.name, reason: reasonOf(error) }, error);
  }
  const range = `${cellAddress(first)}:${cellAddress({ row: last.row + rows.length, col: last.col })}`;
  book.tables.splice(at, 1, { ...table, range });
  return { table: table.name, rows: rows.length, address: onSheet(sheet.name, range) };
}
