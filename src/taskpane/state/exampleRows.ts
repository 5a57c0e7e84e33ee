/**
 * The example unit-cost rows a stand-alone SINV_Enhetskostnader table (one the picker
 * inserted from the example table, or one of the user's with the same headers) lacks,
 * in that table's column order, matched by code as Excel compares.
 */
import { matchKey } from "../../engine/key";
import type { TableData } from "../../sheetModel/gateway";
import type { CellValue } from "../../sheetModel/plan";
import { exampleTable } from "./exampleTable";

/** The example table's column holding the code, and the one holding a note (marked as example). */
const CODE = "code";
const NOTE = "note";

/**
 * The missing rows, laid out for `table`; a table without a "code" column gets none.
 * Decided here: each row's note (when the table has a note column) starts with `mark`, so the row reads as example data.
 *
 * @example
 * missingExampleRows(csv, { headers: ["code", "cost_sek", "note"], rows: [["A", 1, ""]], address: "X!A3:C4" }, "Exempel");
 * // [["B", 2, "Exempel. Avser riket."]] when the CSV holds A and B
 */
export function missingExampleRows(csv: string, table: TableData, mark: string): CellValue[][] {
  const example = exampleTable(csv);
  const at = (headers: readonly string[], name: string): number => headers.findIndex((h) => matchKey(String(h)) === matchKey(name));
  const codeHere = at(table.headers, CODE);
  const codeThere = at(example.columns, CODE);
  if (codeHere < 0 || codeThere < 0) return [];
  const have = new Set(table.rows.map((r) => matchKey(String(r[codeHere] ?? ""))));
  const columns = table.headers.map((h) => at(example.columns, String(h)));
  return example.rows
    .filter((row) => !have.has(matchKey(String(row[codeThere] ?? ""))))
    .map((row) =>
      columns.map((c, i) => {
        const value = c < 0 ? null : (row[c] ?? null);
        return matchKey(String(table.headers[i])) === matchKey(NOTE) ? `${mark}.${value ? ` ${String(value)}` : ""}` : value;
      })
    );
}
