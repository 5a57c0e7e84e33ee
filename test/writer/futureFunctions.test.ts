import { FUTURE_FUNCTIONS, prefixFutureFunctions } from "../../src/writer/futureFunctions";

describe("prefixFutureFunctions: the quick test finds every future function the scan would", () => {
  test("each listed function, in any case, after any operator, gets its prefix once", () => {
    for (const name of FUTURE_FUNCTIONS) {
      for (const spelled of [name, name.toLowerCase()]) {
        expect(prefixFutureFunctions(`1+${spelled}(A1)`)).toBe(`1+_xlfn.${spelled}(A1)`);
        expect(prefixFutureFunctions(`${spelled}(A1)`)).toBe(`_xlfn.${spelled}(A1)`);
        expect(prefixFutureFunctions(`_xlfn.${spelled}(A1)`)).toBe(`_xlfn.${spelled}(A1)`);
      }
    }
  });
  test("formulas without one are returned as they are; names that only contain one are left", () => {
    expect(prefixFutureFunctions("SUMPRODUCT(A1:A3,B1:B3)")).toBe("SUMPRODUCT(A1:A3,B1:B3)");
    expect(prefixFutureFunctions('"IFNA("&A1')).toBe('"IFNA("&A1');
    expect(prefixFutureFunctions("MYIFNA(1)+NORMXS.DIST(2)")).toBe("MYIFNA(1)+NORMXS.DIST(2)");
    expect(prefixFutureFunctions("NORM.S.DIST(1,TRUE)")).toBe("_xlfn.NORM.S.DIST(1,TRUE)");
  });
});
