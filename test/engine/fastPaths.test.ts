import fc from "fast-check";
import { cohortSavings } from "../../src/engine/cohort";
import { cohortSavingsFloat, cohortSavingsOre } from "../../src/engine/cohortOre";
import type { CohortNumbers } from "../../src/engine/cohortOre";
import { Dec, dec } from "../../src/engine/decimal";
import { growthFactor } from "../../src/engine/discount";
import { isDomainError } from "../../src/engine/errors";
import { certainOre, oreNumber } from "../../src/engine/rounding";
import type { WindowNumbers } from "../../src/engine/window";
import { windowSum, windowSumExact, windowSumFloat, windowSumOre } from "../../src/engine/window";
import { cohortYearExact } from "../../src/engine/cohortExact";
import { exactOre } from "../../src/engine/rounding";
import { cohortSavingsCells } from "../../src/functions/adapters/cohortSavings";
import { savings10yCells } from "../../src/functions/adapters/savings10y";

/**
 * The engine's fast paths (floating point with an error bound) against its decimal path:
 * whenever a fast path answers, its number is the decimal path's rounded to öre, the same
 * double, sign of zero included (Object.is). Counters show the fast paths do answer.
 */

/** Money as sheets hold it: whole kronor, öre, more decimals, half-öre ties, any double. */
const money = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.integer({ min: -1e11, max: 1e11 }).map((m) => m / 100),
  fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 3, max: 6 })).map(([m, s]) => m / 10 ** s),
  fc.integer({ min: -1e6, max: 1e6 }).map((m) => (m + 0.5) / 100),
  fc.double({ min: -1e7, max: 1e7, noNaN: true }),
  fc.constantFrom(0, -0, 1e-12, -0.005, 0.005, 1e15, 0.1 + 0.2, 0.07 * 1.25, 1234.565 * 3, 1 / 3)
);
const rate = fc.oneof(
  fc.constant(0),
  fc.constant(0.035),
  fc.integer({ min: -99, max: 200 }).map((p) => p / 100),
  fc.integer({ min: -999, max: 2000 }).map((p) => p / 1000),
  fc.double({ min: -0.9, max: 1, noNaN: true })
);
const yearList = fc.oneof(
  fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 25 })).map(([first, n]) => Array.from({ length: n }, (_, i) => first + i)),
  fc.uniqueArray(fc.integer({ min: 2000, max: 2060 }), { minLength: 1, maxLength: 25 })
);

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  return Object.is(a, b);
}

const counts = { window: 0, windowDiscounted: 0, windowExact: 0, cohort: 0, cohortDropOff: 0 };
afterAll(() => {
  // The properties mean something only if the fast paths answered often.
  expect(counts.window).toBeGreaterThan(150);
  expect(counts.windowDiscounted).toBeGreaterThan(500);
  expect(counts.windowExact).toBeGreaterThan(40);
  expect(counts.cohort).toBeGreaterThan(100);
  expect(counts.cohortDropOff).toBeGreaterThan(150);
});

describe("certainOre: when it answers, it is oreNumber of the exact value", () => {
  test("for any decimal and any value within the bound of it", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: -40, max: 0 }),
        fc.integer({ min: -3, max: 3 }),
        (m, s, boundExp, nudge) => {
          const exact = new Dec(m.toString()).div(new Dec(10).pow(s));
          const value = exact.toNumber() + nudge * Number.EPSILON * Math.abs(exact.toNumber());
          const error = new Dec(value).minus(exact).abs();
          const bound = Math.max(error.toNumber() * 1.0000001, 10 ** boundExp * Math.abs(value));
          const ore = certainOre(value, bound);
          return ore === undefined || Object.is(ore, oreNumber(exact));
        }
      ),
      { numRuns: 2000 }
    );
  });
  test("a half öre within the bound is left to the decimal path; a clear case is answered", () => {
    expect(certainOre(0.125, 1e-15)).toBeUndefined();
    expect(certainOre(-0.001, 1e-12)).toBe(-0);
    expect(certainOre(0, 1e-12)).toBeUndefined();
    expect(certainOre(0, 0)).toBe(0);
    expect(certainOre(975526.28756, 1e-9)).toBe(975526.29);
  });
});

describe("the window sum: windowSumOre = the decimal windowSum rounded to öre", () => {
  test("random savings, years, windows, rates (0.035 among them) and base years", () => {
    fc.assert(
      fc.property(
        yearList.chain((years) => fc.tuple(fc.constant(years), fc.array(money, { minLength: years.length, maxLength: years.length }))),
        fc.integer({ min: 1995, max: 2080 }),
        fc.integer({ min: 0, max: 15 }),
        fc.boolean(),
        rate,
        fc.integer({ min: 1990, max: 2110 }),
        ([years, savings], endYear, horizonYears, includeDuring, discountRate, baseYear) => {
          const o: WindowNumbers = { endYear, horizonYears, includeDuring, discountRate, baseYear };
          const exact = oreNumber(windowSum(savings.map(dec), years, { ...o, discountRate: dec(discountRate) }));
          const fast = windowSumFloat(savings, years, o);
          if (fast !== undefined) counts[discountRate === 0 ? "window" : "windowDiscounted"] += 1;
          const scaled = windowSumExact(savings, years, o);
          if (fast === undefined && scaled !== undefined) counts.windowExact += 1;
          return (fast === undefined || same(fast, exact)) && (scaled === undefined || same(scaled, exact)) && same(windowSumOre(savings, years, o), exact);
        }
      ),
      { numRuns: 1500 }
    );
  });
  test("undiscounted sums of amounts with 3 decimals: the exact path settles the ties", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e8, max: 1e8 }).map((m) => m / 1000), { minLength: 1, maxLength: 12 }), fc.boolean(), (savings, includeDuring) => {
        const years = savings.map((_, i) => 2015 + i);
        const o: WindowNumbers = { endYear: 2017, horizonYears: 10, includeDuring, discountRate: 0, baseYear: 2015 };
        const exact = oreNumber(windowSum(savings.map(dec), years, { ...o, discountRate: dec(0) }));
        const scaled = windowSumExact(savings, years, o);
        if (windowSumFloat(savings, years, o) === undefined && scaled !== undefined) counts.windowExact += 1;
        return scaled !== undefined && same(scaled, exact) && same(windowSumOre(savings, years, o), exact);
      }),
      { numRuns: 1000 }
    );
  });
  test("half an öre: the float path leaves it, the scaled-integer path rounds it away from zero", () => {
    const o: WindowNumbers = { endYear: 2019, horizonYears: 10, includeDuring: false, discountRate: 0, baseYear: 2020 };
    expect(windowSumFloat([0.125, 0.25], [2020, 2021], o)).toBeUndefined();
    expect(windowSumExact([0.125, 0.25], [2020, 2021], o)).toBe(0.38);
    expect(windowSumExact([-0.125, -0.25], [2020, 2021], o)).toBe(-0.38);
    expect(windowSumExact([-0.001], [2020], o)).toBe(-0);
    expect(exactOre(7403055750n, 4)).toBe(740305.58);
    expect(exactOre(2n ** 60n, 0)).toBeUndefined();
  });
  test("a number enters as its 15 significant digits: 1.005 is 1.005, not the double 1.00499999999999989…", () => {
    const o: WindowNumbers = { endYear: 2019, horizonYears: 10, includeDuring: false, discountRate: 0, baseYear: 2020 };
    expect(windowSumOre([1.005], [2020], o)).toBe(1.01);
    expect(windowSumOre([0.07 * 1.25], [2020], o)).toBe(0.09);
    expect(windowSumOre([0.1 + 0.2, -0.3], [2020, 2021], o)).toBe(0);
    expect(cohortSavingsOre([1], [2017], { share: 1, unitCost: 1.005, duration: 1, lag: 0, dropOff: 0, quantity: 1, deadweight: 0 })).toEqual([1.01]);
  });
  test("the cached discount factor is the power the decimal path used", () => {
    expect(growthFactor(new Dec(0.035), 2).toString()).toBe("1.071225");
    expect(growthFactor(new Dec(0.035), -1).eq(new Dec(1).div(new Dec(1.035)))).toBe(true);
    expect(windowSumOre([1.5, 2.25, 3.1], [2019, 2020, 2021], { endYear: 2019, horizonYears: 10, includeDuring: false, discountRate: 0.035, baseYear: 2019 })).toBe(5.07);
  });
  test("a sum past the largest double is an error, never Infinity", () => {
    const r = windowSumOre([1e308, 1e308], [2020, 2021], { endYear: 2019, horizonYears: 10, includeDuring: false, discountRate: 0, baseYear: 2020 });
    expect(isDomainError(r) && r.key).toBe("tooLarge");
    expect(isDomainError(savings10yCells([[1e308, 1e308]], [[2020, 2021]], 2019, null, null, null))).toBe(true);
  });
});

const volume = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 200 }), weight: 12 },
  { arbitrary: fc.integer({ min: 0, max: 800 }).map((v) => v / 4), weight: 3 },
  { arbitrary: fc.double({ min: 0, max: 1000, noNaN: true }), weight: 1 },
  { arbitrary: fc.constant(0), weight: 4 }
);
const share01 = fc.oneof(fc.integer({ min: 0, max: 100 }).map((p) => p / 100), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(1 / 3, 1, 0, 0.1 + 0.2, 0.07 * 1.25));
const unitCost = fc.oneof(fc.integer({ min: 0, max: 2e6 }), fc.integer({ min: 0, max: 2e8 }).map((m) => m / 100), fc.double({ min: 0, max: 1e7, noNaN: true }), fc.constantFrom(1234.565 * 3, 900000 * 1.1));
const dropOff = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 100 }).map((p) => p / 100), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(1 / 3, 0.5, 1, 0.1 + 0.2));
const deadweight = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 99 }).map((p) => p / 100), fc.double({ min: 0, max: 0.999, noNaN: true }));
const cohortYears = fc.oneof(
  fc.tuple(fc.integer({ min: 2000, max: 2050 }), fc.integer({ min: 1, max: 20 })).map(([first, n]) => Array.from({ length: n }, (_, i) => first + i)),
  fc.uniqueArray(fc.integer({ min: 2000, max: 2040 }), { minLength: 1, maxLength: 20 }).map((ys) => ys.sort((a, b) => a - b))
);

function decimalCohort(volumes: readonly number[], years: readonly number[], p: CohortNumbers): number[] {
  const d = cohortSavings(volumes.map(dec), years, { ...p, share: dec(p.share), unitCost: dec(p.unitCost), dropOff: dec(p.dropOff), quantity: dec(p.quantity), deadweight: dec(p.deadweight) });
  return d.map(oreNumber);
}

describe("cohort savings: cohortSavingsOre = the decimal cohortSavings rounded to öre", () => {
  test("random cohorts with drop-off, deadweight, quantity, lags and gaps in the years", () => {
    fc.assert(
      fc.property(
        cohortYears.chain((years) => fc.tuple(fc.constant(years), fc.array(volume, { minLength: years.length, maxLength: years.length }))),
        share01,
        unitCost,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 3 }),
        dropOff,
        fc.constantFrom(1, 365, 2.5, 0.1),
        deadweight,
        ([years, volumes], share, uc, duration, lag, drop, quantity, dw) => {
          const p: CohortNumbers = { share, unitCost: uc, duration, lag, dropOff: drop, quantity, deadweight: dw };
          const exact = decimalCohort(volumes, years, p);
          const fast = cohortSavingsFloat(volumes, years, p);
          if (fast !== undefined) counts[drop === 0 ? "cohort" : "cohortDropOff"] += 1;
          return (fast === undefined || same(fast, exact)) && same(cohortSavingsOre(volumes, years, p), exact);
        }
      ),
      { numRuns: 1500 }
    );
  });
  test("a year on half an öre is computed exactly on scaled integers", () => {
    const p = { share: 0.3, unitCost: 609305, duration: 3, lag: 0, dropOff: 0.1, quantity: 1, deadweight: 0 };
    expect(cohortYearExact([5, 0, 0], [2017, 2018, 2019], p, 2)).toBe(740305.58);
    expect(cohortSavingsFloat([5, 0, 0], [2017, 2018, 2019], p)).toEqual([913957.5, 822561.75, 740305.58]);
    expect(cohortYearExact([5, 0, 0], [2017, 2018, 2019], { ...p, share: 1 / 3 }, 2)).toBeUndefined();
  });
  test("the worked example, and a drop-off the old fast path left to decimal.js", () => {
    const years = [2017, 2018, 2019, 2020, 2021, 2022];
    const p = { share: 0.3, unitCost: 900000, duration: 3, lag: 1, dropOff: 0, quantity: 1, deadweight: 0 };
    expect(cohortSavingsFloat([10, 10, 10, 0, 0, 0], years, p)).toEqual([0, 2700000, 5400000, 8100000, 5400000, 2700000]);
    expect(cohortSavingsFloat([10, 0, 0], [2017, 2018, 2019], { ...p, lag: 0, dropOff: 0.1 })).toEqual([2700000, 2430000, 2187000]);
    expect(cohortSavingsCells([[10, 0]], [[2017, 2018]], 0.3, 900000, 2, 0, 0.5, null, null)).toEqual([[2700000, 1350000]]);
  });
});
