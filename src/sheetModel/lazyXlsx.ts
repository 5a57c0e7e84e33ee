/**
 * The xlsx writer, loaded on first use: the writer and ExcelJS come in their own chunk, so
 * neither the task pane nor the preview carries them in its first download.
 */
import type { WorkbookPlan } from "./plan";

/**
 * Writes a plan as .xlsx bytes, importing the writer (and ExcelJS) only now.
 *
 * @example
 * const bytes = await writeXlsxLazily(plan); // bytes[0] === 0x50 ("P" of the zip header "PK")
 */
export async function writeXlsxLazily(plan: WorkbookPlan): Promise<Uint8Array> {
  const { writeXlsx } = await import(/* webpackChunkName: "xlsx-writer" */ "../writer/xlsxWriter");
  return writeXlsx(plan);
}
