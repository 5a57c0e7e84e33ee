/**
 * Writes a {@link WorkbookPlan} as .xlsx bytes with ExcelJS: sheets in order, values and
 * formulas (each with the engine's value as its cached result, so a preview shows figures
 * before any recalculation; Excel recalculates on opening),
 * number formats, styles, column widths, frozen panes, tables, workbook-scoped names
 * and document properties.
 */
import type { Workbook, Worksheet } from "exceljs";
import type { CellPlan, SheetPlan, TablePlan, WorkbookPlan } from "../sheetModel/plan";
import { excelStyle, tableCellStyle } from "./cellStyles";
import { applyPrintLayout } from "./printSetup";
import { useNormalFont } from "./normalFont";
import { prefixFutureFunctions } from "./futureFunctions";
import { loadExcelJs } from "./loadExcelJs";
import { onSheet } from "../sheetModel/a1";
import { addChartsOnWrite } from "./charts/chartsOnWrite";

/** The table style of every table the writer creates. */
export const TABLE_STYLE = "TableStyleMedium2";

/** The author written into the document properties. */
export const CREATOR = "SINV";

function formulaFor(cell: CellPlan, sheet: string): string {
  const formula = cell.formula as string;
  if (formula.startsWith("=")) {
    throw new Error(
      `Formeln i ${sheet}!${cell.ref} börjar med "=", vilket planen inte får ha. / The formula in ${sheet}!${cell.ref} starts with "=", which a plan must not have.`
    );
  }
  return prefixFutureFunctions(formula);
}

function writeCell(worksheet: Worksheet, cell: CellPlan, sheet: string): void {
  const target = worksheet.getCell(cell.ref);
  if (cell.formula !== undefined) {
    // The engine's value is stored as the cached result (<v>; t="str" for text, t="b" for
    // TRUE/FALSE), so previews and Protected View show figures before any recalculation.
    const formula = formulaFor(cell, sheet);
    target.value = cell.expect === undefined ? { formula } : { formula, result: cell.expect };
  } else {
    target.value = cell.value ?? null;
  }
  const style = excelStyle(cell.style);
  if (cell.numFmt !== undefined) style.numFmt = cell.numFmt;
  if (Object.keys(style).length > 0) target.style = style;
}

function writeTable(worksheet: Worksheet, table: TablePlan): void {
  // An Excel table always has at least one data row; an empty one gets a blank row.
  const rows = table.rows.length > 0 ? table.rows.map((row) => [...row]) : [table.columns.map(() => null)];
  worksheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: table.ref,
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: table.columns.map((name) => ({ name, filterButton: true })),
    rows
  });
  const origin = worksheet.getCell(table.ref);
  const firstRow = Number(origin.row);
  const firstCol = Number(origin.col);
  table.columns.forEach((_, index) => {
    worksheet.getCell(firstRow, firstCol + index).style = tableCellStyle(true, true, table.numFmts?.[index] !== undefined);
    for (let r = 0; r < rows.length; r += 1) {
      const style = tableCellStyle(false, table.wrap?.[index] === true, false);
      const numFmt = table.numFmts?.[index];
      worksheet.getCell(firstRow + 1 + r, firstCol + index).style = numFmt === undefined ? style : { ...style, numFmt };
    }
  });
}

function writeSheet(workbook: Workbook, sheet: SheetPlan): void {
  const freeze = sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0) ? sheet.freeze : undefined;
  const worksheet = workbook.addWorksheet(sheet.name, {
    ...(sheet.hidden ? { state: "hidden" as const } : {}),
    views: freeze ? [{ state: "frozen", xSplit: freeze.columns, ySplit: freeze.rows }] : []
  });
  for (const [column, width] of Object.entries(sheet.columnWidths)) worksheet.getColumn(Number(column)).width = width;
  for (const table of sheet.tables) writeTable(worksheet, table);
  for (const cell of sheet.cells) writeCell(worksheet, cell, sheet.name);
  applyPrintLayout(worksheet, sheet);
}

/**
 * Writes the plan as an .xlsx file. ExcelJS is loaded on the first call.
 *
 * Formulas are stored with the plan's `expect` as their cached value (none where a cell has
 * no `expect`) and the workbook asks for a full recalculation on load; functions newer than
 * Excel 2007 get their `_xlfn.` prefix.
 *
 * @param plan - the workbook to write.
 * @returns the bytes of the .xlsx file.
 *
 * @example
 * const bytes = await writeXlsx({
 *   title: "Exempel", lang: "sv", formulas: "native",
 *   sheets: [{ name: "Översikt", cells: [{ ref: "A1", value: 2 }, { ref: "B1", formula: "A1*3", style: "result" }], tables: [], columnWidths: { 1: 20 } }],
 *   names: [{ name: "SINV_Result", sheet: "Översikt", ref: "$B$1" }]
 * });
 * // bytes starts with "PK" (a zip file); LibreOffice computes B1 = 6
 */
export async function writeXlsx(plan: WorkbookPlan): Promise<Uint8Array> {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  workbook.creator = CREATOR;
  workbook.lastModifiedBy = CREATOR;
  workbook.title = plan.title;
  (workbook as Workbook & { language?: string }).language = plan.lang === "sv" ? "sv-SE" : "en-GB"; // written to docProps, missing from the typings
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) writeSheet(workbook, sheet);
  for (const name of plan.names) workbook.definedNames.add(onSheet(name.sheet, name.ref), name.name);
  useNormalFont(workbook);
  addChartsOnWrite(workbook, plan);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
