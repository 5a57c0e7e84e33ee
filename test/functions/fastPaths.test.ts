import fc from "fast-check";
import { cohortSavingsCells, cohortSavingsGeneral } from "../../src/functions/adapters/cohortSavings";
import { savings10yCells, savings10yGeneral } from "../../src/functions/adapters/savings10y";
import { cohortSavingsFast } from "../../src/functions/fast/cohortSavingsFast";
import { savings10yFast } from "../../src/functions/fast/savings10yFast";
import { cohortSavings } from "../../src/engine/cohort";
import { cohortSavingsToOre } from "../../src/engine/cohortFast";
import { Dec, dec } from "../../src/engine/decimal";
import { roundOre } from "../../src/engine/rounding";
import { scaledToOre, sumToOre, toScaled } from "../../src/engine/scaled";

/** Numbers with 0–4 decimals, the kind a sheet holds, and now and then an awkward one. */
const amount = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 })).map(([m, s]) => m / 10 ** s),
  fc.double({ min: -1e6, max: 1e6, noNaN: true })
);
const share = fc.oneof(fc.integer({ min: 0, max: 100 }).map((p) => p / 100), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(1.5, -0.1));
const cohortShare = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 100 }).map((p) => p / 100), weight: 8 },
  { arbitrary: fc.constantFrom(1.5, -0.1, 1 / 3), weight: 1 }
);
const cell = fc.oneof(amount, fc.constantFrom("", null, "12", true));

describe("scaled integers give the decimal path's answers", () => {
  test("toScaled stands for the same decimal as decimal.js reads", () => {
    fc.assert(
      fc.property(amount, (x) => {
        const s = toScaled(x);
        return s === undefined || new Dec(s.m).div(new Dec(10).pow(s.s)).eq(new Dec(x));
      })
    );
  });
  test("scaledToOre rounds half away from zero like roundOre", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), fc.integer({ min: 0, max: 8 }), (m, s) => {
        return scaledToOre(m, s) === roundOre(new Dec(m).div(new Dec(10).pow(s))).toNumber();
      })
    );
  });
  test("sumToOre equals the decimal sum rounded to öre", () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 30 }), (xs) => {
        const fast = sumToOre(xs);
        return fast === undefined || fast === roundOre(xs.reduce((a, x) => a.plus(new Dec(x)), new Dec(0))).toNumber();
      })
    );
    expect(sumToOre([0.1, 0.2])).toBe(0.3);
  });
  test("cohortSavingsToOre equals cohortSavings rounded", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }).map((v) => v / 4)), { minLength: 1, maxLength: 15 }),
        share.filter((s) => s >= 0 && s <= 1),
        amount.map(Math.abs),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(1, 365, 2.5),
        fc.constantFrom(0, 0.1, 0.25),
        (vols, sh, uc, duration, lag, quantity, deadweight) => {
          const years = vols.map((_, i) => 2017 + i);
          const p = { share: sh, unitCost: uc, duration, lag, dropOff: 0, quantity, deadweight };
          const fast = cohortSavingsToOre(vols, years, p);
          if (fast === undefined) return true;
          const slow = cohortSavings(vols.map(dec), years, { ...p, share: dec(sh), unitCost: dec(uc), dropOff: dec(0), quantity: dec(quantity), deadweight: dec(deadweight) });
          return fast.every((f, i) => f === roundOre(slow[i]!).toNumber());
        }
      )
    );
  });
});

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

describe("the functions' fast paths agree with their general paths", () => {
  const answered = { s10: 0, cohort: 0 };
  afterAll(() => {
    // The properties above mean something only if the fast paths answered often enough.
    expect(answered.s10).toBeGreaterThan(10);
    expect(answered.cohort).toBeGreaterThan(10);
  });
  test("SAVINGS10Y: whenever the fast path answers, the general path gives the same number", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.array(fc.tuple(cell, fc.oneof(fc.integer({ min: 2010, max: 2040 }), fc.constantFrom("", 1800, 2020.5))), { minLength: 1, maxLength: 16 }), fc.array(fc.integer({ min: -1e9, max: 1e9 }), { minLength: 2, maxLength: 16 }).map((xs) => xs.map((x, i) => [x, 2015 + i] as [unknown, unknown]))),
        fc.oneof(fc.integer({ min: 2010, max: 2035 }), fc.constantFrom(null, "2019")),
        fc.constantFrom(null, 0, "", 0.035),
        fc.constantFrom(null, 2015, 1700),
        fc.constantFrom(null, true, false, "yes", 1),
        fc.boolean(),
        (pairs, end, rate, base, during, column) => {
          const s = pairs.map(([v]) => v);
          const y = pairs.map(([, yr]) => yr);
          const shape = (xs: unknown[]) => (column ? xs.map((x) => [x]) : [xs]);
          const fast = savings10yFast(shape(s), shape(y), end, rate, base, during);
          if (fast === undefined) return true;
          answered.s10 += 1;
          return same(fast, savings10yGeneral(shape(s), shape(y), end, rate, base, during));
        }
      ),
      { numRuns: 500 }
    );
  });
  test("COHORTSAVINGS: whenever the fast path answers, the general path gives the same array", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 2, maxLength: 15 }), fc.array(fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constantFrom(-1, 2.5, "", "3")), { minLength: 1, maxLength: 15 })),
        fc.constantFrom(2017, 2195),
        cohortShare,
        fc.oneof(fc.integer({ min: 0, max: 2e6 }), fc.constantFrom(1234.56, -5)),
        fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom(1.5, -1)),
        fc.constantFrom(null, 0, 1, 2),
        fc.constantFrom(null, 0, 0.2),
        fc.constantFrom(null, 1, 365, 0.5),
        fc.constantFrom(null, 0, 0.1, 1),
        fc.boolean(),
        (vols, first, sh, uc, duration, lag, dropOff, quantity, deadweight, column) => {
          const years = vols.map((_, i) => first + i);
          const shape = (xs: unknown[]) => (column ? xs.map((x) => [x]) : [xs]);
          const fast = cohortSavingsFast(shape(vols), shape(years), sh, uc, duration, lag, dropOff, quantity, deadweight);
          if (fast === undefined) return true;
          answered.cohort += 1;
          return same(fast, cohortSavingsGeneral(shape(vols), shape(years), sh, uc, duration, lag, dropOff, quantity, deadweight));
        }
      ),
      { numRuns: 500 }
    );
  });
  test("the fast paths do answer the worked example (they are not dead code)", () => {
    const years = [[2017, 2018, 2019, 2020, 2021, 2022]];
    expect(cohortSavingsFast([[10, 10, 10, 0, 0, 0]], years, 0.3, 900000, 3, 1, null, null, null)).toEqual([[0, 2700000, 5400000, 8100000, 5400000, 2700000]]);
    expect(savings10yFast([[0, 2700000, 5400000, 8100000, 5400000, 2700000]], years, 2019, null, null, null)).toBe(16200000);
    expect(cohortSavingsCells([[10, 0]], [[2017, 2018]], 0.3, 900000, 2, 0, 0.5, null, null)).toEqual([[2700000, 1350000]]);
    expect(savings10yCells([[1, 2]], [[2020, 2021]], 2019, 0.1, 2020, null)).toBe(2.82);
  });
});
