/**
 * "Uppdatera denna arbetsbok" for the Osäkerhet sheet: the investment's ranges and
 * confidence grades as writes into the sheet's tables (sheetModel/tables/uncertaintyTables.ts),
 * each row found by its key, so the sheet's live formulas (the draws' ratios, the corrected
 * base case) follow. Written in the same all-or-nothing write as the other input tables.
 *
 * Decided here: the sheet's rows stay as the generator made them, because its draws refer to
 * them. A range removed in the pane becomes a zero-width range (low = high = the planned
 * value), which draws the planned value: the same figures as no range. A range the sheet has
 * no row for cannot be written; the report names it (a new workbook holds it). The seed, the
 * number of draws and the optimism-bias table are not written: the draws are values made from
 * the seed, and the pane does not edit the bias table.
 */
import type { Investment } from "../../engine";
import { matchKey } from "../../engine/key";
import { uncertainInputs } from "../../engine/uncertainty/inputs";
import type { InputKind, Range } from "../../engine/uncertainty/model";
import type { TableData } from "../../sheetModel/gateway";
import type { CellValue } from "../../sheetModel/plan";
import type { TableWrite } from "../../sheetModel/tablesWrite";
import type { ColumnKey, TableLabelKey, TableSpec } from "../../sheetModel/tables/tableSpec";
import { columnDef, columnNumber } from "../../sheetModel/tables/tableSpec";
import { EFFECT_GRADES_TABLE, RANGE_TABLES, UNCERTAINTY_TABLES, UNIT_COST_GRADES_TABLE } from "../../sheetModel/tables/uncertaintyTables";
import type { Template } from "../../workbook/template";
import type { WorkbookLanguage } from "./inputWrites";

/** What the update did with the Osäkerhet sheet. */
export interface UncertaintyWriteReport {
  /** Whether the workbook has the sheet's tables (without them nothing of the uncertainty is written). */
  readonly sheet: boolean;
  /** Ranges the sheet has no row for, as "kind:id" (e.g. "share:placement"). */
  readonly notWritten: readonly string[];
}

/**
 * What the pane says about the uncertainty after an update: nothing when there was nothing
 * to write; that the workbook has no sheet; that the ranges and grades were written, and
 * which ranges were not.
 *
 * @example
 * uncertaintyNote({ sheet: true, notWritten: ["volumeFactor:pupils"] }, SV_WORK.update);
 * // "Intervallen och betygen på Osäkerhet skrevs. … Intervallen volumeFactor:pupils skrevs inte: …"
 */
export function uncertaintyNote(
  report: UncertaintyWriteReport,
  words: { readonly uncertaintyWritten: string; readonly uncertaintyNoSheet: string; readonly uncertaintyNotWritten: (ranges: string) => string }
): string | undefined {
  if (!report.sheet) return report.notWritten.length > 0 ? words.uncertaintyNoSheet : undefined;
  return report.notWritten.length > 0 ? `${words.uncertaintyWritten} ${words.uncertaintyNotWritten(report.notWritten.join(", "))}` : words.uncertaintyWritten;
}

/** The names of the tables the writes need read first. */
export const UNCERTAINTY_WRITE_TABLES: readonly string[] = Object.values(UNCERTAINTY_TABLES);

type Cells = Record<string, CellValue>;

/**
 * The writes into the Osäkerhet sheet's tables, and what could not be written.
 *
 * @example
 * // The worked example generated with share (0.1, 0.5), the pane's range now (0.2, 0.5), graded 3:
 * uncertaintyWrites(inv, read, template, "sv").writes[0].updates; // { placement: { Lägsta: 0.2, Högsta: 0.5 } }
 */
export function uncertaintyWrites(
  inv: Investment,
  tables: Readonly<Record<string, TableData | undefined>>,
  template: Template,
  lang: WorkbookLanguage
): { writes: TableWrite[]; report: UncertaintyWriteReport } {
  const sheet = UNCERTAINTY_WRITE_TABLES.some((n) => tables[n] !== undefined);
  if (!sheet) return { writes: [], report: { sheet: false, notWritten: uncertainInputs(inv).map((x) => `${x.kind}:${x.id}`) } };
  const t = (key: TableLabelKey): string => template.labels[key][lang];
  const other = (key: TableLabelKey): string => template.labels[key][lang === "sv" ? "en" : "sv"];
  const writes: TableWrite[] = [];

  /** Rows of a table found by their key (as the table writes it), with the cells the investment gives them. */
  function write<S extends TableSpec>(spec: S, key: ColumnKey<S>, cellsOf: (k: string) => Cells | undefined): void {
    const data = tables[spec.name];
    if (!data) return;
    const col = columnNumber(spec, key) - 1;
    const updates: Record<string, Cells> = {};
    for (const row of data.rows) {
      const k = String(row[col] ?? "").trim();
      const cells = k === "" ? undefined : cellsOf(k);
      if (cells) updates[k] = cells;
    }
    if (Object.keys(updates).length === 0) return;
    const keyHeader = columnDef(spec, key).header;
    const headers = spec.columns.filter((c) => c.key !== key).map((c) => c.header);
    writes.push({ table: spec.name, keyHeaders: [t(keyHeader), other(keyHeader)], updates, columnLabels: Object.fromEntries(headers.map((h) => [t(h), [other(h)]])) });
  }

  const bases: Record<InputKind, (k: string) => { range: Range | undefined; base: number } | undefined> = {
    share: (k) => {
      const e = inv.effects.find((x) => matchKey(x.id) === k);
      return e && { range: e.uncertainty?.share, base: e.share };
    },
    volumeFactor: (k) => {
      const g = inv.targetGroups.find((x) => matchKey(x.id) === k);
      return g && { range: g.uncertainty?.volumeFactor, base: 1 };
    },
    unitCostFactor: (k) => {
      const u = inv.unitCosts.find((x) => matchKey(x.code) === k);
      return u && { range: u.uncertainty?.unitCostFactor, base: 1 };
    }
  };
  const inSheet = new Set<string>();
  for (const kind of ["share", "volumeFactor", "unitCostFactor"] as const) {
    const spec = RANGE_TABLES[kind];
    write(spec, "id", (id) => {
      const item = bases[kind](matchKey(id));
      if (!item) return undefined;
      inSheet.add(`${kind}:${matchKey(id)}`);
      return { [t("uncLow")]: item.range?.low ?? item.base, [t("uncHigh")]: item.range?.high ?? item.base };
    });
  }
  write(EFFECT_GRADES_TABLE, "id", (id) => {
    const e = inv.effects.find((x) => matchKey(x.id) === matchKey(id));
    return e && { [t("uncGrade")]: e.uncertainty?.confidenceGrade ?? null };
  });
  write(UNIT_COST_GRADES_TABLE, "code", (code) => {
    const u = inv.unitCosts.find((x) => matchKey(x.code) === matchKey(code));
    return u && { [t("uncGrade")]: u.uncertainty?.confidenceGrade ?? null };
  });
  const notWritten = uncertainInputs(inv)
    .filter((x) => !inSheet.has(`${x.kind}:${matchKey(x.id)}`))
    .map((x) => `${x.kind}:${x.id}`);
  return { writes, report: { sheet: true, notWritten } };
}
