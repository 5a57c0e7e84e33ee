import { cellAddress, columnLetters, parseCell, tableRange } from "../../src/sheetModel/a1";
import { base64Length, toBase64 } from "../../src/sheetModel/base64";
import { globalOfficeHost } from "../../src/excel/officeHost";
import { assertRequestSize, MAX_REQUEST_BASE64 } from "../../src/sheetModel/requestLimit";
import { reasonOf, WorkbookError, WORKBOOK_MESSAGES } from "../../src/sheetModel/workbookError";

describe("A1 addresses", () => {
  it("converts columns and cells both ways", () => {
    expect([1, 26, 27, 28, 702, 703, 16384].map(columnLetters)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA", "XFD"]);
    expect(parseCell("$AB$10")).toEqual({ row: 10, col: 28 });
    expect(cellAddress(parseCell("xfd1048576"))).toBe("XFD1048576");
    expect(() => parseCell("A1:B2")).toThrow("Not a cell reference");
    expect(tableRange("C3", 3, 0)).toBe("C3:E4");
  });
});

describe("base64", () => {
  it("encodes like Node's Buffer, also above one chunk", () => {
    const bytes = Uint8Array.from({ length: 100_001 }, (_, i) => (i * 7919) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
    expect(toBase64(bytes)).toHaveLength(base64Length(bytes.length));
  });
});

describe("request limit", () => {
  it("allows up to the limit and refuses beyond it in both languages", () => {
    const largest = (MAX_REQUEST_BASE64 / 4) * 3;
    expect(() => assertRequestSize(largest)).not.toThrow();
    expect(() => assertRequestSize(largest + 1)).toThrow(/för stor för att skickas till Excel: 5\.0 MB.*too large to send to Excel: 5\.0 MB/);
  });
});

describe("WorkbookError", () => {
  it("has every message in both languages with the same parameters", () => {
    for (const { sv, en } of Object.values(WORKBOOK_MESSAGES)) {
      expect((sv.match(/\{\w+\}/g) ?? []).sort()).toEqual((en.match(/\{\w+\}/g) ?? []).sort());
    }
    const error = new WorkbookError("readFailed", { reason: "Borta." });
    expect(error.text("sv")).toBe("Tabellerna kunde inte läsas: Borta.");
    expect(error.text("en")).toBe("The tables could not be read: Borta.");
    expect(error.message).toBe("Tabellerna kunde inte läsas: Borta. / The tables could not be read: Borta.");
  });

  it("turns anything thrown into a sentence", () => {
    expect(reasonOf(new Error("GeneralException"))).toBe("GeneralException.");
    expect(reasonOf({ message: "Stopp!" })).toBe("Stopp!");
    expect(reasonOf("")).toBe("okänt fel / unknown error.");
  });
});

describe("globalOfficeHost outside Office", () => {
  it("reports no requirement sets and refuses to run", async () => {
    const host = globalOfficeHost();
    expect(host.isSetSupported("ExcelApi", "1.1")).toBe(false);
    await expect(Promise.resolve().then(() => host.run(async () => 1))).rejects.toMatchObject({ kind: "notInExcel" });
    await expect(Promise.resolve().then(() => host.createWorkbook("UEs="))).rejects.toMatchObject({ kind: "notInExcel" });
  });
});
