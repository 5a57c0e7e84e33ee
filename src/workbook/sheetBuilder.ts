import { cellRef, parseCell } from "../sheetModel/a1";
import type { CellPlan, CellStyle, CellValue, ChartPlan, SheetPlan, TablePlan } from "../sheetModel/plan";
import { fitCell } from "./fitCell";

/** Options of one cell written through a {@link SheetBuilder}. */
export interface CellOptions {
  readonly numFmt?: string;
  readonly style?: CellStyle;
  readonly expect?: number | boolean | string;
  /** The text wraps within its cell; the row is made tall enough. */
  readonly wrap?: boolean;
}

/**
 * Collects one sheet's cells and tables; `build()` returns the immutable {@link SheetPlan}.
 * Local mutation only: a sheet function creates one, fills it and returns the plan.
 *
 * @example
 * const b = new SheetBuilder("Parametrar");
 * b.value(1, 1, "Startår", { style: "label" });
 * b.build().cells[0].ref; // "A1"
 */
export class SheetBuilder {
  private readonly cells = new Map<string, CellPlan>();
  private readonly tables: TablePlan[] = [];
  private readonly columnWidths: Record<number, number> = {};
  private frozen: { rows: number; columns: number } | undefined;
  private readonly proseCells: { row: number; column: number }[] = [];
  private readonly charts: ChartPlan[] = [];

  constructor(readonly name: string) {}

  /** Writes a literal value; a text longer than a cell holds is cut to fit ({@link fitCell}). */
  value(row: number, column: number, value: CellValue, options: CellOptions = {}): string {
    const ref = cellRef(row, column);
    this.cells.set(ref, { ref, value: typeof value === "string" ? fitCell(value) : value, ...options });
    return ref;
  }

  /**
   * Writes a text for people to read (a hint, a note, a source): it wraps, across the
   * sheet's printed width from its column (merged when the sheet is built), and its row is
   * made tall enough. Nothing else may stand to its right on that row.
   */
  prose(row: number, column: number, text: string, options: CellOptions = {}): string {
    this.spanRow(row, column);
    return this.value(row, column, text, { ...options, wrap: true });
  }

  /** Merges the cell at (row, column) with the rest of its row up to the sheet's last column when the sheet is built. */
  spanRow(row: number, column: number): void {
    this.proseCells.push({ row, column });
  }

  /** Writes a formula (no leading "="); `expect` is the engine's value for it. */
  formula(row: number, column: number, formula: string, options: CellOptions = {}): string {
    const ref = cellRef(row, column);
    this.cells.set(ref, { ref, formula, ...options });
    return ref;
  }

  /** Adds a table whose header row starts at (row, column). */
  table(table: Omit<TablePlan, "ref">, row: number, column: number): void {
    this.tables.push({ ...table, ref: cellRef(row, column) });
  }

  /**
   * Makes a table (ListObject) of cells already written: the header texts of row
   * `headerRow`, the data rows below it to `lastRow`, `columns` wide from `column`. The
   * cells stay as written (formulas too: a writer puts the cells after the table); the
   * table's rows carry their values, a formula cell's `expect`, so the table reads as the
   * workbook shows it.
   *
   * @example
   * b.value(9, 1, "Id", { style: "header" }); b.value(10, 1, "placement");
   * b.tableOverCells("SINV_OsakerhetAndelar", 9, 1, 10, 1); // a table A9:A10
   */
  tableOverCells(name: string, headerRow: number, column: number, lastRow: number, columns: number): void {
    const at = (row: number, c: number): CellValue => {
      const cell = this.cells.get(cellRef(row, column + c));
      if (!cell) return null;
      if (cell.formula !== undefined) return cell.expect ?? null;
      return cell.value ?? null;
    };
    const span = Array.from({ length: columns }, (_, c) => c);
    const rows = Array.from({ length: Math.max(0, lastRow - headerRow) }, (_, r) => span.map((c) => at(headerRow + 1 + r, c)));
    this.table({ name, columns: span.map((c) => String(at(headerRow, c) ?? "")), rows }, headerRow, column);
  }

  /** Sets a column's width in characters. */
  width(column: number, chars: number): void {
    this.columnWidths[column] = chars;
  }

  /** Sets the widths of consecutive columns from `firstColumn`. */
  widths(firstColumn: number, chars: readonly number[]): void {
    chars.forEach((c, i) => this.width(firstColumn + i, c));
  }

  /** Keeps the first rows and columns in view. */
  freeze(rows: number, columns: number): void {
    this.frozen = { rows, columns };
  }

  /** The last column holding a cell or a table (1 when empty). */
  private lastColumn(): number {
    let last = 1;
    for (const ref of this.cells.keys()) last = Math.max(last, parseCell(ref).col);
    for (const t of this.tables) last = Math.max(last, parseCell(t.ref).col + t.columns.length - 1);
    return last;
  }

  /** Adds a native chart drawn from this sheet's cells. */
  chart(chart: ChartPlan): void {
    this.charts.push(chart);
  }

  /** The last row holding a cell or a table row so far (0 on an empty sheet). */
  lastRow(): number {
    const cells = [...this.cells.keys()].map((ref) => parseCell(ref).row);
    const tables = this.tables.map((t) => parseCell(t.ref).row + Math.max(t.rows.length, 1));
    return Math.max(0, ...cells, ...tables);
  }

  /** The column widths set so far, by 1-based column. */
  widthsSoFar(): Readonly<Record<number, number>> {
    return { ...this.columnWidths };
  }

  /** The sheet as a plan; each prose text is merged from its column to the sheet's last one. */
  build(): SheetPlan {
    const last = this.lastColumn();
    const merges = this.proseCells.filter((p) => p.column < last).map((p) => `${cellRef(p.row, p.column)}:${cellRef(p.row, last)}`);
    return {
      name: this.name,
      cells: [...this.cells.values()],
      tables: this.tables.slice(),
      columnWidths: { ...this.columnWidths },
      ...(this.frozen ? { freeze: this.frozen } : {}),
      ...(merges.length > 0 ? { merges } : {}),
      ...(this.charts.length > 0 ? { charts: this.charts.slice() } : {})
    };
  }
}
