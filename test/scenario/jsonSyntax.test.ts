import fc from "fast-check";
import { locateJsonError } from "../../src/scenario/jsonSyntax";

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe("locateJsonError agrees with JSON.parse", () => {
  test("on valid JSON it finds nothing", () => {
    fc.assert(fc.property(fc.json(), (text) => locateJsonError(text) === undefined), { numRuns: 300 });
  });

  test("on JSON-like text it finds an error exactly when JSON.parse fails", () => {
    const piece = fc.constantFrom("{", "}", "[", "]", ",", ":", '"a"', '"', "1", "-", "0.5", "e", "tru", "true", "null", " ", "\n", "\\", "'", "0,3");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join("")), (text) => {
        const found = locateJsonError(text);
        expect(found === undefined).toBe(parses(text));
        if (found) expect(found.offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 1000 }
    );
  });

  test("line and column count from 1, after each line break", () => {
    const e = locateJsonError('{\r\n  "a": 1,\r\n  "b": x\r\n}');
    expect(e && [e.line, e.column]).toEqual([3, 8]);
  });
});
