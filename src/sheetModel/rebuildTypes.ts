/**
 * What rebuilding the generated sheets in place reads and decides: the workbook as read
 * ({@link WorkbookSnapshot}), the planner's decision ({@link RebuildSwap}) and the
 * gateway's report ({@link RebuildReport}).
 */
import type { CellValue } from "./plan";

/** One sheet as read: its non-empty cells by address ("B4"), a formula as its text with "=" ("=SUM(B1:B3)"). */
export interface SheetSnapshot {
  readonly name: string;
  readonly cells: Readonly<Record<string, CellValue>>;
}

/** The whole workbook as read: sheets in tab order, tables with their sheets, workbook-scoped names with what they refer to. */
export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  readonly tables: readonly { readonly name: string; readonly sheet: string }[];
  readonly names: readonly { readonly name: string; readonly formula: string }[];
}

/** The generated sheets, tables and names (as the workbook spells them) a rebuild replaces. */
export interface RebuildSwap {
  readonly sheets: readonly string[];
  readonly tables: readonly string[];
  readonly names: readonly string[];
}

/** What a rebuild did. */
export interface RebuildReport {
  /** The new sheets, in plan order (the same names as before where the plan kept them). */
  readonly sheets: readonly string[];
  /** How many old sheets were replaced and deleted. */
  readonly replaced: number;
}

/** What appending rows to a table did. */
export interface AppendRowsReport {
  readonly table: string;
  readonly rows: number;
  /** The table's range after the append, sheet-qualified, e.g. "'Enhetskostnader (exempel)'!A3:J50". */
  readonly address: string;
}

/**
 * A temporary name for an old sheet or table during the swap: "SINV~old~1~" and a token,
 * never a name a user or the plan has (tables may not hold "~", so tables get "SINV_old_").
 *
 * @example
 * temporaryName("sheet", 2, "a1b2c3d4"); // "SINV~old~2~a1b2c3d4"
 * temporaryName("table", 2, "a1b2c3d4"); // "SINV_old_2_a1b2c3d4"
 */
export function temporaryName(kind: "sheet" | "table", index: number, token: string): string {
  return kind === "sheet" ? `SINV~old~${index}~${token}` : `SINV_old_${index}_${token}`;
}
