/**
 * Puts the plan's charts into the file ExcelJS writes (ExcelJS writes no charts). ExcelJS
 * builds the package in a JSZip archive (bundled inside ExcelJS) and compresses it in its
 * last step, `_finalize`; this wraps that step on the one workbook so the chart parts are
 * added to the same archive just before, read and written through it. No second zip
 * library is loaded and the archive is compressed once.
 *
 * Relies on two internals of ExcelJS 4 (lib/xlsx/xlsx.js, lib/utils/zip-stream.js), the same
 * in its Node modules and its browser bundles: `workbook.xlsx._finalize(zip)` and the
 * ZipWriter's JSZip instance `zip.zip`. If they are not there, writing fails with a clear
 * message, never silently without the charts.
 */
import type { Workbook } from "exceljs";
import type { WorkbookPlan } from "../../sheetModel/plan";
import { addChartParts, type PackageParts } from "./chartParts";

/** The parts of JSZip this uses. */
interface JSZipLike {
  file(path: string): { async(type: "string"): Promise<string> } | null;
  file(path: string, data: string): unknown;
  forEach(callback: (path: string) => void): void;
}

/** ExcelJS's ZipWriter: the archive it fills. */
interface ZipWriterLike {
  readonly zip?: JSZipLike;
}

/** The ExcelJS XLSX object's last step. */
interface XlsxLike {
  _finalize?: (zip: ZipWriterLike) => Promise<unknown>;
}

const CHANGED = "ExcelJS har ändrats så att diagrammen inte kan skrivas (xlsx._finalize / zip). / ExcelJS has changed so that the charts cannot be written (xlsx._finalize / zip).";

function partsOf(zip: JSZipLike): PackageParts {
  return {
    read: async (path) => (await zip.file(path)?.async("string")) ?? undefined,
    write: (path, text) => void zip.file(path, text),
    paths: () => {
      const out: string[] = [];
      zip.forEach((path) => out.push(path));
      return out;
    }
  };
}

/**
 * Makes the workbook's next `xlsx.writeBuffer()` include the plan's charts. Does nothing
 * when the plan has none.
 *
 * @example
 * const workbook = new Workbook(); // … sheets written from plan …
 * addChartsOnWrite(workbook, plan);
 * const bytes = await workbook.xlsx.writeBuffer(); // with xl/charts/chart1.xml, …
 */
export function addChartsOnWrite(workbook: Workbook, plan: WorkbookPlan): void {
  if (!plan.sheets.some((sheet) => (sheet.charts ?? []).length > 0)) return;
  const xlsx = workbook.xlsx as unknown as XlsxLike;
  const finalize = xlsx._finalize;
  if (typeof finalize !== "function") throw new Error(CHANGED);
  xlsx._finalize = async (writer) => {
    const zip = writer.zip;
    if (!zip || typeof zip.file !== "function" || typeof zip.forEach !== "function") throw new Error(CHANGED);
    await addChartParts(partsOf(zip), plan);
    return finalize.call(xlsx, writer);
  };
}
