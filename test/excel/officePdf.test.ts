/**
 * The workbook as PDF through Office's common API (`getFileAsync` with `Office.FileType.Pdf`,
 * requirement set PdfFile): slices read in order and joined, the file closed whatever
 * happens, a failure named; the gateway offers it only where the host has PdfFile.
 */
import { OfficeGateway } from "../../src/excel/officeGateway";
import type { OfficeHost } from "../../src/excel/officeHost";
import { readPdf, type OfficeAsync, type OfficeFile, type OfficeFileSource } from "../../src/excel/officePdf";
import { fakeExcel } from "../support/fakeExcel";

function source(slices: number[][], failAt?: number): { document: OfficeFileSource; closed: () => number; asked: () => string[] } {
  let closed = 0;
  const asked: string[] = [];
  const ok = <T>(value: T): OfficeAsync<T> => ({ status: "succeeded", value });
  const file: OfficeFile = {
    sliceCount: slices.length,
    getSliceAsync: (i, callback) =>
      setTimeout(() => callback(i === failAt ? { status: "failed", value: { data: [] }, error: { message: "The slice could not be read." } } : ok({ data: slices[i]! })), 0),
    closeAsync: () => void (closed += 1)
  };
  return {
    document: { getFileAsync: (type, options, callback) => (asked.push(`${type}/${options.sliceSize}`), setTimeout(() => callback(ok(file)), 0)) },
    closed: () => closed,
    asked: () => asked
  };
}

describe("readPdf", () => {
  it("asks for the PDF in 64 KB slices and joins them in order, then closes the file", async () => {
    const s = source([[0x25, 0x50], [0x44, 0x46], [0x2d]]);
    expect(Buffer.from(await readPdf(s.document)).toString("latin1")).toBe("%PDF-");
    expect(s.asked()).toEqual(["pdf/65536"]);
    expect(s.closed()).toBe(1);
  });

  it("names the failure of a slice and still closes the file", async () => {
    const s = source([[1], [2]], 1);
    await expect(readPdf(s.document)).rejects.toMatchObject({ kind: "pdfFailed" });
    await expect(readPdf(s.document)).rejects.toThrow(/The slice could not be read\./);
    expect(s.closed()).toBe(2);
  });
});

describe("OfficeGateway.exportPdf", () => {
  it("is offered only where the host has the PdfFile requirement set", async () => {
    const excel = fakeExcel({ sheets: ["Blad1"] });
    expect(new OfficeGateway(excel.host).canExportPdf()).toBe(false); // the fake supports ExcelApi only
    await expect(new OfficeGateway(excel.host).exportPdf()).rejects.toMatchObject({ kind: "pdfUnsupported" });
    const s = source([[0x25, 0x50, 0x44, 0x46]]);
    const host: OfficeHost = { ...excel.host, isSetSupported: (name) => name === "PdfFile", fileSource: () => s.document };
    const gateway = new OfficeGateway(host);
    expect(gateway.canExportPdf()).toBe(true);
    expect(Buffer.from(await gateway.exportPdf()).toString("latin1")).toBe("%PDF");
  });
});
