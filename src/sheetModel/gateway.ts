/**
 * The one door between the add-in and a workbook. The Office.js implementation
 * ({@link OfficeGateway}) talks to Excel; the in-memory one ({@link MemoryGateway})
 * serves the browser preview and tests. Both behave the same.
 */
import type { WorkbookPlan } from "./plan";
import type { NamedScenario } from "./namedScenarios";
import type { ParameterLabels, ParameterValues, WriteParametersReport } from "./parameterWrites";
import type { TableCellUpdates, TableColumnLabels, WriteTableCellsReport } from "./tableCellWrites";
import type { TableWrite } from "./tablesWrite";
import type { PlanRenames } from "./renamePlan";
import type { InsertTableReport, TableInsert } from "./tableInsert";
import type { AppendRowsReport, RebuildReport, RebuildSwap, WorkbookSnapshot } from "./rebuildTypes";

/** A table as read from the workbook: header texts, raw cell values (never display text), and its address. */
export interface TableData {
  readonly headers: string[];
  /** Data rows; an empty cell is "" as in Excel's `range.values`. */
  readonly rows: unknown[][];
  /** The whole table with its header row, e.g. "Indata!A1:C4". */
  readonly address: string;
}

/** What inserting a plan into the current workbook did. */
export interface InsertReport {
  /** The inserted sheets' names, in plan order, after renaming. */
  readonly sheets: readonly string[];
  readonly tables: readonly string[];
  readonly names: readonly string[];
  /** Old → new for everything renamed to avoid a clash (empty records when nothing clashed). */
  readonly renamed: PlanRenames;
  /** Formula cells entered again after the insert (links Excel broke, `SINV.*` calls); 0 or absent when none. */
  readonly formulasEntered?: number;
  /** Of those, cells whose table reference Excel had turned into a link to another workbook. */
  readonly linksRepaired?: number;
}

/** What entering the SINV formulas again did. */
export interface ReenterReport {
  readonly entered: number;
  readonly sheets: readonly string[];
}

/** The names a workbook has. */
export interface WorkbookContents {
  readonly sheets: string[];
  readonly tables: string[];
  /** Workbook-scoped defined names. */
  readonly names: string[];
}

/** Stops listening for changes; resolves when the workbook has forgotten the handler. */
export type Unsubscribe = () => Promise<void>;

/** Writes generated workbooks and reads input tables. */
export interface WorkbookGateway {
  /**
   * Opens the bytes as a new workbook next to the current one.
   *
   * @param bytes - an .xlsx file.
   */
  openAsNewWorkbook(bytes: Uint8Array): Promise<void>;

  /**
   * Adds the plan's sheets, tables, names and charts to the current workbook without
   * touching anything already there: clashing names get suffixes and references follow.
   * On failure nothing of the plan remains and a {@link WorkbookError} is thrown.
   *
   * @param bytes - `writeXlsx(plan)`, sent as is when nothing needs renaming and the plan
   *   has no charts; otherwise the plan is written again, without its charts (Excel on the
   *   web refuses a file with charts), and the charts are added through the host's API.
   * @param plan - the plan the bytes were written from.
   */
  insertIntoCurrent(bytes: Uint8Array, plan: WorkbookPlan): Promise<InsertReport>;

  /**
   * Reads tables by name.
   *
   * @param names - table names (any case).
   * @returns one entry per requested name; undefined for a table that does not exist.
   */
  readTables(names: readonly string[]): Promise<Record<string, TableData | undefined>>;

  /**
   * Reads the values of workbook-scoped names that refer to ranges (the parameter block,
   * the investment's name), with one sync for all.
   *
   * @param names - workbook names (any case).
   * @returns one 2-D array of values per name; undefined for a name that does not exist.
   */
  readNamedValues(names: readonly string[]): Promise<Record<string, unknown[][] | undefined>>;

  /** The workbook's sheets (in tab order), tables and workbook-scoped names. */
  listSheetsTablesNames(): Promise<WorkbookContents>;

  /**
   * Stores the named scenarios in the workbook file itself, replacing the stored list, so
   * they travel with the file. A list the loader would refuse is not stored; when saving
   * fails, the list stored before is put back.
   */
  saveScenarios(list: readonly NamedScenario[]): Promise<void>;

  /** The named scenarios stored in the workbook (an empty list when none). */
  loadScenarios(): Promise<NamedScenario[]>;

  /**
   * Writes values into the parameter block (the name SINV_Parametrar: labels in its first
   * column, values in its second), each row found by its label. Writes nothing when a
   * label is missing; when the write fails, every cell gets its previous content back.
   *
   * @param values - the values by parameter.
   * @param labels - each parameter's label in every language the workbook may be in.
   */
  writeParameters(values: ParameterValues, labels: ParameterLabels): Promise<WriteParametersReport>;

  /**
   * Writes values into cells of a table, each row found by the value in its key column and
   * each column by its header (ignoring case). Never touches cells outside the table;
   * writes nothing when the table, a key or a header is missing.
   *
   * @param table - the table's name, e.g. "SINV_UtfallVolymer".
   * @param keyHeaders - the key column's header in every language, e.g. ["Effekt", "Effect"].
   * @param updates - values by key, then by header, e.g. { pupils: { "2017": 12 } }.
   * @param columnLabels - other headers an updated column may have, e.g. { "Faktisk andel": ["Actual share"] }.
   */
  writeTableCells(table: string, keyHeaders: readonly string[], updates: TableCellUpdates, columnLabels?: TableColumnLabels): Promise<WriteTableCellsReport>;

  /**
   * Writes values into the cells of several tables as one operation, all or nothing:
   * every table, key and header is found and every target cell checked first (a cell
   * holding a formula refuses the whole write, a {@link WorkbookError} "formulaInCell"
   * naming the table, row, column and cell); then all cells are written at once; if that
   * fails, every cell gets its previous content back before the error is thrown.
   *
   * @param writes - each table's part, e.g. [{ table: "SINV_UtfallVolymer", keyHeaders: ["Id"], updates: { pupils: { "2017": 12 } } }].
   * @returns the sheet-qualified cells written, table by table.
   */
  writeTablesCells(writes: readonly TableWrite[]): Promise<WriteTableCellsReport>;

  /**
   * Enters again every formula that calls a SINV function (`SINV.X(` or the saved form
   * `_xldudf_SINV_X(`, entered as `SINV.X(`), so that Excel calculates a workbook made
   * with `--formulas sinv` (Excel-Custom-Functions#108). All or nothing: when the write
   * fails every cell gets its previous formula back.
   *
   * @returns how many cells were entered again, and on which sheets.
   */
  reenterSinvFormulas(): Promise<ReenterReport>;

  /** Whether the host can hand out the workbook as PDF (Office's PdfFile requirement set). */
  canExportPdf(): boolean;

  /** The workbook as PDF bytes; a {@link WorkbookError} "pdfUnsupported" where {@link canExportPdf} is false. */
  exportPdf(): Promise<Uint8Array>;

  /** Activates the sheet and selects the cell or range, e.g. ("Effekter", "F5"). */
  selectCell(sheet: string, address: string): Promise<void>;

  /**
   * Calls `handler` after cells in the workbook change (each change, not debounced).
   *
   * @returns a function that stops it.
   */
  onTablesChanged(handler: () => void): Promise<Unsubscribe>;

  /**
   * Adds one table on a new sheet, never overwriting anything: the sheet and the table
   * get suffixes when their names are taken. On failure only the sheet this call added
   * (known by its id, never by its name) is deleted again.
   */
  insertTable(insert: TableInsert): Promise<InsertTableReport>;

  /**
   * Reads every sheet's used cells (a formula as its text "=…", any other cell its value),
   * the tables (with their sheets) and the workbook-scoped names (with what they refer to):
   * what the rebuild planner ({@link planRebuild}) checks before anything changes.
   */
  readWorkbook(): Promise<WorkbookSnapshot>;

  /**
   * Rebuilds the generated sheets in place: the swap's old sheets and tables are renamed
   * to temporary names and its names deleted, the plan is inserted under its own names,
   * then the old sheets are hidden and deleted. A failure before the delete puts the
   * workbook back as it was ("rebuildFailed"); a failure of the delete leaves the old
   * sheets hidden under their temporary names ("rebuildCleanupFailed", naming them).
   *
   * @param bytes - `writeXlsx(plan)`.
   * @param swap - what {@link planRebuild} decided may be replaced.
   */
  rebuildInPlace(bytes: Uint8Array, plan: WorkbookPlan, swap: RebuildSwap): Promise<RebuildReport>;

  /**
   * Appends rows to a table, all or nothing, never touching its existing rows; the cells
   * below the table must be empty (else "appendBlocked", nothing written).
   *
   * @param rows - values in the table's column order.
   */
  appendTableRows(table: string, rows: readonly (readonly (string | number | boolean | null)[])[]): Promise<AppendRowsReport>;
}
