import fc from "fast-check";
import { Dec, ZERO } from "../../src/engine/decimal";
import { presentValue } from "../../src/engine/discount";
import { indexFactor } from "../../src/engine/indexation";
import { inWindow, windowSum } from "../../src/engine/window";
import { isDomainError } from "../../src/engine/errors";

const d = (v: number): Dec => new Dec(v);
const years = Array.from({ length: 13 }, (_, i) => 2017 + i);
const savings = [0, 2700000, 5400000, 8100000, 5400000, 2700000, 0, 0, 0, 0, 0, 0, 0].map(d);
const base = { endYear: 2019, horizonYears: 10, includeDuring: false, discountRate: ZERO, baseYear: 2017 };

describe("the ten-year window", () => {
  test("counts endYear+1 … endYear+10", () => {
    expect([2019, 2020, 2029, 2030].map((y) => inWindow(y, 2019, 10, false))).toEqual([false, true, true, false]);
  });
  test("worked example: 16 200 000 (2020–2022)", () => {
    expect(windowSum(savings, years, base).toNumber()).toBe(16200000);
  });
  test("include during: 24 300 000", () => {
    expect(windowSum(savings, years, { ...base, includeDuring: true }).toNumber()).toBe(24300000);
  });
  test("a shorter horizon (2 years) counts 2020–2021 only", () => {
    expect(windowSum(savings, years, { ...base, horizonYears: 2 }).toNumber()).toBe(13500000);
  });
  test("discounted at 3.5 % to 2017: 14 284 851.50", () => {
    expect(windowSum(savings, years, { ...base, discountRate: d(0.035) }).toDecimalPlaces(2).toNumber()).toBe(14284851.5);
  });
  test("property: discounting at r > 0 never increases a sum of non-negative savings (base year first)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e8 }), { minLength: 13, maxLength: 13 }), fc.integer({ min: 1, max: 200 }), (vals, permille) => {
        const s = vals.map(d);
        const plain = windowSum(s, years, base);
        const discounted = windowSum(s, years, { ...base, discountRate: d(permille).div(1000) });
        return discounted.lte(plain);
      })
    );
  });
});

describe("discounting", () => {
  test("1 035 kr a year after the base year at 3.5 % is worth 1 000", () => {
    expect(presentValue(d(1035), 2018, 2017, d(0.035)).toNumber()).toBe(1000);
  });
  test("a year before the base year grows", () => {
    expect(presentValue(d(1000), 2016, 2017, d(0.035)).toNumber()).toBe(1035);
  });
});

describe("price indexation", () => {
  const rates = new Map([
    [2020, d(0.013)],
    [2021, d(0.021)],
    [2022, d(0.048)]
  ]);
  test("forwards: 900 000 in 2019 prices is 975 526.29 in 2022 prices", () => {
    expect((indexFactor(2019, 2022, rates) as Dec).times(900000).toDecimalPlaces(2).toNumber()).toBe(975526.29);
  });
  test("backwards divides: there and back again is the identity", () => {
    const f = indexFactor(2019, 2022, rates) as Dec;
    const b = indexFactor(2022, 2019, rates) as Dec;
    expect(f.times(b).toNumber()).toBe(1);
  });
  test("same year: factor 1", () => {
    expect((indexFactor(2020, 2020, rates) as Dec).toNumber()).toBe(1);
  });
  test("a missing year names the first year without a rate", () => {
    const r = indexFactor(2019, 2024, rates);
    expect(isDomainError(r) && r.code === "#N/A" && r.params.year === 2023).toBe(true);
  });
});
