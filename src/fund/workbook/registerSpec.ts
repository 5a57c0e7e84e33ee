/**
 * The fund register's table (SINV_Fondregister): its fixed name and its columns in order,
 * each with its key (a word of fundWords.ts names its header), the kind of value and its
 * number format. The one owner of the table's layout: the register sheet writes it, the
 * read-back (src/fund/readBack/) reads it, and fundLayout.ts places the computed columns
 * after it.
 */
import type { FormatKey } from "../../sheetModel/tables/tableSpec";

/** The kind of value a register column holds, as the read-back checks it. */
export type RegisterColumnKind = "text" | "status" | "year" | "money";

/** One column of the register's table. */
export interface RegisterColumnDef {
  readonly key: string;
  readonly kind: RegisterColumnKind;
  readonly numFmt?: FormatKey;
  /** Whether the workbook's formulas read it, so an edit in the sheet changes the fund (status, decision year). */
  readonly live: boolean;
}

/** The register's table. */
export const FUND_REGISTER = {
  name: "SINV_Fondregister",
  columns: [
    { key: "id", kind: "text", live: true },
    { key: "investment", kind: "text", live: false },
    { key: "file", kind: "text", live: false },
    { key: "status", kind: "status", live: true },
    { key: "decisionYear", kind: "year", numFmt: "year", live: true },
    { key: "startYear", kind: "year", numFmt: "year", live: false },
    { key: "endYear", kind: "year", numFmt: "year", live: false },
    { key: "preset", kind: "text", live: false },
    { key: "totalCost", kind: "money", numFmt: "money", live: true },
    { key: "windowSavings", kind: "money", numFmt: "money", live: true },
    { key: "plannedRepayment", kind: "money", numFmt: "money", live: true },
    { key: "actualRepayment", kind: "money", numFmt: "money", live: true }
  ]
} as const satisfies { readonly name: string; readonly columns: readonly RegisterColumnDef[] };

/** A column key of the register's table. */
export type RegisterTableColumn = (typeof FUND_REGISTER.columns)[number]["key"];

/**
 * The 0-based position of a column in the register's table.
 *
 * @example
 * registerColumnIndex("status"); // 3
 */
export function registerColumnIndex(key: RegisterTableColumn): number {
  return FUND_REGISTER.columns.findIndex((c) => c.key === key);
}
