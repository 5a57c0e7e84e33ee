/** Downloads made by the pane: the preview's new workbook (no Excel to open it in) and the workbook as PDF. */

/** The media type of a PDF file. */
export const PDF_TYPE = "application/pdf";

/** The media type of an .xlsx file. */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Downloads the bytes as a file through a link to a blob (same origin, nothing sent anywhere).
 *
 * @example
 * downloadFile(document, bytes, "sinv-ansokan.xlsx"); // the browser saves sinv-ansokan.xlsx
 */
export function downloadFile(doc: Document, bytes: Uint8Array, fileName: string, type = XLSX_TYPE): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, so the download has its URL.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
