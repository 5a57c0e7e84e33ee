/**
 * Actual costs against the budget (engine/costFollowUp.ts), the risk-sharing floor's two
 * sides (engine/repaymentFloor.ts) and the follow-up evaluation's years, on the worked example.
 */
import fc from "fast-check";
import type { Evaluation, FollowUp } from "../../src/engine";
import { OREBRO_2013_2019, evaluateInvestment, followUp } from "../../src/engine";
import type { Appraisal } from "../../src/engine";
import { appraise } from "../../src/engine";
import { costFollowUp, costYears } from "../../src/engine/costFollowUp";
import { checkScenarioFile } from "../../src/scenario/crossChecks";
import { evaluationYears } from "../../src/engine/evaluationSchedule";
import { repaymentFloors } from "../../src/engine/repaymentFloor";
import { oreNumber } from "../../src/engine/rounding";
import { workedExampleFile } from "../../src/preview/exampleWorkbook";

const inv = workedExampleFile().investment;
const ev = evaluateInvestment(inv, OREBRO_2013_2019) as Evaluation;

describe("costFollowUp", () => {
  it("without actual costs: every year is the budget, a forecast, and nothing varies", () => {
    const f = costFollowUp(ev, {});
    expect(f.years.map((y) => y.year)).toEqual([2017, 2018, 2019]);
    expect(f.years.every((y) => !y.isActual && y.variance === 0)).toBe(true);
    expect(f.total).toEqual({ budget: 12_700_000, actual: 12_700_000, variance: 0 });
    expect(f.lines.map((l) => [l.id, l.budget])).toEqual([
      ["staff", 9_000_000],
      ["premises", 3_200_000],
      ["grant", 500_000]
    ]);
  });

  it("puts actual costs against the budget per line and year, marks those years actual, matches ids by the engine's key", () => {
    const f = costFollowUp(ev, { " STAFF ": { "2017": 3_100_000 }, premises: { "2018": 1_000_000.5 } });
    const staff = f.lines.find((l) => l.id === "staff")!;
    expect(staff.years[0]).toEqual({ year: 2017, budget: 3_000_000, actual: 3_100_000, variance: 100_000, isActual: true });
    expect(staff.years[1]).toEqual({ year: 2018, budget: 3_000_000, actual: 3_000_000, variance: 0, isActual: false });
    expect(f.years.map((y) => y.isActual)).toEqual([true, true, false]);
    expect(f.total.variance).toBe(100_000 - 99_999.5);
  });

  it("the totals are the sums of the lines, and the variance is actual − budget (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 3, maxLength: 3 }), (amounts) => {
        const actuals = { staff: Object.fromEntries(amounts.map((a, i) => [String(2017 + i), a])) };
        const f = costFollowUp(ev, actuals);
        const staff = f.lines.find((l) => l.id === "staff")!;
        return staff.actual === amounts.reduce((a, b) => a + b, 0) && f.total.variance === staff.variance;
      })
    );
  });
});

describe("repaymentFloors", () => {
  it("says the floor applies when the effects gave less: 3 660 000 kr instead of 2 160 000 kr", () => {
    const fu = followUp(inv, OREBRO_2013_2019, { shares: { placement: 0.04 } }) as FollowUp;
    const floors = repaymentFloors(fu, OREBRO_2013_2019)!;
    expect(floors).toEqual([expect.objectContaining({ floor: 3_660_000, withoutFloor: 2_160_000, applies: true })]);
    expect(oreNumber(fu.actualRepaymentByDepartment!.get(floors[0]!.id)!)).toBe(3_660_000);
  });

  it("the larger side is the repayment splitRepayment gives, for any actual share (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (pct) => {
        const fu = followUp(inv, OREBRO_2013_2019, { shares: { placement: pct / 100 } }) as FollowUp;
        return repaymentFloors(fu, OREBRO_2013_2019)!.every((d) => oreNumber(fu.actualRepaymentByDepartment!.get(d.id)!) === Math.max(d.floor, d.withoutFloor) && d.applies === d.floor > d.withoutFloor);
      }),
      { numRuns: 40 }
    );
  });

  it("is undefined without a repayment model", () => {
    const fu = followUp(inv, OREBRO_2013_2019, {}) as FollowUp;
    expect(repaymentFloors(fu, { ...OREBRO_2013_2019, repaymentModel: false })).toBeUndefined();
  });
});

describe("evaluationYears", () => {
  it("is 1–3 years after the end year", () => {
    expect(evaluationYears(2019)).toEqual({ first: 2020, last: 2022 });
  });
});

describe("actual costs in the scenario file (actuals.costs)", () => {
  const file = workedExampleFile();

  test("costYears: the period, widened by a cost line's non-zero year only", () => {
    expect(costYears(inv)).toEqual([2017, 2018, 2019]);
    const later = { ...inv, costLines: [...inv.costLines, { id: "extra", description: "Extra", category: "other" as const, departmentId: "fsk", financing: "fund" as const, amounts: { "2021": 5000, "2015": 0 } }] };
    expect(costYears(later)).toEqual([2017, 2018, 2019, 2020, 2021]);
  });

  test("costFollowUp over shown years: exactly those, a year outside the timeline left out", () => {
    const f = costFollowUp(ev, {}, [2016, 2017, 2018, 2019, 2020]);
    expect(f.years.map((y) => y.year)).toEqual([2017, 2018, 2019, 2020]);
    expect(f.years[3]).toEqual({ year: 2020, budget: 0, actual: 0, variance: 0, isActual: false });
  });

  test("appraise gives the follow-up of the costs; without actual costs it is the budget, all forecast", () => {
    const plain = appraise(file) as Appraisal;
    expect(plain.costFollowUp.total).toEqual({ budget: 12_700_000, actual: 12_700_000, variance: 0 });
    const given = appraise({ ...file, actuals: { costs: { staff: { "2017": 3_100_000 } } } }) as Appraisal;
    expect(given.costFollowUp.total.variance).toBe(100_000);
    // The actual costs change nothing else: savings, repayment under risk sharing.
    expect(given.summary).toEqual(plain.summary);
    expect(given.actualRepayment).toBeNull();
  });

  test("the file check refuses a negative actual cost, an unknown cost line and a year outside the cost years", () => {
    const issues = (costs: Record<string, Record<string, number>>): string[] => checkScenarioFile({ ...file, actuals: { costs } }).map((i) => i.path);
    expect(issues({ staff: { "2017": 3_100_000 } })).toEqual([]);
    expect(issues({ " STAFF ": { "2017": 1 } })).toEqual([]);
    expect(issues({ staff: { "2017": -1 } })).toEqual([expect.stringContaining("actuals.costs")]);
    expect(issues({ lokal: { "2017": 1 } })).toEqual(["actuals.costs.lokal"]);
    expect(issues({ staff: { "2020": 1 } })).toEqual(["actuals.costs.staff.2020"]);
  });
});
