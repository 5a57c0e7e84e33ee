import { Dec } from "../../src/engine/decimal";
import { departmentRepaymentPlan, repaymentStartYear } from "../../src/engine/repaymentPlan";
import { OREBRO_2013_2019 } from "../../src/engine/rules";

const years = [2017, 2018, 2019, 2020, 2021, 2022, 2023];
const savings = [0, 2.7e6, 5.4e6, 8.1e6, 5.4e6, 2.7e6, 0].map((v) => new Dec(v));
const owed = new Dec(12810000);
const after = { startYear: 2017, endYear: 2019, includeDuring: false };
const during = { ...after, includeDuring: true };
const even = { ...OREBRO_2013_2019, repaymentPlan: "even" as const, instalmentYears: 3 };

describe("the repayment plan starts when the savings window starts", () => {
  test("the year after the end year; with include-during the start year", () => {
    expect(repaymentStartYear(after)).toBe(2020);
    expect(repaymentStartYear(during)).toBe(2017);
  });
  test("following savings: 8 100 000 in 2020 and the rest, 4 710 000, in 2021", () => {
    expect(departmentRepaymentPlan(OREBRO_2013_2019, after, years, savings, owed).map(Number)).toEqual([0, 0, 0, 8100000, 4710000, 0, 0]);
  });
  test("following savings with include-during: from 2017, done in 2020", () => {
    expect(departmentRepaymentPlan(OREBRO_2013_2019, during, years, savings, owed).map(Number)).toEqual([0, 2700000, 5400000, 4710000, 0, 0, 0]);
  });
  test("even instalments: three of 4 270 000 from 2020, or from 2017 with include-during", () => {
    expect(departmentRepaymentPlan(even, after, years, savings, owed).map(Number)).toEqual([0, 0, 0, 4270000, 4270000, 4270000, 0]);
    expect(departmentRepaymentPlan(even, during, years, savings, owed).map(Number)).toEqual([4270000, 4270000, 4270000, 0, 0, 0, 0]);
  });
  test("a window starting after the timeline repays nothing in it (the whole sum is left unpaid)", () => {
    const late = { startYear: 2017, endYear: 2023, includeDuring: false };
    expect(departmentRepaymentPlan(OREBRO_2013_2019, late, years, savings, owed).every((x) => x.isZero())).toBe(true);
  });
});
