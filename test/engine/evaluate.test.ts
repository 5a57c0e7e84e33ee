import { Dec } from "../../src/engine/decimal";
import type { DomainError } from "../../src/engine/errors";
import { isDomainError } from "../../src/engine/errors";
import type { Evaluation } from "../../src/engine/evaluate";
import type { FollowUp } from "../../src/engine/followUp";
import { followUp } from "../../src/engine/followUp";
import { evaluateInvestment } from "../../src/engine/evaluate";
import type { Investment } from "../../src/engine/model";
import { OREBRO_2013_2019, OREBRO_FROM_2020 } from "../../src/engine/rules";
import { summarize } from "../../src/engine/summarize";
import { workedExample } from "../fixtures/workedExample";

const ok = (r: Evaluation | DomainError): Evaluation => {
  if (isDomainError(r)) throw new Error(r.en);
  return r;
};

describe("evaluating the worked example (Örebro 2013–2019)", () => {
  const ev = ok(evaluateInvestment(workedExample, OREBRO_2013_2019));
  const s = summarize(ev);

  test("timeline 2017–2029", () => {
    expect(ev.years[0]).toBe(2017);
    expect(ev.years[ev.years.length - 1]).toBe(2029);
  });
  test("total cost counts fund lines only: 12 200 000; co-financing 500 000 apart", () => {
    expect(s.totalCost).toBe(12200000);
    expect(s.cofinancing).toBe(500000);
    expect(ev.costByDepartment.get("fsk")!.toNumber()).toBe(9000000);
    expect(ev.costByDepartment.get("soc")!.toNumber()).toBe(3200000);
  });
  test("savings per year and in the window", () => {
    expect(ev.savingsByYear.slice(0, 7).map(Number)).toEqual([0, 2700000, 5400000, 8100000, 5400000, 2700000, 0]);
    expect(s.windowSavings).toBe(16200000);
    expect(s.duringSavings).toBe(8100000);
  });
  test("approval, ratio, net, payback, break-even", () => {
    expect(s.approved).toBe(true);
    expect(s.net).toBe(4000000);
    expect(s.ratio).toBeCloseTo(16.2 / 12.2, 12);
    expect(s.paybackYear).toBe(2020);
    expect(s.breakEvenShares.placement).toBeCloseTo(0.2259259259259259, 14);
  });
  test("repayment: 12 810 000, all from the saving department, following its savings from the window's first year (2020)", () => {
    expect(s.plannedRepayment).toBe(12810000);
    expect(s.repaymentByDepartment).toEqual({ fsk: 12810000 });
    expect(ev.repayment!.planByDepartment.get("fsk")!.slice(0, 6).map(Number)).toEqual([0, 0, 0, 8100000, 4710000, 0]);
  });
  test("with savings counted during the investment the plan starts in the start year (2017)", () => {
    const during = evaluateInvestment(workedExample, OREBRO_2013_2019, { includeDuring: true }) as Evaluation;
    expect(during.repayment!.planByDepartment.get("fsk")!.slice(0, 6).map(Number)).toEqual([0, 2700000, 5400000, 4710000, 0, 0]);
  });
  test("eligible: two areas, 3 years", () => {
    expect(ev.eligibility.eligible).toBe(true);
  });
  test("the input is not mutated", () => {
    const before = JSON.stringify(workedExample);
    evaluateInvestment(workedExample, OREBRO_2013_2019, { shareFactor: 0.5 });
    expect(JSON.stringify(workedExample)).toBe(before);
  });
});

describe("scenarios", () => {
  test("the rules from 2020 have no repayment", () => {
    const s = summarize(ok(evaluateInvestment(workedExample, OREBRO_FROM_2020)));
    expect(s.plannedRepayment).toBeNull();
    expect(s.repaymentByDepartment).toEqual({});
  });
  test("share × 0.5 halves the savings and fails the approval test", () => {
    const s = summarize(ok(evaluateInvestment(workedExample, OREBRO_2013_2019, { shareFactor: 0.5 })));
    expect(s.windowSavings).toBe(8100000);
    expect(s.approved).toBe(false);
    expect(s.paybackYear).toBeNull(); // cumulative 12 150 000 < 12 200 000
  });
  test("volume × 1.25 and unit cost × 0.8 cancel", () => {
    const s = summarize(ok(evaluateInvestment(workedExample, OREBRO_2013_2019, { volumeFactor: 1.25, unitCostFactor: 0.8 })));
    expect(s.windowSavings).toBe(16200000);
  });
  test("include during counts 24 300 000", () => {
    expect(summarize(ok(evaluateInvestment(workedExample, OREBRO_2013_2019, { includeDuring: true }))).windowSavings).toBe(24300000);
  });
  test("discount 3.5 % to 2017: 14 284 851.50", () => {
    expect(summarize(ok(evaluateInvestment(workedExample, OREBRO_2013_2019, { discountRate: 0.035 }))).windowSavings).toBe(14284851.5);
  });
  test("a share pushed above 1 by the scenario is an error naming the effect", () => {
    const r = evaluateInvestment(workedExample, OREBRO_2013_2019, { shareFactor: 4 });
    expect(isDomainError(r) && r.en).toContain("effects[1].share");
  });
  test("even instalments over 5 years from 2020", () => {
    const ev = ok(evaluateInvestment(workedExample, { ...OREBRO_2013_2019, repaymentPlan: "even", instalmentYears: 5 }));
    const plan = ev.repayment!.planByDepartment.get("fsk")!.map(Number);
    expect(plan.slice(3, 8)).toEqual([2562000, 2562000, 2562000, 2562000, 2562000]);
    expect(plan.slice(0, 3)).toEqual([0, 0, 0]);
  });
});

describe("costs, indexation, societal effects", () => {
  const inv: Investment = {
    ...workedExample,
    costLines: [
      {
        id: "coach",
        description: "Skolcoach",
        category: "staff",
        departmentId: "fsk",
        financing: "fund",
        staff: { monthlySalary: 38000, fte: 0.5, payrollOverhead: 0.4015, months: { 2017: 12, 2018: 12, 2019: 6 } }
      }
    ],
    unitCosts: [
      ...workedExample.unitCosts,
      { code: "SJUKVARD", description: "Vårddygn", unit: "kr per dygn", cost: 10000, priceYear: 2017, payer: "region", source: "test" }
    ],
    effects: [
      ...workedExample.effects,
      { id: "region", name: "Vård", targetGroupId: "pupils", unitCostCode: "sjukvard", departmentId: "soc", share: 0.1, duration: 1, model: "annual" }
    ],
    priceYear: 2019,
    indexRates: { 2018: 0.03, 2019: 0.02 }
  };
  const ev = ok(evaluateInvestment(inv, OREBRO_2013_2019));
  test("staff lines: 319 542 + 319 542 + 159 771", () => {
    expect(ev.totalCost.toNumber()).toBe(798855);
  });
  test("unit costs indexed to 2019: 900 000 × 1.03 × 1.02 = 945 540", () => {
    expect(ev.effects[0]!.unitCost.toNumber()).toBe(945540);
  });
  test("region effects are societal: shown, never counted for the municipality or repaid", () => {
    expect(ev.societalByPayer.get("region")!.slice(0, 3).map(Number)).toEqual([10 * 0.1 * 10000 * 1.0506, 10506, 10506]);
    expect(ev.savingsByDepartment.has("soc")).toBe(false);
    expect(ev.repayment!.byDepartment.has("soc")).toBe(false);
  });
  test("a missing index year is an #N/A naming the year", () => {
    const r = evaluateInvestment({ ...inv, indexRates: { 2019: 0.02 } }, OREBRO_2013_2019);
    expect(isDomainError(r) && r.code === "#N/A" && r.params.year).toBe(2018);
  });
});

describe("validation names the field", () => {
  test.each<[string, Partial<Investment>, string]>([
    ["end before start", { endYear: 2016 }, "endBeforeStart"],
    ["unknown department on a cost line", { costLines: [{ ...workedExample.costLines[0]!, departmentId: "x" }] }, "unknownReference"],
    ["negative volume", { targetGroups: [{ id: "pupils", name: "x", volumes: { 2017: -1 } }] }, "belowMin"],
    ["share above 1", { effects: [{ ...workedExample.effects[0]!, share: 1.5 }] }, "aboveMax"],
    ["unknown unit cost code", { effects: [{ ...workedExample.effects[0]!, unitCostCode: "NOPE" }] }, "unknownReference"],
    ["duplicate department id", { departments: [workedExample.departments[0]!, workedExample.departments[0]!] }, "duplicateId"],
    ["fractional duration", { effects: [{ ...workedExample.effects[0]!, duration: 1.5 }] }, "notWhole"],
    [
      "13 months of staff in a year",
      { costLines: [{ id: "p", description: "P", category: "staff", departmentId: "fsk", financing: "fund", staff: { monthlySalary: 1, fte: 1, payrollOverhead: 0.3, months: { 2017: 13 } } }] },
      "aboveMax"
    ]
  ])("%s", (_name, change, key) => {
    const r = evaluateInvestment({ ...workedExample, ...change }, OREBRO_2013_2019);
    expect(isDomainError(r) && r.key).toBe(key);
    expect(isDomainError(r) && r.sv.length > 10 && r.en.length > 10).toBe(true);
  });
});

describe("follow-up: actual against planned", () => {
  test("actual share 0.1: savings 5.4 MSEK in the window, repayment 5 400 000 under risk sharing", () => {
    const f = followUp(workedExample, OREBRO_2013_2019, { shares: { placement: 0.1 } }) as FollowUp;
    expect(f.actual.windowSavings.toNumber()).toBe(5400000);
    expect(f.varianceByDepartment.get("fsk")!.toNumber()).toBe(-10800000);
    expect(f.actualRepaymentByDepartment!.get("fsk")!.toNumber()).toBe(5400000);
  });
  test("actual volumes of 2 a year: repayment falls to the 30 % floor, 3 660 000", () => {
    const f = followUp(workedExample, OREBRO_2013_2019, { volumes: { pupils: { 2017: 2, 2018: 2, 2019: 2 } } }) as FollowUp;
    expect(f.actual.windowSavings.toNumber()).toBe(3240000);
    expect(f.actualRepaymentByDepartment!.get("fsk")!.equals(new Dec(3660000))).toBe(true);
  });
  test("no repayment model: no actual repayment", () => {
    const f = followUp(workedExample, OREBRO_FROM_2020, { shares: { placement: 0.1 } }) as FollowUp;
    expect(f.actualRepaymentByDepartment).toBeUndefined();
  });
});
