import fc from "fast-check";
import { Dec } from "../../src/engine/decimal";
import { roundCumulative, roundOre } from "../../src/engine/rounding";

describe("roundOre", () => {
  test.each([
    ["975526.28756", 975526.29],
    ["0.005", 0.01],
    ["-0.005", -0.01],
    ["2.675", 2.68],
    ["1.004999", 1]
  ])("%s → %s (half away from zero, as Excel's ROUND)", (input, expected) => {
    expect(roundOre(new Dec(input)).toNumber()).toBe(expected);
  });
});

describe("roundCumulative", () => {
  test("thirds of one krona add up to 1.00", () => {
    const third = new Dec(1).div(3);
    expect(roundCumulative([third, third, third]).map(Number)).toEqual([0.33, 0.34, 0.33]);
  });

  test("property: rounded parts add up exactly to the rounded total", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 }), { minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 7 }), (ints, divisor) => {
        const parts = ints.map((n) => new Dec(n).div(divisor * 1000));
        const total = parts.reduce((a, b) => a.plus(b), new Dec(0));
        const rounded = roundCumulative(parts);
        const back = rounded.reduce((a, b) => a.plus(b), new Dec(0));
        return back.eq(roundOre(total)) && rounded.every((r) => r.decimalPlaces() <= 2);
      })
    );
  });
});
