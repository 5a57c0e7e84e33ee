import { isDomainError } from "../../src/engine";
import { parseCell } from "../../src/sheetModel/a1";
import type { CellValue, WorkbookPlan } from "../../src/sheetModel/plan";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import { buildWorkbook } from "../../src/workbook/buildWorkbook";
import type { TableData } from "../../src/workbook/readBack/tableReader";
import { orebroTemplate } from "./scenarioFiles";

/**
 * Builds a plan or throws the engine's error.
 *
 * @example
 * buildPlan(workedExampleFile).sheets[0].name; // "Översikt"
 */
export function buildPlan(file: ScenarioFile, lang: "sv" | "en" = "sv", formulas: "native" | "sinv" = "native"): WorkbookPlan {
  const plan = buildWorkbook(file, { template: orebroTemplate(), lang, formulas });
  if (isDomainError(plan)) throw new Error(plan.en);
  return plan;
}

/** One hand edit: a table cell (data row and column, 0-based) or a sheet cell by A1. */
export type PlanEdit = { readonly table: string; readonly row: number; readonly col: number; readonly value: CellValue } | { readonly sheet: string; readonly ref: string; readonly value: CellValue };

/**
 * The plan with cells typed over, as a user would in Excel.
 *
 * @example
 * editPlan(plan, [{ table: "SINV_Effekter", row: 0, col: 5, value: 0.15 }]);
 */
export function editPlan(plan: WorkbookPlan, edits: readonly PlanEdit[]): WorkbookPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => ({
      ...sheet,
      tables: sheet.tables.map((t) => ({
        ...t,
        rows: t.rows.map((r, i) => r.map((v, j) => edits.find((e) => "table" in e && e.table === t.name && e.row === i && e.col === j)?.value ?? v))
      })),
      cells: sheet.cells.map((c) => {
        const hit = edits.find((e) => "sheet" in e && e.sheet === sheet.name && e.ref === c.ref);
        return hit ? { ref: c.ref, value: hit.value, ...(c.numFmt ? { numFmt: c.numFmt } : {}) } : c;
      })
    }))
  };
}

/**
 * What a gateway's readTables returns for a plan.
 *
 * @example
 * tablesOf(plan).SINV_Effekter.headers[0]; // "Id"
 */
export function tablesOf(plan: WorkbookPlan): Record<string, TableData> {
  return Object.fromEntries(plan.sheets.flatMap((s) => s.tables.map((t) => [t.name, { headers: [...t.columns], rows: t.rows.map((r) => [...r]) }])));
}

/**
 * The parameter block (A4:B22 of Parametrar) as values.
 *
 * @example
 * parametersOf(plan)[4]; // ["Administrativ avgift", 0.05]
 */
export function parametersOf(plan: WorkbookPlan): unknown[][] {
  const sheet = plan.sheets[1]!;
  const rows: unknown[][] = [];
  for (let r = 4; r <= 22; r++) {
    rows.push([1, 2].map((c) => sheet.cells.find((x) => parseCell(x.ref).row === r && parseCell(x.ref).col === c)?.value ?? null));
  }
  return rows;
}
