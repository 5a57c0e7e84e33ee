import { cellRef, onSheet, rangeRef } from "../../sheetModel/a1";
import { excelTrim, matchKey } from "../../engine";
import { DEPARTMENTS_TABLE, TARGET_GROUPS_TABLE } from "../../sheetModel/tables/inputTables";
import { columnNumber } from "../../sheetModel/tables/tableSpec";
import type { BuildContext } from "../context";
import { countWhere, sameKey } from "../formulas/keyMatch";
import type { Layout } from "../layout";

/**
 * Names for readers where the sheets work with ids: a department's or a target group's name
 * found by its id with the engine's key rule (trimmed, any case, exact), live, so a person
 * reads "Socialnämnden" where the formulas match "soc".
 *
 * Decided here: the name is the one row whose id matches, joined from one REPT per row
 * (no nesting, so no limit of 64 nested IFs); when no row or more than one matches, the id
 * itself is shown, as typed. Above {@link MAX_NAMED_ROWS} rows the id is shown (Excel's
 * 8 192 characters a formula).
 */
export const MAX_NAMED_ROWS = 40;

/** One table's id and name cells, row by row, and its id column as a range. */
interface NamedRows {
  readonly ids: string;
  readonly rows: readonly { readonly id: string; readonly name: string }[];
}

/**
 * The formula of the name on the row of `table` whose id matches `key`.
 *
 * @example
 * nameByKey("$B$12", { ids: "Parametrar!$A$30:$A$31", rows: [{ id: "Parametrar!$A$30", name: "Parametrar!$B$30" }, …] });
 * // 'IF(SUMPRODUCT((TRIM(Parametrar!$A$30:$A$31)=TRIM($B$12))*1)=1,REPT(Parametrar!$B$30,(TRIM($B$12)=TRIM(Parametrar!$A$30))*1)&…,TRIM($B$12))'
 */
export function nameByKey(key: string, table: NamedRows): string {
  if (table.rows.length > MAX_NAMED_ROWS || table.rows.length === 0) return `TRIM(${key})`;
  const joined = table.rows.map((r) => `REPT(${r.name},${sameKey(key, r.id)}*1)`).join("&");
  return `IF(${countWhere(sameKey(table.ids, key))}=1,${joined},TRIM(${key}))`;
}

function rowsOf(sheet: string, first: number, count: number, idCol: number, nameCol: number): NamedRows {
  return {
    ids: onSheet(sheet, rangeRef(first, idCol, first + count - 1, idCol)),
    rows: Array.from({ length: count }, (_, i) => ({ id: onSheet(sheet, cellRef(first + i, idCol, true)), name: onSheet(sheet, cellRef(first + i, nameCol, true)) }))
  };
}

/**
 * Department i's id and name cells in SINV_Forvaltningar (Parametrar), for the per-department
 * tables: they show the name and match on the id, row by row with the departments table.
 *
 * @example
 * departmentCells(ctx, layout, 1); // { id: "Parametrar!$A$31", name: "Parametrar!$B$31" }
 */
export function departmentCells(ctx: BuildContext, layout: Layout, i: number): { id: string; name: string } {
  const dt = layout.departmentsTable;
  const P = ctx.sheet("parameters");
  return {
    id: onSheet(P, cellRef(dt.firstRow + i, columnNumber(DEPARTMENTS_TABLE, "id"), true)),
    name: onSheet(P, cellRef(dt.firstRow + i, columnNumber(DEPARTMENTS_TABLE, "name"), true))
  };
}

/**
 * The name of the department whose id is in `key`, as a formula, and the engine's answer
 * (the name, or the id as typed when no department has it).
 *
 * @example
 * departmentName(ctx, layout, "Effekter!$E$5", "fsk"); // { formula: "IF(…)", expect: "Förskole- och skolnämnden" }
 */
export function departmentName(ctx: BuildContext, layout: Layout, key: string, id: string): { formula: string; expect: string } {
  const dt = layout.departmentsTable;
  const table = rowsOf(ctx.sheet("parameters"), dt.firstRow, dt.rows, columnNumber(DEPARTMENTS_TABLE, "id"), columnNumber(DEPARTMENTS_TABLE, "name"));
  const found = ctx.file.investment.departments.filter((d) => matchKey(d.id) === matchKey(id));
  const named = found.length === 1 && ctx.file.investment.departments.length <= MAX_NAMED_ROWS;
  return { formula: nameByKey(key, table), expect: named ? found[0]!.name : excelTrim(id) };
}

/**
 * The name of the target group whose id is in `key`, as a formula, and the engine's answer.
 *
 * @example
 * targetGroupName(ctx, layout, "Effekter!$C$5", "pupils"); // { formula: "IF(…)", expect: "Elever med hög frånvaro" }
 */
export function targetGroupName(ctx: BuildContext, layout: Layout, key: string, id: string): { formula: string; expect: string } {
  const tg = layout.targetGroups;
  const table = rowsOf(ctx.sheet("targetGroups"), tg.firstRow, tg.rows, columnNumber(TARGET_GROUPS_TABLE, "id"), columnNumber(TARGET_GROUPS_TABLE, "name"));
  const found = ctx.file.investment.targetGroups.filter((g) => matchKey(g.id) === matchKey(id));
  const named = found.length === 1 && ctx.file.investment.targetGroups.length <= MAX_NAMED_ROWS;
  return { formula: nameByKey(key, table), expect: named ? found[0]!.name : excelTrim(id) };
}
