import type { ConfigParams } from "hyperformula";
import { HyperFormula } from "hyperformula";
import { cellRef, parseCell } from "../../src/sheetModel/a1";
import { useExcelRound } from "./excelRound";
import type { CellPlan, CellValue, WorkbookPlan } from "../../src/sheetModel/plan";

/** A computed value as HyperFormula gives it (errors as their text). */
export type Computed = number | string | boolean | null;

/**
 * Loads a workbook plan into HyperFormula (tables as their header and data cells, the
 * workbook names as named expressions) and returns every cell's computed value by
 * "Sheet!A1".
 *
 * @example
 * (await evaluatePlan(plan)).get("Översikt!C9"); // 12200000
 * evaluatePlan(plan, { smartRounding: false }); // plain IEEE sums, as Excel and LibreOffice add
 */
export function evaluatePlan(plan: WorkbookPlan, config: Partial<ConfigParams> = {}): Map<string, Computed> {
  useExcelRound();
  const sheets: Record<string, (CellValue | string)[][]> = {};
  // A text is loaded as text, as Excel holds a written string: HyperFormula would read "#REF!" as an error and "2017" as a number.
  const text = (value: CellValue | string): CellValue | string => (typeof value === "string" ? `'${value}` : value);
  const put = (grid: (CellValue | string)[][], ref: string, value: CellValue | string): void => {
    const { row, col: column } = parseCell(ref);
    while (grid.length < row) grid.push([]);
    const line = grid[row - 1]!;
    while (line.length < column) line.push(null);
    line[column - 1] = value;
  };
  for (const sheet of plan.sheets) {
    const grid: (CellValue | string)[][] = [];
    for (const table of sheet.tables) {
      const { row, col: column } = parseCell(table.ref);
      table.columns.forEach((c, j) => put(grid, cellRef(row, column + j), text(c)));
      table.rows.forEach((r, i) => r.forEach((v, j) => put(grid, cellRef(row + 1 + i, column + j), text(v))));
    }
    for (const cell of sheet.cells) put(grid, cell.ref, cell.formula !== undefined ? `=${cell.formula}` : text(cell.value ?? null));
    sheets[sheet.name] = grid;
  }
  const hf = HyperFormula.buildFromSheets(sheets as Record<string, (string | number | boolean | null)[][]>, {
    licenseKey: "gpl-v3",
    useArrayArithmetic: true,
    ...config
  });
  for (const n of plan.names) hf.addNamedExpression(n.name, `='${n.sheet.replace(/'/g, "''")}'!${n.ref}`);
  const out = new Map<string, Computed>();
  for (const sheet of plan.sheets) {
    const id = hf.getSheetId(sheet.name)!;
    for (const cell of sheet.cells) {
      const { row, col: column } = parseCell(cell.ref);
      const raw = hf.getCellValue({ sheet: id, row: row - 1, col: column - 1 });
      // A formula never gives a blank in Excel or LibreOffice: a reference to an empty cell gives 0 there, null in HyperFormula.
      const v = raw === null && cell.formula !== undefined ? 0 : raw;
      out.set(`${sheet.name}!${cell.ref}`, typeof v === "object" && v !== null ? `#ERROR ${(v as { type?: string; message?: string }).type} ${(v as { message?: string }).message ?? ""}` : (v as Computed));
    }
  }
  for (const n of plan.names) {
    const v = hf.getNamedExpressionValue(n.name);
    out.set(n.name, typeof v === "object" && v !== null ? `#ERROR` : (v as Computed));
  }
  hf.destroy();
  return out;
}

/** One formula cell whose computed value differs from the engine's. */
export interface Mismatch {
  readonly cell: string;
  readonly formula: string;
  readonly expected: number | boolean | string;
  readonly got: Computed;
}

/** Whether a computed number agrees with the engine's for a cell. */
export type NumberAgrees = (expected: number, got: Computed, cell: CellPlan) => boolean;

/**
 * Compares every formula cell that carries an `expect` with the computed values: numbers
 * by `agrees` (by default amounts within `tolerance` kronor, small numbers — shares,
 * ratios — within 10^−8), text and booleans exactly.
 *
 * @example
 * mismatches(plan, evaluatePlan(plan)); // []
 */
export function mismatches(plan: WorkbookPlan, computed: ReadonlyMap<string, Computed>, tolerance = 0.01, agrees?: NumberAgrees): Mismatch[] {
  const numberOk: NumberAgrees = agrees ?? ((expected, got) => typeof got === "number" && Math.abs(got - expected) <= (Math.abs(expected) < 10 ? 1e-8 : tolerance + 1e-9));
  const out: Mismatch[] = [];
  for (const sheet of plan.sheets) {
    for (const cell of sheet.cells) {
      if (cell.formula === undefined || cell.expect === undefined) continue;
      const key = `${sheet.name}!${cell.ref}`;
      const got = computed.get(key) ?? null;
      const ok =
        typeof cell.expect === "number" ? numberOk(cell.expect, got, cell) : typeof cell.expect === "boolean" ? got === cell.expect : (got ?? "") === cell.expect;
      if (!ok) out.push({ cell: key, formula: cell.formula, expected: cell.expect, got });
    }
  }
  return out;
}
