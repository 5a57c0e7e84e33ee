/**
 * The shapes of the task pane's fake Excel (test/support/fakeExcelPane.ts): the workbook
 * it starts with, the failures it can simulate, what tests look at, and small helpers.
 */
import type { OfficeHost } from "../../src/excel/officeHost";

/** The workbook the fake starts with: sheets of cells, names and tables. */
export interface PaneWorkbookInit {
  readonly sheets: readonly { readonly name: string; readonly cells?: Readonly<Record<string, string | number | boolean>> }[];
  /** Workbook names, e.g. { name: "SINV_Parametrar", formula: "=Parametrar!$A$4:$B$6" }. */
  readonly names?: readonly { readonly name: string; readonly formula: string }[];
  readonly tables?: readonly { readonly name: string; readonly sheet: string; readonly range: string }[];
}

/** Failures the fake can simulate. */
export interface PaneFakeOptions {
  /** Highest ExcelApi version supported; "1.17" by default. */
  readonly apiVersion?: string;
  readonly failOn?: "tables.add" | "saveAsync" | "write";
  /** The n-th context.sync (1-based) rejects before Excel runs anything of its batch. */
  readonly failAtSync?: number;
  /** The n-th context.sync runs its whole batch, then rejects (the answer is lost). */
  readonly failAfterSync?: number;
  /** The n-th cell write (1-based, counted over the fake's life) fails; the batch stops there. */
  readonly failAtWrite?: number;
  /** Also make every write after the first failing one fail (a restore fails too). */
  readonly failAllWritesAfter?: boolean;
  /** Runs after the n-th sync: the user changing the workbook between two round trips. */
  readonly afterSync?: (n: number, fake: PaneFake) => void;
}

/** A sheet of the fake: its id, name, cell values and formula cells. */
export interface Sheet {
  readonly id: string;
  name: string;
  readonly cells: Map<string, unknown>;
  /** Formula cells' formulas, with "=" (their value in `cells` is not computed: ""). */
  readonly formulas: Map<string, string>;
}

/** The fake and what tests look at. */
export interface PaneFake {
  readonly host: OfficeHost;
  readonly sheets: Sheet[];
  readonly tables: { name: string; sheet: string; range: string }[];
  readonly settings: Map<string, unknown>;
  /** Times the settings were saved. */
  readonly saved: () => number;
  readonly syncs: () => number;
  /** Cell writes attempted so far (a failed one included). */
  readonly writes: () => number;
  readonly selected: () => { sheet: string; address: string } | undefined;
  readonly active: () => string | undefined;
  /** Handlers registered now, by source. */
  readonly handlers: () => { source: "sheets" | "tables" }[];
  /** A user edit: sets the cell and fires the change handlers as Excel would. */
  edit(sheet: string, ref: string, value: unknown): Promise<void>;
  cell(sheet: string, ref: string): unknown;
  /** A formula cell's formula, with "=". */
  formula(sheet: string, ref: string): string | undefined;
}

export function versionAtMost(wanted: string, supported: string): boolean {
  const [a1, a2] = wanted.split(".").map(Number);
  const [b1, b2] = supported.split(".").map(Number);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}

export function officeError(code: string, message: string): Error {
  const error = new Error(message) as Error & { code: string };
  error.name = "RichApi.Error";
  error.code = code;
  return error;
}

export const same = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();
