import fc from "fast-check";
import { scanFormula } from "../../src/writer/formulaScanner";
import { prefixFutureFunctions } from "../../src/writer/futureFunctions";
import { onSheet as sheetRef, quoteSheet as quoteSheetName } from "../../src/sheetModel/a1";

describe("scanFormula", () => {
  it("finds sheet prefixes, names, structured references and leaves strings alone", () => {
    const tokens = scanFormula(`SUM('Effekter och år'!B4,Indata!$F$2,Tbl[[#This Row],[Kod]],"Indata!A1",SINV_Total)+#N/A`);
    expect(tokens.filter((t) => t.kind === "sheet").map((t) => (t.kind === "sheet" ? t.name : ""))).toEqual(["Effekter och år", "Indata"]);
    expect(tokens.filter((t) => t.kind === "name").map((t) => t.text)).toEqual(["SUM", "B4", "F", "Tbl", "SINV_Total"]);
    expect(tokens.find((t) => t.kind === "structured")?.text).toBe("[[#This Row],[Kod]]");
    expect(tokens.find((t) => t.kind === "string")?.text).toBe('"Indata!A1"');
    expect(tokens.find((t) => t.kind === "error")?.text).toBe("#N/A");
  });

  it("reads quoted names with doubled quotes and bare non-ASCII sheet names", () => {
    const tokens = scanFormula("'Kalle''s år'!A1+Översikt!C8");
    expect(tokens[0]).toEqual({ kind: "sheet", text: "'Kalle''s år'!", name: "Kalle's år" });
    expect(tokens[3]).toEqual({ kind: "sheet", text: "Översikt!", name: "Översikt" });
  });

  it("marks calls and table references", () => {
    expect(scanFormula("ROUND(T[x],2)").filter((t) => t.kind === "name")).toEqual([
      { kind: "name", text: "ROUND", next: "(" },
      { kind: "name", text: "T", next: "[" }
    ]);
  });

  it("gives the formula back exactly for any input", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '"', "[", "]", "!", "#", "A", "ö", "1", ".", "(", ",", " ", "$", "_", "E", "+") }), (formula) => {
        expect(scanFormula(formula).map((t) => t.text).join("")).toBe(formula);
      })
    );
  });
});

describe("prefixFutureFunctions", () => {
  it("prefixes newer functions once, in any case, never inside strings", () => {
    expect(prefixFutureFunctions('IFNA(MATCH("IFS(",A1:A3,0),ifs(A1>0,1))')).toBe('_xlfn.IFNA(MATCH("IFS(",A1:A3,0),_xlfn.ifs(A1>0,1))');
    expect(prefixFutureFunctions("_xlfn.IFNA(A1,0)")).toBe("_xlfn.IFNA(A1,0)");
    expect(prefixFutureFunctions("SUMPRODUCT(A1:A3,B1:B3)")).toBe("SUMPRODUCT(A1:A3,B1:B3)");
  });
});

describe("quoteSheetName", () => {
  it.each([
    ["Indata", "Indata"],
    ["Blad_1.a", "Blad_1.a"],
    ["Översikt", "'Översikt'"],
    ["Effekter och år", "'Effekter och år'"],
    ["Kalle's", "'Kalle''s'"],
    ["A1", "'A1'"],
    ["XFD100", "'XFD100'"],
    ["R1C1", "'R1C1'"],
    ["2025", "'2025'"]
  ])("%s → %s", (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });

  it("builds sheet references", () => {
    expect(sheetRef("Översikt", "$C$8")).toBe("'Översikt'!$C$8");
  });
});
