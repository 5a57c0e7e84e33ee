/**
 * The workbook gateway in memory: a workbook as sheets of cells, tables and names. It
 * behaves like {@link OfficeGateway} (same renaming, same undo on failure, same table
 * values) without Excel, for the browser preview and for tests. Formulas are kept as
 * text and not computed: a formula cell's value is the plan's `expect`, or null.
 */
import type { CellValue, SheetPlan, TablePlan, WorkbookPlan } from "../sheetModel/plan";
import { PARAMETERS_NAME } from "../workbook/tableNames";
import { sheetRef } from "../writer/sheetName";
import { cellAddress, parseCell, tableRange, type CellPosition } from "../sheetModel/a1";
import type { InsertReport, TableData, Unsubscribe, WorkbookContents, WorkbookGateway } from "../sheetModel/gateway";
import type { NamedScenario } from "../sheetModel/namedScenarios";
import { parseScenarios, serializeScenarios } from "../sheetModel/namedScenarios";
import type { ParameterLabels, ParameterValues, WriteParametersReport } from "../sheetModel/parameterWrites";
import { parameterWrites } from "../sheetModel/parameterWrites";
import { nameKey } from "../sheetModel/renameInFormula";
import { renamePlan } from "../sheetModel/renamePlan";
import type { TableCellUpdates, TableColumnLabels, WriteTableCellsReport } from "../sheetModel/tableCellWrites";
import { tableCellWrites } from "../sheetModel/tableCellWrites";
import { assertRequestSize } from "../sheetModel/requestLimit";
import type { InsertTableReport, TableInsert } from "../sheetModel/tableInsert";
import { fitTableInsert, TABLE_INSERT_REF, TABLE_NOTE_REF } from "../sheetModel/tableInsert";
import { reasonOf, WorkbookError } from "../sheetModel/workbookError";

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

/** The points of an insert where a test can make it fail. */
export type InsertStep = "sheets" | "names";

/** Options of the memory gateway. */
export interface MemoryGatewayOptions {
  readonly initial?: MemoryWorkbookInit;
  /** Called during an insert after each step; an exception thrown here makes the insert fail (tests). */
  readonly onInsertStep?: (step: InsertStep) => void;
}

interface Sheet {
  name: string;
  readonly cells: Map<string, MemoryCell>;
}

/** A workbook in memory behind the {@link WorkbookGateway} interface. */
export class MemoryGateway implements WorkbookGateway {
  /** Workbooks opened with {@link openAsNewWorkbook}, in order (the current workbook does not change). */
  readonly opened: Uint8Array[] = [];
  private readonly sheets: Sheet[] = [];
  private tables: MemoryTable[] = [];
  private names: MemoryName[] = [];
  private readonly onInsertStep?: (step: InsertStep) => void;
  private readonly listeners = new Set<() => void>();
  /** The stored scenarios as the file would hold them (a JSON text), undefined when none were saved. */
  private storedScenarios: string | undefined;
  /** Counts the changes so far (for views that re-render on change). */
  version = 0;
  /** The last cell selected with {@link selectCell}. */
  selected: { readonly sheet: string; readonly address: string } | undefined;

  /**
   * @example
   * const gateway = new MemoryGateway({ initial: { sheets: ["Översikt"], names: [{ name: "SINV_TotalCost", formula: "='Översikt'!$C$8" }] } });
   */
  constructor(options: MemoryGatewayOptions = {}) {
    this.onInsertStep = options.onInsertStep;
    const initial = options.initial ?? {};
    for (const name of initial.sheets ?? []) this.addSheet(name);
    for (const table of initial.tables ?? []) {
      if (!this.sheet(table.sheet)) this.addSheet(table.sheet);
      this.addTable(table.sheet, table);
    }
    this.names = [...(initial.names ?? [])];
  }

  private sheet(name: string): Sheet | undefined {
    return this.sheets.find((sheet) => nameKey(sheet.name) === nameKey(name));
  }

  private addSheet(name: string): Sheet {
    if (this.sheet(name)) throw new Error(`A sheet named ${name} already exists.`);
    const sheet: Sheet = { name, cells: new Map() };
    this.sheets.push(sheet);
    return sheet;
  }

  private addTable(sheetName: string, table: Pick<TablePlan, "name" | "ref" | "columns" | "rows">): void {
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

  private addPlanSheet(plan: SheetPlan): void {
    const sheet = this.addSheet(plan.name);
    for (const cell of plan.cells) {
      const content: MemoryCell = cell.formula !== undefined ? { value: cell.expect ?? null, formula: cell.formula } : { value: cell.value ?? null };
      sheet.cells.set(cellAddress(parseCell(cell.ref)), content);
    }
    for (const table of plan.tables) this.addTable(plan.name, table);
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

  private changed(): void {
    this.version += 1;
    for (const listener of [...this.listeners]) listener();
  }

  /**
   * Records the workbook as opened; the current workbook stays as it is, as in Excel.
   *
   * @example
   * await gateway.openAsNewWorkbook(bytes); // gateway.opened.length === 1
   */
  async openAsNewWorkbook(bytes: Uint8Array): Promise<void> {
    assertRequestSize(bytes.length);
    this.opened.push(bytes);
  }

  /**
   * Adds the plan, renamed to fit, to the workbook; on failure removes what it added.
   *
   * @example
   * const report = await gateway.insertIntoCurrent(await writeXlsx(plan), plan);
   */
  async insertIntoCurrent(bytes: Uint8Array, plan: WorkbookPlan): Promise<InsertReport> {
    assertRequestSize(bytes.length);
    const before = this.contents();
    const { plan: fitted, renames: renamed } = renamePlan(plan, before);
    const addedSheets: string[] = [];
    const addedNames: string[] = [];
    try {
      for (const sheet of fitted.sheets) {
        this.addPlanSheet(sheet);
        addedSheets.push(sheet.name);
      }
      this.onInsertStep?.("sheets");
      for (const name of fitted.names) {
        if (this.names.some((n) => nameKey(n.name) === nameKey(name.name))) throw new Error(`A name ${name.name} already exists.`);
        this.names.push({ name: name.name, formula: `=${sheetRef(name.sheet, name.ref)}` });
        addedNames.push(name.name);
      }
      this.onInsertStep?.("names");
    } catch (error) {
      const sheets = new Set(addedSheets.map(nameKey));
      const names = new Set(addedNames.map(nameKey));
      for (let i = this.sheets.length - 1; i >= 0; i -= 1) if (sheets.has(nameKey(this.sheets[i].name))) this.sheets.splice(i, 1);
      this.tables = this.tables.filter((table) => !sheets.has(nameKey(table.sheet)));
      this.names = this.names.filter((name) => !names.has(nameKey(name.name)));
      throw new WorkbookError("insertFailed", { reason: reasonOf(error) }, error);
    }
    this.changed();
    return {
      sheets: fitted.sheets.map((sheet) => sheet.name),
      tables: fitted.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name)),
      names: fitted.names.map((name) => name.name),
      renamed
    };
  }

  /**
   * Reads tables from the cells they cover now; an empty cell reads as "".
   *
   * @example
   * (await gateway.readTables(["SINV_Enhetskostnader"])).SINV_Enhetskostnader?.rows; // [["KONTAKT", 95000.37], …]
   */
  async readTables(names: readonly string[]): Promise<Record<string, TableData | undefined>> {
    return Object.fromEntries(names.map((name) => [name, this.readTable(name)]));
  }

  private readTable(name: string): TableData | undefined {
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

  /**
   * Reads named ranges from the cells they cover now; an empty cell reads as "".
   *
   * @example
   * (await gateway.readNamedValues(["SINV_Investment"])).SINV_Investment; // [["Bryggan"]]
   */
  async readNamedValues(names: readonly string[]): Promise<Record<string, unknown[][] | undefined>> {
    return Object.fromEntries(names.map((name) => [name, this.readNamed(name)]));
  }

  private readNamed(name: string): unknown[][] | undefined {
    const found = this.namedRange(name);
    return found && this.rangeValues(found.sheet, found.first, found.last);
  }

  private namedRange(name: string): { sheet: Sheet; first: CellPosition; last: CellPosition } | undefined {
    const named = this.names.find((n) => nameKey(n.name) === nameKey(name));
    const m = named && /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]+\$?\d+)(?::(\$?[A-Z]+\$?\d+))?$/.exec(named.formula);
    if (!m) return undefined;
    const sheet = this.sheet(m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string));
    if (!sheet) return undefined;
    const first = parseCell((m[3] as string).replace(/\$/g, ""));
    const last = parseCell((m[4] ?? (m[3] as string)).replace(/\$/g, ""));
    return { sheet, first, last };
  }

  private rangeValues(sheet: Sheet, first: CellPosition, last: CellPosition): unknown[][] {
    const rows: unknown[][] = [];
    for (let r = first.row; r <= last.row; r += 1) {
      const values: unknown[] = [];
      for (let c = first.col; c <= last.col; c += 1) values.push(sheet.cells.get(cellAddress({ row: r, col: c }))?.value ?? "");
      rows.push(values);
    }
    return rows;
  }

  private contents(): WorkbookContents {
    return { sheets: this.sheets.map((s) => s.name), tables: this.tables.map((t) => t.name), names: this.names.map((n) => n.name) };
  }

  /**
   * The workbook's sheets, tables and names.
   *
   * @example
   * await gateway.listSheetsTablesNames(); // { sheets: ["Översikt"], tables: [], names: ["SINV_TotalCost"] }
   */
  async listSheetsTablesNames(): Promise<WorkbookContents> {
    return this.contents();
  }

  /**
   * Stores the scenarios with the workbook, as the JSON text Office would keep.
   *
   * @example
   * await gateway.saveScenarios([{ name: "Hälften", settings }]); // (await gateway.loadScenarios())[0].name === "Hälften"
   */
  async saveScenarios(list: readonly NamedScenario[]): Promise<void> {
    this.storedScenarios = serializeScenarios(list);
    this.changed();
  }

  /**
   * The stored scenarios, read back strictly.
   *
   * @example
   * await new MemoryGateway().loadScenarios(); // []
   */
  async loadScenarios(): Promise<NamedScenario[]> {
    return parseScenarios(this.storedScenarios);
  }

  /**
   * Writes values into the parameter block found through the name SINV_Parametrar.
   *
   * @example
   * await gateway.writeParameters({ shareFactor: 0.5 }, { shareFactor: ["Effektandel × (scenario)"] }); // { cells: ["Parametrar!B14"] }
   */
  async writeParameters(values: ParameterValues, labels: ParameterLabels): Promise<WriteParametersReport> {
    const found = this.namedRange(PARAMETERS_NAME);
    if (!found) throw new WorkbookError("parametersMissing", { name: PARAMETERS_NAME });
    const writes = parameterWrites(this.rangeValues(found.sheet, found.first, found.last), values, labels);
    const cells = writes.map((w) => cellAddress({ row: found.first.row + w.row, col: found.first.col + 1 }));
    writes.forEach((w, i) => found.sheet.cells.set(cells[i] as string, { value: w.value }));
    this.changed();
    return { cells: cells.map((ref) => `${found.sheet.name}!${ref}`) };
  }

  /**
   * Writes values into a table's cells, rows found by key and columns by header.
   *
   * @example
   * await gateway.writeTableCells("SINV_UtfallAndelar", ["Effekt", "Effect"], { placement: { "Faktisk andel": 0.1 } }); // { cells: ["Uppföljning!C22"] }
   */
  async writeTableCells(table: string, keyHeaders: readonly string[], updates: TableCellUpdates, columnLabels: TableColumnLabels = {}): Promise<WriteTableCellsReport> {
    const data = this.readTable(table);
    const found = this.tables.find((t) => nameKey(t.name) === nameKey(table));
    const sheet = found && this.sheet(found.sheet);
    if (!data || !sheet) throw new WorkbookError("tableMissing", { table });
    const writes = tableCellWrites(table, data, keyHeaders, updates, columnLabels);
    for (const w of writes) {
      if (w.value === null || w.value === "") sheet.cells.delete(w.address);
      else sheet.cells.set(w.address, { value: w.value });
    }
    this.changed();
    return { cells: writes.map((w) => `${sheet.name}!${w.address}`) };
  }

  /**
   * Remembers the selection (in {@link selected}); a missing sheet is an error as in Excel.
   *
   * @example
   * await gateway.selectCell("Effekter", "F5"); // gateway.selected = { sheet: "Effekter", address: "F5" }
   */
  async selectCell(sheet: string, address: string): Promise<void> {
    const target = this.sheet(sheet);
    if (!target) throw new WorkbookError("sheetMissing", { sheet });
    this.selected = { sheet: target.name, address };
  }

  /**
   * Calls `handler` after every change (as a user editing a cell, or a write).
   *
   * @example
   * const stop = await gateway.onTablesChanged(() => reread()); // later: await stop()
   */
  async onTablesChanged(handler: () => void): Promise<Unsubscribe> {
    const stop = this.subscribe(handler);
    return async () => stop();
  }

  /**
   * Adds the table on a new sheet (suffixed names when taken), with the note in A1.
   *
   * @example
   * (await gateway.insertTable({ sheet: "Enhetskostnader (exempel)", table })).sheet; // "Enhetskostnader (exempel)"
   */
  async insertTable(insert: TableInsert): Promise<InsertTableReport> {
    const fitted = fitTableInsert(insert, this.contents());
    const [header, ...rows] = fitted.values;
    const sheet = this.addSheet(fitted.sheet);
    if (insert.note !== undefined) sheet.cells.set(TABLE_NOTE_REF, { value: insert.note });
    this.addTable(fitted.sheet, { name: fitted.table, ref: TABLE_INSERT_REF, columns: (header ?? []).map(String), rows: rows.map((r) => r.map((v) => (v === "" ? null : v))) });
    this.changed();
    return { sheet: fitted.sheet, table: fitted.table, range: fitted.range };
  }
}
