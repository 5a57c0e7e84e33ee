/**
 * Loads ExcelJS on first use. Only the writer modules call this, so the task pane's
 * main bundle does not contain ExcelJS (webpack splits a dynamic import into its own
 * chunk).
 */
import type * as ExcelJSModule from "exceljs";

/** The ExcelJS module's exports (Workbook, …). */
export type ExcelJS = typeof ExcelJSModule;

let loading: Promise<ExcelJS> | undefined;

/**
 * ExcelJS, imported once (tried again after a failed load); a CommonJS module seen through `import()` may arrive under
 * `default`, so both shapes are accepted.
 *
 * @returns the module.
 *
 * @example
 * const { Workbook } = await loadExcelJs();
 * const workbook = new Workbook();
 */
export function loadExcelJs(): Promise<ExcelJS> {
  loading ??= import("exceljs").then((mod) => {
    const withDefault = mod as ExcelJS & { default?: ExcelJS };
    return withDefault.default && typeof withDefault.default.Workbook === "function" ? withDefault.default : mod;
  }).catch((error: unknown) => {
    loading = undefined; // a failed chunk load may succeed next time
    throw error;
  });
  return loading;
}
