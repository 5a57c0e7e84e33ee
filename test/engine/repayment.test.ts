import fc from "fast-check";
import { approval, breakEvenShare, paybackYear } from "../../src/engine/appraisal";
import { staffCost } from "../../src/engine/costs";
import { Dec, ZERO } from "../../src/engine/decimal";
import { isDomainError } from "../../src/engine/errors";
import {
  actualRepayment,
  departmentWeights,
  planEvenInstalments,
  planFollowingSavings,
  plannedRepayment,
  splitRepayment
} from "../../src/engine/repayment";
import { roundCumulative, roundOre } from "../../src/engine/rounding";

const d = (v: number): Dec => new Dec(v);
const C = d(12200000);
const fee = d(0.05);
const floor = d(0.3);

describe("repayment", () => {
  test("planned: 12 200 000 × 1.05 = 12 810 000", () => {
    expect(plannedRepayment(C, fee).toNumber()).toBe(12810000);
  });
  test.each([
    [3000000, 3660000, "the 30 % floor"],
    [9000000, 9000000, "between floor and planned"],
    [20000000, 12810000, "capped at planned"],
    [-5000000, 3660000, "negative actual savings: the floor"]
  ])("actual savings %d → %d (%s)", (actual, expected) => {
    expect(actualRepayment(C, d(actual), floor, fee).toNumber()).toBe(expected);
  });
  test("weights count negative savings as 0", () => {
    expect(departmentWeights([d(3), d(-5), d(1)])!.map(Number)).toEqual([0.75, 0, 0.25]);
    expect(departmentWeights([d(0), d(-1)])).toBeUndefined();
  });
  test("split: risk sharing per department", () => {
    expect(splitRepayment(C, [6e6, 3e6, 1e6].map(d), [2e6, 4e6, 0].map(d), floor, fee)!.map(Number)).toEqual([2196000, 3843000, 366000]);
  });
  test("property: each department repays between its floor and its planned part; the sum between floor × C and R", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -1e7, max: 1e8 }), fc.integer({ min: -1e7, max: 1e8 })), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 1e9 }),
        (pairs, cost) => {
          const planned = pairs.map(([p]) => d(p));
          const actual = pairs.map(([, a]) => d(a));
          const w = departmentWeights(planned);
          const parts = splitRepayment(d(cost), planned, actual, floor, fee);
          if (!w) return parts === undefined;
          const R = plannedRepayment(d(cost), fee);
          const total = parts!.reduce((a, b) => a.plus(b), ZERO);
          return (
            parts!.every((p, i) => p.gte(d(cost).times(floor).times(w[i]!)) && p.lte(R.times(w[i]!))) &&
            total.gte(d(cost).times(floor).minus(1e-20)) &&
            total.lte(R.plus(1e-20))
          );
        }
      )
    );
  });
  test("property: the planned split, rounded cumulatively, adds up exactly to the rounded R", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1e8 }), { minLength: 1, maxLength: 10 }), fc.integer({ min: 0, max: 1e9 }), (savings, cost) => {
        const parts = splitRepayment(d(cost), savings.map(d), undefined, floor, fee)!;
        const rounded = roundCumulative(parts);
        return rounded.reduce((a, b) => a.plus(b), ZERO).eq(roundOre(plannedRepayment(d(cost), fee)));
      })
    );
  });
});

describe("repayment plan", () => {
  const savings = [0, 2700000, 5400000, 8100000, 5400000, 2700000].map(d);
  test("following savings until R is repaid", () => {
    expect(planFollowingSavings(savings, d(12810000), 0).map(Number)).toEqual([0, 2700000, 5400000, 4710000, 0, 0]);
  });
  test("from a later start year", () => {
    expect(planFollowingSavings(savings, d(12810000), 3).map(Number)).toEqual([0, 0, 0, 8100000, 4710000, 0]);
  });
  test("negative savings repay nothing", () => {
    expect(planFollowingSavings([d(-5), d(10)], d(8), 0).map(Number)).toEqual([0, 8]);
  });
  test("even instalments over 3 years from the second", () => {
    expect(planEvenInstalments(6, d(300), 1, 3).map(Number)).toEqual([0, 100, 100, 100, 0, 0]);
  });
});

describe("appraisal", () => {
  const years = [2017, 2018, 2019, 2020, 2021];
  const savings = [0, 2700000, 5400000, 8100000, 5400000].map(d);
  test("payback year 2020 (cumulative 16.2 MSEK ≥ 12.2 MSEK)", () => {
    expect(paybackYear(savings, years, C)).toBe(2020);
  });
  test("never paid back: undefined", () => {
    expect(paybackYear(savings, years, d(5e7))).toBeUndefined();
  });
  test("break-even share 0.3 × 12.2 / 16.2", () => {
    expect((breakEvenShare(C, d(16200000), d(0.3)) as Dec).toSignificantDigits(12).toNumber()).toBe(0.225925925926);
  });
  test("break-even errors: #DIV/0! at 0, #N/A when negative", () => {
    const zero = breakEvenShare(C, ZERO, d(1));
    const neg = breakEvenShare(C, d(-1), d(1));
    expect(isDomainError(zero) && zero.code).toBe("#DIV/0!");
    expect(isDomainError(neg) && neg.code).toBe("#N/A");
  });
  test("approval: 16.2 MSEK ≥ 12.2 MSEK with a 4 MSEK margin; ratio 1.3279", () => {
    const a = approval(d(16200000), C);
    expect(a.approved).toBe(true);
    expect(a.margin.toNumber()).toBe(4000000);
    expect(a.ratio!.toDecimalPlaces(4).toNumber()).toBe(1.3279);
    expect(approval(d(12199999.99), C).approved).toBe(false);
    expect(approval(C, C).approved).toBe(true);
  });
  test("staff cost: 38 000 × 0.5 × 12 × 1.4015 = 319 542", () => {
    expect(staffCost(d(38000), d(0.5), d(12), d(0.4015)).toNumber()).toBe(319542);
  });
});
