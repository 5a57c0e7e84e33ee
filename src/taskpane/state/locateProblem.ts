/**
 * The cell a read problem concerns, so the pane can show it ("Visa cellen"): a table row
 * and column from the table's address, a parameter from the parameter sheet, an item of a
 * list (effects[2]) from the table it was read from.
 */
import { cellKey, matchKey } from "../../engine/key";
import type { TableData } from "../../sheetModel/gateway";
import { cellAddress } from "../../sheetModel/a1";
import { nameKey } from "../../sheetModel/renameInFormula";
import { parseSheetAddress } from "../../sheetModel/sheetAddress";
import { cellText } from "../../scenario/cellValues";
import { PARAM_ROWS } from "../../workbook/layout";
import type { ReadProblem } from "../../workbook/readBack/tableReader";
import { TABLES } from "../../sheetModel/tables/inputTables";
import type { LabelKey, Template } from "../../workbook/template";
import type { CellLocation } from "./paneState";

/** What the locator knows about the workbook. */
export interface LocateContext {
  readonly tables: Readonly<Record<string, TableData | undefined>>;
  readonly sheets: readonly string[];
  readonly template: Template;
}

const LIST_TABLES: Readonly<Record<string, readonly string[]>> = {
  departments: [TABLES.departments],
  partners: [TABLES.partners],
  costLines: [TABLES.costs, TABLES.staff],
  targetGroups: [TABLES.targetGroups],
  unitCosts: [TABLES.unitCosts],
  effects: [TABLES.effects]
};

const FIELD_LABELS: Readonly<Record<string, LabelKey>> = {
  id: "id",
  area: "area",
  unitCostCode: "code",
  code: "code",
  share: "share",
  departmentId: "department",
  targetGroupId: "targetGroup",
  duration: "durationYears",
  lag: "lag",
  dropOff: "dropOff",
  deadweight: "deadweight",
  quantity: "quantity",
  cost: "cost",
  priceYear: "priceYear",
  description: "description",
  category: "category",
  financing: "financing",
  unit: "unit",
  payer: "payer"
};

const isBlank = (row: readonly unknown[]): boolean => row.every((v) => cellText(v) === "");

function headerIndex(data: TableData, names: readonly string[]): number {
  const wanted = names.map(cellKey);
  return data.headers.findIndex((h) => wanted.includes(cellKey(String(h))));
}

function cellOf(data: TableData, tableRow: number, column: number): CellLocation | undefined {
  const where = parseSheetAddress(data.address);
  if (!where) return undefined;
  return { sheet: where.sheet, address: cellAddress({ row: where.first.row + tableRow - 1, col: where.first.col + Math.max(0, column) }) };
}

function parameterSheet(ctx: LocateContext): string | undefined {
  const names = [ctx.template.sheets.parameters.sv, ctx.template.sheets.parameters.en].map(nameKey);
  return ctx.sheets.find((s) => names.includes(nameKey(s)));
}

function listItem(path: string, ctx: LocateContext): CellLocation | undefined {
  const m = /^investment\.(\w+)\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (!m) return undefined;
  let n = Number(m[2]);
  for (const table of LIST_TABLES[m[1] as string] ?? []) {
    const data = ctx.tables[table];
    if (!data) continue;
    const rows = data.rows.map((row, i) => ({ row, i })).filter((r) => !isBlank(r.row));
    if (n > rows.length) {
      n -= rows.length;
      continue;
    }
    const label = m[3] !== undefined ? FIELD_LABELS[m[3]] : undefined;
    const column = label ? headerIndex(data, [ctx.template.labels[label].sv, ctx.template.labels[label].en]) : 0;
    return cellOf(data, (rows[n - 1]?.i ?? 0) + 2, column);
  }
  return undefined;
}

/** An actual cost's problem (`actuals.costs.staff.2020`, `actuals.costs["a b"]`): its row of SINV_UtfallKostnader, and its year's column when the year has one. */
function actualCost(path: string, ctx: LocateContext): CellLocation | undefined {
  const m = /^actuals\.costs(?:\.([^.[]+)|\["(.+?)"\])(?:\.(\d+)|\["(\d+)"\])?/.exec(path);
  const data = ctx.tables[TABLES.actualCosts];
  if (!m || !data) return undefined;
  const id = matchKey(m[1] ?? m[2] ?? "");
  const row = data.rows.findIndex((r) => matchKey(cellText(r[0])) === id);
  if (row < 0) return undefined;
  const year = m[3] ?? m[4];
  return cellOf(data, row + 2, year !== undefined ? Math.max(0, headerIndex(data, [year])) : 0);
}

/**
 * Where a problem is, or undefined when no single cell says it (a missing table).
 *
 * @example
 * locateProblem({ table: "SINV_Effekter", row: 1, column: "Andelen", sv, en }, ctx); // { sheet: "Effekter", address: "A4" } when the header "Andel" was renamed
 * locateProblem({ table: "SINV_Effekter", row: 2, column: "Andel", sv, en }, ctx);   // { sheet: "Effekter", address: "F5" }
 */
export function locateProblem(problem: ReadProblem, ctx: LocateContext): CellLocation | undefined {
  const data = ctx.tables[problem.table];
  if (data && problem.row > 0) {
    const column = problem.column !== undefined ? headerIndex(data, [problem.column]) : 0;
    return cellOf(data, problem.row, column);
  }
  const parameters = [ctx.template.sheets.parameters.sv, ctx.template.sheets.parameters.en].map(nameKey);
  if (parameters.includes(nameKey(problem.table)) && problem.row > 0) {
    const sheet = parameterSheet(ctx);
    return sheet ? { sheet, address: `B${problem.row}` } : undefined;
  }
  const path = problem.column ?? "";
  if (path === "investment.startYear" || path === "investment.endYear") {
    const sheet = parameterSheet(ctx);
    return sheet ? { sheet, address: `B${PARAM_ROWS[path === "investment.startYear" ? "startYear" : "endYear"]}` } : undefined;
  }
  return actualCost(path, ctx) ?? listItem(path, ctx);
}
