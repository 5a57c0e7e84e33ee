import { HyperFormula } from "hyperformula";
import { dec, roundOre } from "../../src/engine";
import { excelRound, useExcelRound } from "../support/excelRound";

describe("the in-process recalculation rounds as Excel does", () => {
  it("rounds the value as shown (15 significant digits), half away from zero, as the engine does", () => {
    useExcelRound();
    const hf = HyperFormula.buildFromArray([["=ROUND(2.675,2)", "=ROUND(0.07*1.25*1000,1)", "=ROUND(-1234567.615,2)", "=ROUND(1.234,2)"]], { licenseKey: "gpl-v3" });
    expect(hf.getSheetValues(0)).toEqual([[2.68, 87.5, -1234567.62, 1.23]]);
    hf.destroy();
    for (const x of [2.675, 0.125, -0.005, 98912.445, 1234567.615, 0.07 * 1.25 * 10]) expect(excelRound(x, 2)).toBe(roundOre(dec(x)).toNumber());
  });

  it("takes a binary product as the sheet shows it, as the engine's dec does", () => {
    expect(dec(0.07 * 1.25).toString()).toBe("0.0875");
    expect(excelRound(0.07 * 1.25 * 100, 1)).toBe(8.8);
  });
});
