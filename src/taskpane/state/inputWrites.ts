/**
 * "Uppdatera denna arbetsbok": the investment's inputs as writes into the workbook's
 * existing input tables (SINV_Forvaltningar, SINV_Kostnader, SINV_Malgrupper,
 * SINV_Enhetskostnader, SINV_Effekter), each row found by its id (a unit cost by its code)
 * and each column by its header in either language, so every formula of the workbook
 * follows. The table layouts and tokens come from the table specs
 * (sheetModel/tables/inputTables.ts), the words from the template; the gateway's
 * {@link WorkbookGateway.writeTablesCells} writes them all or nothing.
 */
import type { Investment } from "../../engine";
import type { CellValue } from "../../sheetModel/plan";
import type { TableWrite } from "../../sheetModel/tablesWrite";
import { COSTS_TABLE, DEPARTMENTS_TABLE, EFFECTS_TABLE, TARGET_GROUPS_TABLE, UNIT_COSTS_TABLE } from "../../sheetModel/tables/inputTables";
import type { ColumnKey, TableLabelKey, TableSpec } from "../../sheetModel/tables/tableSpec";
import { columnDef } from "../../sheetModel/tables/tableSpec";
import { costLineRow, departmentRow, effectRow, targetGroupRow } from "../../sheetModel/tables/investmentRows";
import type { Template } from "../../workbook/template";

/** The language the workbook's headers and words are in. */
export type WorkbookLanguage = "sv" | "en";

/**
 * The cost lines in SINV_Kostnader: fixed amounts (a staff line with amounts too), as the generator lays them out.
 *
 * @example
 * tableCostLines(workedExample.investment).map((l) => l.id); // ["staff", "premises", "grant"]
 */
export function tableCostLines(inv: Pick<Investment, "costLines">): Investment["costLines"] {
  return inv.costLines.filter((l) => l.staff === undefined || l.amounts !== undefined);
}

/** The tables an update writes, the column holding each one's key, and the keys the investment has for it. */
export const UPDATED_TABLES: readonly { readonly spec: TableSpec; readonly key: string; readonly ids: (inv: Investment) => string[] }[] = [
  { spec: DEPARTMENTS_TABLE, key: "id", ids: (inv) => inv.departments.map((d) => d.id) },
  { spec: COSTS_TABLE, key: "id", ids: (inv) => tableCostLines(inv).map((l) => l.id) },
  { spec: TARGET_GROUPS_TABLE, key: "id", ids: (inv) => inv.targetGroups.map((g) => g.id) },
  { spec: UNIT_COSTS_TABLE, key: "code", ids: (inv) => inv.unitCosts.map((u) => u.code) },
  { spec: EFFECTS_TABLE, key: "id", ids: (inv) => inv.effects.map((e) => e.id) }
];

type Row<S extends TableSpec> = Partial<Record<ColumnKey<S>, CellValue>>;

/**
 * The writes that put the investment into the tables, in the workbook's language (the
 * headers are matched in both languages; token words such as "personal"/"staff" are
 * written in the workbook's). Staff lines (SINV_Personal) and partners (no key column)
 * are edited in the sheet and not written; cost lines' years are the period's.
 *
 * @example
 * const writes = inputWrites(workedExample.investment, [2017, 2018, 2019], template, "sv");
 * writes.find((w) => w.table === "SINV_Effekter")?.updates.placement; // { Andel: 0.3, Varaktighet (år): 3, … }
 */
export function inputWrites(inv: Investment, years: readonly number[], template: Template, lang: WorkbookLanguage): TableWrite[] {
  const t = (key: TableLabelKey): string => template.labels[key][lang];
  const other = (key: TableLabelKey): string => template.labels[key][lang === "sv" ? "en" : "sv"];
  function write<S extends TableSpec>(spec: S, keyColumn: ColumnKey<S>, rows: readonly (readonly [string, Row<S>, Readonly<Record<string, CellValue>>?])[]): TableWrite {
    const columns = spec.columns.filter((c) => c.key !== keyColumn);
    const updates: Record<string, Record<string, CellValue>> = {};
    for (const [key, row, byYear] of rows) {
      const cells: Record<string, CellValue> = {};
      for (const c of columns) if (c.key in row) cells[t(c.header)] = (row as Record<string, CellValue>)[c.key] ?? null;
      updates[key] = { ...cells, ...(byYear ?? {}) };
    }
    const keyHeader = columnDef(spec, keyColumn).header;
    return {
      table: spec.name,
      keyHeaders: [t(keyHeader), other(keyHeader)],
      updates,
      columnLabels: Object.fromEntries(columns.map((c) => [t(c.header), [other(c.header)]]))
    };
  }
  const yearCells = (values: Readonly<Record<string, number>> | undefined): Record<string, CellValue> => Object.fromEntries(years.map((y) => [String(y), values?.[String(y)] ?? 0]));
  return [
    write(DEPARTMENTS_TABLE, "id", inv.departments.map((d) => [d.id, departmentRow(d)] as const)),
    write(
      COSTS_TABLE,
      "id",
      tableCostLines(inv).map((l) => [l.id, costLineRow(l, t), yearCells(l.amounts)] as const)
    ),
    write(TARGET_GROUPS_TABLE, "id", inv.targetGroups.map((g) => [g.id, targetGroupRow(g), yearCells(g.volumes)] as const)),
    write(
      UNIT_COSTS_TABLE,
      "code",
      inv.unitCosts.map((u) => [u.code, { description: u.description, unit: u.unit, cost: u.cost, priceYear: u.priceYear, payer: u.payer, source: u.source }] as const)
    ),
    write(EFFECTS_TABLE, "id", inv.effects.map((e) => [e.id, effectRow(e, t)] as const))
  ].filter((w) => Object.keys(w.updates).length > 0);
}
