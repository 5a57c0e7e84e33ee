import { cellText, numberOfCell } from "../../scenario/cellValues";
import { describeValue } from "../../scenario/describeValue";
import type { ColumnKey, ColumnKind, TableLabelKey, TableSpec } from "../../sheetModel/tables/tableSpec";
import { tokenTexts } from "../../sheetModel/tables/tableSpec";

/** A column the reader looks for, from the table's spec. */
interface ReadColumn<K extends string> {
  readonly key: K;
  /** Header names accepted (case-insensitive, trimmed): the template's Swedish and English labels. */
  readonly headers: readonly string[];
  readonly kind: ColumnKind;
  readonly required: boolean;
  /** For kind "token": accepted cell texts (lower case) → value. */
  readonly tokens?: Readonly<Record<string, string>>;
}

/** A header label in both languages (the template's Swedish and English). */
export type BothLabels = (key: TableLabelKey) => readonly string[];

/** A table as the workbook gateway returns it: headers and data rows. */
export interface TableData {
  readonly headers: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
}

/** One problem, with the table, the 1-based sheet-row number within the table (header = 1) and the column. */
export interface ReadProblem {
  readonly table: string;
  readonly row: number;
  readonly column?: string;
  readonly sv: string;
  readonly en: string;
}

/** A good row: its number and values by key; year columns by year. */
export interface ReadRow<K extends string> {
  readonly row: number;
  readonly values: Readonly<Partial<Record<K, string | number | boolean>>>;
  readonly years: Readonly<Record<string, number>>;
}

function norm(s: unknown): string {
  return cellText(s).toLowerCase().replace(/\s+/g, " ");
}

function yearOfHeader(h: unknown): number | undefined {
  const t = cellText(h);
  return /^(19|20|21|22)\d\d$/.test(t) ? Number(t) : undefined;
}

function convert(kind: ColumnKind, raw: unknown, tokens: Readonly<Record<string, string>> | undefined): { ok: true; value: string | number | boolean } | { ok: false; sv: string; en: string } {
  const got = describeValue(raw);
  if (kind === "text") return { ok: true, value: cellText(raw) };
  if (kind === "boolean") {
    if (typeof raw === "boolean") return { ok: true, value: raw };
    const t = norm(raw);
    if (["sant", "true", "ja", "yes", "1"].includes(t)) return { ok: true, value: true };
    if (["falskt", "false", "nej", "no", "0"].includes(t)) return { ok: true, value: false };
    return { ok: false, sv: `ska vara SANT eller FALSKT, inte ${got.sv}`, en: `must be TRUE or FALSE, not ${got.en}` };
  }
  if (kind === "token") {
    const t = norm(raw);
    // Own keys only: a cell reading "constructor" is not a token.
    const value = tokens !== undefined && Object.prototype.hasOwnProperty.call(tokens, t) ? tokens[t] : undefined;
    if (value !== undefined) return { ok: true, value };
    const allowed = Object.keys(tokens ?? {}).join(", ");
    return { ok: false, sv: `ska vara något av ${allowed}, inte ${got.sv}`, en: `must be one of ${allowed}, not ${got.en}` };
  }
  const n = numberOfCell(raw);
  if (n === undefined) return { ok: false, sv: `ska vara ett tal, inte ${got.sv}`, en: `must be a number, not ${got.en}` };
  if ((kind === "whole" || kind === "year") && !Number.isInteger(n)) return { ok: false, sv: `ska vara ett heltal, inte ${n}`, en: `must be a whole number, not ${n}` };
  if (kind === "year" && (n < 1900 || n > 2200)) return { ok: false, sv: `ska vara ett årtal 1900–2200, inte ${n}`, en: `must be a year 1900–2200, not ${n}` };
  if (kind === "rate" && n <= -1) return { ok: false, sv: `ska vara större än −1, inte ${n}`, en: `must be greater than −1, not ${n}` };
  if ((kind === "nonNegative" || kind === "whole" || kind === "share" || kind === "shareBelowOne") && n < 0) return { ok: false, sv: `får inte vara negativt (${n})`, en: `must not be negative (${n})` };
  if (kind === "share" && n > 1) return { ok: false, sv: `ska vara en andel 0–1 (0–100 %), inte ${n}`, en: `must be a share 0–1 (0–100 %), not ${n}` };
  if (kind === "shareBelowOne" && n >= 1) return { ok: false, sv: `ska vara mindre än 1 (100 %), inte ${n}`, en: `must be below 1 (100 %), not ${n}` };
  return { ok: true, value: n };
}

/**
 * Reads a table's rows by its spec's column names (in any order, Swedish or English
 * headers), with row-level checks: blank rows are skipped, a missing required column is one
 * problem for the header row, a bad cell is a problem for its row (and the row is left out).
 * When the spec has year columns, columns whose header is a year ("2017") are read as
 * numbers ≥ 0 per year; a blank year is left out (for actuals: not given).
 *
 * @example
 * readTable(TARGET_GROUPS_TABLE, { headers: ["Id", "Målgrupp", "2017"], rows: [["g", "Elever", 10]] }, both);
 * // rows[0] = { row: 2, values: { id: "g", name: "Elever" }, years: { "2017": 10 } }
 */
export function readTable<S extends TableSpec>(spec: S, data: TableData | undefined, both: BothLabels): { rows: ReadRow<ColumnKey<S>>[]; problems: ReadProblem[] } {
  type K = ColumnKey<S>;
  const table = spec.name;
  const withYears = spec.years !== undefined;
  const specs: ReadColumn<K>[] = spec.columns.map((c) => ({
    key: c.key as K,
    headers: both(c.header),
    kind: c.kind,
    required: c.required,
    ...(c.tokens ? { tokens: tokenTexts(c, both) } : {})
  }));
  if (!data) return { rows: [], problems: [{ table, row: 0, sv: `Tabellen ${table} finns inte i arbetsboken.`, en: `The table ${table} is not in the workbook.` }] };
  const problems: ReadProblem[] = [];
  const index = new Map<K, number>();
  const yearCols = new Map<number, number>();
  data.headers.forEach((h, c) => {
    const spec = specs.find((s) => s.headers.some((name) => norm(name) === norm(h)));
    if (spec && !index.has(spec.key)) index.set(spec.key, c);
    else if (withYears) {
      const y = yearOfHeader(h);
      if (y !== undefined) yearCols.set(c, y);
    }
  });
  const missing = specs.filter((s) => s.required && !index.has(s.key));
  if (missing.length > 0) {
    const names = missing.map((s) => `"${s.headers[0]}"`).join(", ");
    problems.push({ table, row: 1, sv: `Tabellen ${table} saknar kolumnerna ${names} (rubrikerna har kanske ändrats).`, en: `The table ${table} lacks the columns ${names} (the headers may have been renamed).` });
    return { rows: [], problems };
  }
  const rows: ReadRow<K>[] = [];
  data.rows.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => cellText(c) === "")) return;
    const values: Partial<Record<K, string | number | boolean>> = {};
    const years: Record<string, number> = {};
    let bad = false;
    for (const spec of specs) {
      const c = index.get(spec.key);
      const raw = c === undefined ? undefined : cells[c];
      if (cellText(raw) === "") {
        if (spec.required) {
          problems.push({ table, row, column: cellText(data.headers[c!]), sv: `rad ${row}: ${cellText(data.headers[c!])} saknas.`, en: `row ${row}: ${cellText(data.headers[c!])} is missing.` });
          bad = true;
        }
        continue;
      }
      const v = convert(spec.kind, raw, spec.tokens);
      if (!v.ok) {
        const header = cellText(data.headers[c!]);
        problems.push({ table, row, column: header, sv: `rad ${row}: ${header} ${v.sv}.`, en: `row ${row}: ${header} ${v.en}.` });
        bad = true;
      } else values[spec.key] = v.value;
    }
    for (const [c, y] of yearCols) {
      const raw = cells[c];
      if (cellText(raw) === "") continue;
      const v = convert("nonNegative", raw, undefined);
      if (!v.ok) {
        problems.push({ table, row, column: String(y), sv: `rad ${row}: ${y} ${v.sv}.`, en: `row ${row}: ${y} ${v.en}.` });
        bad = true;
      } else years[String(y)] = v.value as number;
    }
    if (!bad) rows.push({ row, values, years });
  });
  return { rows, problems };
}
