import fc from "fast-check";
import { cohortSavings } from "../../src/engine/cohort";
import { Dec, ONE, ZERO } from "../../src/engine/decimal";
import { singleYearSaving } from "../../src/engine/effect";

const d = (v: number | string): Dec => new Dec(v);
const years = Array.from({ length: 13 }, (_, i) => 2017 + i);
const volumes = [10, 10, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0].map(d);
const worked = { share: d(0.3), unitCost: d(900000), duration: 3, lag: 1, dropOff: ZERO, quantity: ONE, deadweight: ZERO };

describe("single-year saving", () => {
  test("volume × share × unit cost", () => {
    expect(singleYearSaving(d(20), d(0.3), d(900000)).toNumber()).toBe(5400000);
  });
  test("365 days of placement with 10 % deadweight: 12 × 0.25 × 2150 × 365 × 0.9", () => {
    expect(singleYearSaving(d(12), d(0.25), d(2150), d(365), d(0.1)).toNumber()).toBe(2118825);
  });
});

describe("cohort model", () => {
  test("the worked example", () => {
    expect(cohortSavings(volumes, years, worked).map(Number)).toEqual([0, 2700000, 5400000, 8100000, 5400000, 2700000, 0, 0, 0, 0, 0, 0, 0]);
  });

  test("lag 0: the saving starts in the year of entry", () => {
    expect(cohortSavings([d(10), ZERO, ZERO], [2020, 2021, 2022], { ...worked, lag: 0, duration: 2 }).map(Number)).toEqual([2700000, 2700000, 0]);
  });

  test("drop-off 50 %: 2 700 000, then 1 350 000, then 675 000", () => {
    expect(cohortSavings([d(10), ZERO, ZERO, ZERO], [2020, 2021, 2022, 2023], { ...worked, lag: 0, dropOff: d(0.5) }).map(Number)).toEqual([
      2700000, 1350000, 675000, 0
    ]);
  });

  test("deadweight 0.2 and quantity 2: 10 × 0.3 × 900 000 × 2 × 0.8", () => {
    expect(cohortSavings([d(10)], [2020], { ...worked, lag: 0, quantity: d(2), deadweight: d(0.2) })[0]!.toNumber()).toBe(4320000);
  });

  test("gaps in the years: savings land only on listed years", () => {
    expect(cohortSavings([d(10), ZERO, ZERO], [2017, 2019, 2020], { ...worked, lag: 0, duration: 3 }).map(Number)).toEqual([2700000, 2700000, 0]);
  });

  test("duration 0 gives no savings", () => {
    expect(cohortSavings(volumes, years, { ...worked, duration: 0 }).every((v) => v.isZero())).toBe(true);
  });

  test("property: savings scale linearly with share and with volume", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 15 }),
        fc.integer({ min: 0, max: 333 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 3 }),
        (vols, sharePct, k, duration, lag) => {
          const ys = vols.map((_, i) => 2020 + i);
          const p = { ...worked, share: d(sharePct).div(1000), duration, lag };
          const base = cohortSavings(vols.map(d), ys, p);
          const moreShare = cohortSavings(vols.map(d), ys, { ...p, share: p.share.times(k) });
          const moreVolume = cohortSavings(vols.map((v) => d(v * k)), ys, p);
          return base.every((b, i) => b.times(k).eq(moreShare[i]!) && b.times(k).eq(moreVolume[i]!));
        }
      )
    );
  });

  test("property: inputs are never mutated", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 10 }), (vols) => {
        const v = vols.map(d);
        const ys = vols.map((_, i) => 2020 + i);
        const before = JSON.stringify([v, ys]);
        cohortSavings(v, ys, worked);
        return JSON.stringify([v, ys]) === before;
      })
    );
  });
});
