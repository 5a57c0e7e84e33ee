/**
 * A workbook in memory: sheets of cells, tables and names, read and changed as a user or
 * a write would, telling listeners after every change. The memory gateway is built on it.
 * Formulas are kept as text and not computed: a formula cell's value is the plan's
 * `expect`, or null.
 */
import type { CellValue, SheetPlan, TablePlan } from "../sheetModel/plan";
import { onSheet as sheetRef } from "../sheetModel/a1";
import { cellAddress, parseCell, tableRange, type CellPosition } from "../sheetModel/a1";
import type { TableData, WorkbookContents } from "../sheetModel/gateway";
import type { WorkbookSnapshot } from "../sheetModel/rebuildTypes";
import { nameKey } from "../sheetModel/renameInFormula";

/** One cell: its value and, for a formula cell, the formula (no leading "="). */
export interface MemoryCell {
  readonly value: CellValue;
  readonly formula?: string;
}

/** A table: its name, sheet and range including the header row, e.g. "A1:C4". */
export interface MemoryTable {
  readonly name: string;
  readonly sheet: string;
  readonly range: string;
}

/** A workbook-scoped name and what it refers to, e.g. "='Översikt'!$C$8". */
export interface MemoryName {
  readonly name: string;
  readonly formula: string;
}

/** A table to start with. */
export interface MemoryTableInit {
  readonly name: string;
  readonly sheet: string;
  /** The header row's first cell. */
  readonly ref: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
}

/** The workbook to start with; sheets of tables are created when not listed. */
export interface MemoryWorkbookInit {
  readonly sheets?: readonly string[];
  readonly tables?: readonly MemoryTableInit[];
  readonly names?: readonly MemoryName[];
}

/** A cell as the read-only sheet view shows it. */
export interface MemoryCellAt extends MemoryCell {
  readonly ref: string;
  readonly row: number;
  readonly col: number;
}

/** A sheet's name and its non-empty cells by address. */
export interface Sheet {
  name: string;
  readonly cells: Map<string, MemoryCell>;
}

/** The workbook's sheets, tables and names, and who listens for changes. */
export class MemoryWorkbook {
  protected readonly sheets: Sheet[] = [];
  protected tables: MemoryTable[] = [];
  protected names: MemoryName[] = [];
  /** Sheets hidden (a rebuild's old sheets, until deleted). */
  protected readonly hidden = new Set<Sheet>();
  private readonly listeners = new Set<() => void>();
  /** Counts the changes so far (for views that re-render on change). */
  version = 0;

  /**
   * @example
   * const book = new MemoryWorkbook({ sheets: ["Översikt"], names: [{ name: "SINV_TotalCost", formula: "='Översikt'!$C$8" }] });
   */
  constructor(initial: MemoryWorkbookInit = {}) {
    for (const name of initial.sheets ?? []) this.addSheet(name);
    for (const table of initial.tables ?? []) {
      if (!this.sheet(table.sheet)) this.addSheet(table.sheet);
      this.addTable(table.sheet, table);
    }
    this.names = [...(initial.names ?? [])];
  }

  protected sheet(name: string): Sheet | undefined {
    return this.sheets.find((sheet) => nameKey(sheet.name) === nameKey(name));
  }

  protected addSheet(name: string): Sheet {
    if (this.sheet(name)) throw new Error(`A sheet named ${name} already exists.`);
    const sheet: Sheet = { name, cells: new Map() };
    this.sheets.push(sheet);
    return sheet;
  }

  protected addTable(sheetName: string, table: Pick<TablePlan, "name" | "ref" | "columns" | "rows">): void {
    if (this.tables.some((t) => nameKey(t.name) === nameKey(table.name))) throw new Error(`A table named ${table.name} already exists.`);
    const start = parseCell(table.ref);
    table.columns.forEach((column, c) => this.setCell(sheetName, cellAddress({ row: start.row, col: start.col + c }), column));
    table.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) this.setCell(sheetName, cellAddress({ row: start.row + 1 + r, col: start.col + c }), value);
      })
    );
    this.tables.push({ name: table.name, sheet: sheetName, range: tableRange(table.ref, table.columns.length, table.rows.length) });
  }

  protected addPlanSheet(plan: SheetPlan): void {
    const sheet = this.addSheet(plan.name);
    // Tables first, then the cells over them, as the file writer does: a formula cell inside a table stays a formula.
    for (const table of plan.tables) this.addTable(plan.name, table);
    for (const cell of plan.cells) {
      const content: MemoryCell = cell.formula !== undefined ? { value: cell.expect ?? null, formula: cell.formula } : { value: cell.value ?? null };
      sheet.cells.set(cellAddress(parseCell(cell.ref)), content);
    }
  }

  /**
   * The workbook as it is now: sheets in tab order, tables and names.
   *
   * @example
   * new MemoryGateway({ initial: { sheets: ["A"] } }).snapshot(); // { sheets: ["A"], tables: [], names: [] }
   */
  snapshot(): { sheets: string[]; tables: MemoryTable[]; names: MemoryName[] } {
    return { sheets: this.sheets.map((s) => s.name), tables: this.tables.map((t) => ({ ...t })), names: this.names.map((n) => ({ ...n })) };
  }

  /**
   * Every sheet's cells (a formula as "=…"), the tables and the names, as Excel would hand them out.
   *
   * @example
   * (await gateway.readWorkbook()).sheets[0]; // { name: "Översikt", cells: { A1: "Översikt", C8: "=SUM(…)" } }
   */
  async readWorkbook(): Promise<WorkbookSnapshot> {
    return {
      sheets: this.sheets.map((sheet) => ({ name: sheet.name, cells: Object.fromEntries([...sheet.cells].map(([ref, c]) => [ref, c.formula !== undefined ? `=${c.formula}` : c.value])) })),
      tables: this.tables.map((t) => ({ name: t.name, sheet: t.sheet })),
      names: this.names.map((n) => ({ ...n }))
    };
  }

  /**
   * The hidden sheets' names (a rebuild whose last step failed leaves its old sheets hidden).
   *
   * @example
   * new MemoryGateway().hiddenSheets(); // []
   */
  hiddenSheets(): string[] {
    return this.sheets.filter((s) => this.hidden.has(s)).map((s) => s.name);
  }

  /**
   * One cell.
   *
   * @example
   * gateway.cell("Effekter", "B4"); // { value: null, formula: "'Översikt (2)'!C8*2" }
   */
  cell(sheet: string, ref: string): MemoryCell | undefined {
    return this.sheet(sheet)?.cells.get(cellAddress(parseCell(ref)));
  }

  /**
   * Sets a cell, as a user typing into it (a value, or a formula without "=").
   *
   * @example
   * gateway.setCell("Indata", "C3", 99000);
   */
  setCell(sheet: string, ref: string, content: CellValue | { readonly formula: string }): void {
    const target = this.sheet(sheet);
    if (!target) throw new Error(`No sheet named ${sheet}.`);
    const address = cellAddress(parseCell(ref));
    if (content !== null && typeof content === "object") target.cells.set(address, { value: null, formula: content.formula });
    else if (content === null) target.cells.delete(address);
    else target.cells.set(address, { value: content });
    this.changed();
  }

  /**
   * Every non-empty cell of a sheet, row by row (for the read-only sheet view).
   *
   * @example
   * gateway.cells("Översikt")[0]; // { ref: "A1", row: 1, col: 1, value: "Översikt" }
   */
  cells(sheet: string): MemoryCellAt[] {
    const target = this.sheet(sheet);
    if (!target) return [];
    return [...target.cells.entries()]
      .map(([ref, cell]) => ({ ...cell, ref, ...parseCell(ref) }))
      .sort((a, b) => a.row - b.row || a.col - b.col);
  }

  /**
   * Calls `listener` after every change to the workbook (cells, sheets, names); the
   * returned function stops it.
   *
   * @example
   * const stop = gateway.subscribe(() => console.log("changed")); // later: stop()
   */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  protected changed(): void {
    this.version += 1;
    for (const listener of [...this.listeners]) listener();
  }

  /**
   * Writes cells all or nothing: `beforeEach` runs before each cell (a test makes it
   * throw); when anything throws, every cell written so far gets its previous content
   * back and the error is rethrown. A null or "" value empties the cell.
   */
  protected writeCells(cells: readonly { readonly sheet: Sheet; readonly address: string; readonly value: CellValue }[], beforeEach?: (where: string) => void): void {
    const previous = cells.map((c) => ({ ...c, was: c.sheet.cells.get(c.address) }));
    const done: typeof previous = [];
    try {
      for (const c of previous) {
        beforeEach?.(`${c.sheet.name}!${c.address}`);
        done.push(c);
        if (c.value === null || c.value === "") c.sheet.cells.delete(c.address);
        else c.sheet.cells.set(c.address, { value: c.value });
      }
    } catch (error) {
      for (const c of done.reverse()) {
        if (c.was === undefined) c.sheet.cells.delete(c.address);
        else c.sheet.cells.set(c.address, c.was);
      }
      throw error;
    }
  }

  /** A table's data body as formula texts (as Excel's `range.formulas`: "=…" for a formula cell, the value otherwise). */
  protected tableFormulas(name: string): unknown[][] | undefined {
    const table = this.tables.find((t) => nameKey(t.name) === nameKey(name));
    const sheet = table && this.sheet(table.sheet);
    if (!table || !sheet) return undefined;
    const [first, last] = table.range.split(":").map(parseCell);
    const rows: unknown[][] = [];
    for (let r = first.row + 1; r <= last.row; r += 1) {
      const row: unknown[] = [];
      for (let c = first.col; c <= last.col; c += 1) {
        const cell = sheet.cells.get(cellAddress({ row: r, col: c }));
        row.push(cell?.formula !== undefined ? `=${cell.formula}` : (cell?.value ?? ""));
      }
      rows.push(row);
    }
    return rows;
  }

  protected readTable(name: string): TableData | undefined {
    const table = this.tables.find((t) => nameKey(t.name) === nameKey(name));
    const sheet = table && this.sheet(table.sheet);
    if (!table || !sheet) return undefined;
    const [first, last] = table.range.split(":").map(parseCell);
    const row = (r: number): unknown[] => {
      const values: unknown[] = [];
      for (let c = first.col; c <= last.col; c += 1) values.push(sheet.cells.get(cellAddress({ row: r, col: c }))?.value ?? "");
      return values;
    };
    const rows: unknown[][] = [];
    for (let r = first.row + 1; r <= last.row; r += 1) rows.push(row(r));
    return { headers: row(first.row).map((value) => String(value)), rows, address: sheetRef(sheet.name, table.range) };
  }

  protected readNamed(name: string): unknown[][] | undefined {
    const found = this.namedRange(name);
    return found && this.rangeValues(found.sheet, found.first, found.last);
  }

  protected namedRange(name: string): { sheet: Sheet; first: CellPosition; last: CellPosition } | undefined {
    const named = this.names.find((n) => nameKey(n.name) === nameKey(name));
    const m = named && /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]+\$?\d+)(?::(\$?[A-Z]+\$?\d+))?$/.exec(named.formula);
    if (!m) return undefined;
    const sheet = this.sheet(m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string));
    if (!sheet) return undefined;
    const first = parseCell((m[3] as string).replace(/\$/g, ""));
    const last = parseCell((m[4] ?? (m[3] as string)).replace(/\$/g, ""));
    return { sheet, first, last };
  }

  protected rangeValues(sheet: Sheet, first: CellPosition, last: CellPosition): unknown[][] {
    const rows: unknown[][] = [];
    for (let r = first.row; r <= last.row; r += 1) {
      const values: unknown[] = [];
      for (let c = first.col; c <= last.col; c += 1) values.push(sheet.cells.get(cellAddress({ row: r, col: c }))?.value ?? "");
      rows.push(values);
    }
    return rows;
  }

  protected contents(): WorkbookContents {
    return { sheets: this.sheets.map((s) => s.name), tables: this.tables.map((t) => t.name), names: this.names.map((n) => n.name) };
  }
}
