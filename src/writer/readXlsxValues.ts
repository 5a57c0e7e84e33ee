/**
 * Reads the values of every cell of an .xlsx file, for tests and checks: literal values
 * as they are, formula cells as their stored result (what Excel or LibreOffice
 * computed when it last saved the file).
 */
import type { CellValue as ExcelCellValue } from "exceljs";
import { loadExcelJs } from "./loadExcelJs";

/** A cell's value after reading: a number, text, boolean, date, error text such as "#N/A", or undefined for a formula never computed. */
export type ReadValue = number | string | boolean | Date | undefined;

function plainValue(value: ExcelCellValue): ReadValue {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean" || value instanceof Date) return value;
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return undefined;
    if (typeof result === "object" && "error" in (result as object)) return (result as { error: string }).error;
    return result as ReadValue;
  }
  if ("text" in value) return value.text;
  return undefined;
}

/**
 * Every non-empty cell of the file, keyed `Sheet!A1` (the sheet name unquoted).
 *
 * @param bytes - an .xlsx file.
 * @returns the values; formula cells give their cached result (undefined when none).
 *
 * @example
 * const values = await readXlsxValues(await writeXlsx(plan));
 * values.get("Översikt!A1"); // 2
 * values.get("Översikt!B1"); // undefined: ExcelJS wrote no result; after LibreOffice: 6
 */
export async function readXlsxValues(bytes: Uint8Array): Promise<Map<string, ReadValue>> {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as never);
  const values = new Map<string, ReadValue>();
  workbook.eachSheet((worksheet) => {
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        // ExcelJS leaves a stored result of 0 out of `value` but gives it as `cell.result`.
        const isFormula = typeof cell.value === "object" && cell.value !== null && ("formula" in cell.value || "sharedFormula" in cell.value);
        values.set(`${worksheet.name}!${cell.address}`, isFormula ? plainValue({ ...(cell.value as object), result: cell.result } as ExcelCellValue) : plainValue(cell.value));
      });
    });
  });
  return values;
}
