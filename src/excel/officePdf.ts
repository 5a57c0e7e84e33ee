/**
 * The open workbook as PDF through Office's common API: `Document.getFileAsync` with
 * `Office.FileType.Pdf`, read slice by slice (requirement set PdfFile; where a host lacks it
 * the pane explains how to print instead).
 */
import { WorkbookError } from "../sheetModel/workbookError";

/** The part of `Office.context.document` this needs. */
export interface OfficeFileSource {
  getFileAsync(fileType: string, options: { sliceSize: number }, callback: (result: OfficeAsync<OfficeFile>) => void): void;
}

/** Office's asynchronous result. */
export interface OfficeAsync<T> {
  readonly status: string;
  readonly value: T;
  readonly error?: { readonly message?: string };
}

/** A file from `getFileAsync`, read in slices. */
export interface OfficeFile {
  readonly sliceCount: number;
  getSliceAsync(index: number, callback: (result: OfficeAsync<{ readonly data: ArrayLike<number> }>) => void): void;
  closeAsync(callback?: () => void): void;
}

/** Slices of 64 KB, the size Microsoft's samples use. */
const SLICE = 65536;

function settled<T>(start: (callback: (result: OfficeAsync<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    start((result) => (result.status === "succeeded" ? resolve(result.value) : reject(new WorkbookError("pdfFailed", { reason: result.error?.message ?? String(result.status) }))))
  );
}

/**
 * Reads the document as PDF bytes; the file is closed again whatever happens.
 *
 * @example
 * const pdf = await readPdf(Office.context.document); // Uint8Array beginning with "%PDF"
 */
export async function readPdf(document: OfficeFileSource): Promise<Uint8Array> {
  const file = await settled<OfficeFile>((callback) => document.getFileAsync("pdf", { sliceSize: SLICE }, callback));
  try {
    const parts: Uint8Array[] = [];
    for (let i = 0; i < file.sliceCount; i += 1) parts.push(Uint8Array.from((await settled<{ readonly data: ArrayLike<number> }>((callback) => file.getSliceAsync(i, callback))).data));
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const part of parts) {
      bytes.set(part, at);
      at += part.length;
    }
    return bytes;
  } finally {
    file.closeAsync();
  }
}
