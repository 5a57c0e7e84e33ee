/**
 * The written workbook computes in a real spreadsheet: LibreOffice Calc (headless)
 * recalculates every formula and its results equal the plan's expectations. Requires
 * LibreOffice (`apt-get install -y libreoffice-calc`); without it this file fails.
 */
import { writeXlsx } from "../../src/writer/xlsxWriter";
import { expectedValues, SMALL_PLAN } from "../fixtures/smallPlan";
import { findSoffice, recalcBytesWithLibreOffice, recalcSeconds } from "../support/libreoffice";
import { readXlsxValues } from "../../src/writer/readXlsxValues";
import { readXlsxStructure } from "../support/xlsxStructure";

describe("LibreOffice recalculates the written workbook", () => {
  let written: Uint8Array;
  let recalculated: Uint8Array;

  beforeAll(async () => {
    if (!findSoffice()) throw new Error("LibreOffice is missing: install libreoffice-calc (apt-get install -y libreoffice-calc).");
    written = await writeXlsx(SMALL_PLAN);
    recalculated = await recalcBytesWithLibreOffice(written);
  }, 180_000);

  it("computes every formula as the plan expects (SUMPRODUCT cohorts, ROUND, IF, INDEX/MATCH, names, tables, _xlfn.)", async () => {
    const values = await readXlsxValues(recalculated);
    const expected = expectedValues(SMALL_PLAN);
    expect(expected.size).toBe(20);
    for (const [key, value] of expected) {
      const actual = values.get(key);
      if (typeof value === "number") {
        expect({ key, actual: typeof actual === "number" ? Math.round(actual * 100) / 100 : actual }).toEqual({ key, actual: value });
      } else {
        expect({ key, actual }).toEqual({ key, actual: value });
      }
    }
  });

  it("keeps literal values", async () => {
    const values = await readXlsxValues(recalculated);
    expect(values.get("Indata!F3")).toBe("KONTAKT");
    expect(values.get("Indata!C3")).toBe(95000.37);
  });

  it("keeps the defined name and the table in the written file and after LibreOffice saved it", async () => {
    for (const bytes of [written, recalculated]) {
      const { names, tables, sheets } = await readXlsxStructure(bytes);
      expect(sheets).toEqual(["Översikt", "Indata", "Effekter och år"]);
      expect(names.get("SINV_TotalSavings")).toEqual(["'Översikt'!$C$3"]);
      expect(tables.map(({ sheet, name, ref, columns }) => ({ sheet, name, ref, columns }))).toEqual([
        { sheet: "Indata", name: "SINV_Enhetskostnader", ref: "A1:C4", columns: ["Kod", "Benämning", "Kostnad"] }
      ]);
    }
  });

  it("takes well under a minute per file", () => {
    expect(recalcSeconds.length).toBe(1);
    expect(recalcSeconds[0]).toBeLessThan(60);
  });
});
