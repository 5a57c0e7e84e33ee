/**
 * A single table inserted on a new sheet of its own (the example unit-cost table): a note
 * in A1, the table from A3. It never overwrites anything: the sheet and the table get
 * suffixes when their names are taken, exactly as an inserted workbook plan would.
 */
import type { CellValue } from "./plan";
import { tableRange } from "./a1";
import type { ExistingNames } from "./renamePlan";
import { renamePlan } from "./renamePlan";

/** What to insert. */
export interface TableInsert {
  /** The wanted sheet name, e.g. "Enhetskostnader (exempel)". */
  readonly sheet: string;
  /** A line written above the table (what the table is, e.g. that it is an example). */
  readonly note?: string;
  readonly table: {
    readonly name: string;
    readonly columns: readonly string[];
    readonly rows: readonly (readonly CellValue[])[];
  };
}

/** Where the table went. */
export interface InsertTableReport {
  readonly sheet: string;
  readonly table: string;
  /** The table's range with its header row on the new sheet, e.g. "A3:J46". */
  readonly range: string;
}

/** The note's cell on the new sheet. */
export const TABLE_NOTE_REF = "A1";

/** The header row's first cell on the new sheet. */
export const TABLE_INSERT_REF = "A3";

/** The insert fitted to a workbook: final names, the range and the cell values row by row. */
export interface FittedTableInsert extends InsertTableReport {
  /** Header row then data rows, one value per column ("" for a blank cell, as Excel writes). */
  readonly values: (string | number | boolean)[][];
}

/**
 * Fits a table insert into a workbook: a fresh sheet name (" (2)" suffixes) and a fresh
 * table name ("_2"), tables and defined names sharing one namespace as in Excel.
 *
 * @example
 * fitTableInsert({ sheet: "Enhetskostnader (exempel)", table: { name: "SINV_Enhetskostnader", columns: ["code", "cost"], rows: [["A", 1]] } },
 *   { sheets: ["Enhetskostnader (exempel)"], tables: [], names: [] });
 * // { sheet: "Enhetskostnader (exempel) (2)", table: "SINV_Enhetskostnader", range: "A3:B4", values: [["code", "cost"], ["A", 1]] }
 */
export function fitTableInsert(insert: TableInsert, existing: ExistingNames): FittedTableInsert {
  const { table } = insert;
  const fitted = renamePlan(
    {
      title: insert.sheet,
      lang: "sv",
      formulas: "native",
      sheets: [{ name: insert.sheet, cells: [], columnWidths: {}, tables: [{ name: table.name, ref: TABLE_INSERT_REF, columns: table.columns, rows: table.rows }] }],
      names: []
    },
    existing
  ).plan;
  const sheet = fitted.sheets[0]!;
  const rows = table.rows.length > 0 ? table.rows : [table.columns.map(() => null)];
  return {
    sheet: sheet.name,
    table: sheet.tables[0]!.name,
    range: tableRange(TABLE_INSERT_REF, table.columns.length, rows.length),
    values: [[...table.columns], ...rows.map((row) => table.columns.map((_, c) => row[c] ?? ""))]
  };
}
