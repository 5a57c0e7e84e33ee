import type { DomainError } from "../../src/engine/errors";
import { checkEligibility } from "../../src/engine/eligibility";
import { fundView } from "../../src/engine/fund";
import type { RuleSet } from "../../src/engine/rules";
import { OREBRO_2013_2019, OREBRO_FROM_2020, customRules, presetRules, validateRules } from "../../src/engine/rules";
import { workedExample } from "../fixtures/workedExample";

describe("rule sets as data", () => {
  test("the two Örebro presets differ in the repayment model only", () => {
    expect(OREBRO_2013_2019.repaymentModel).toBe(true);
    expect(OREBRO_FROM_2020.repaymentModel).toBe(false);
    expect({ ...OREBRO_2013_2019, repaymentModel: false, id: "", name: null, source: "" }).toEqual({ ...OREBRO_FROM_2020, id: "", name: null, source: "" });
  });
  test("Örebro's values: 10 years, 5 % fee, 30 % floor, 2–4 years, three a year, undiscounted", () => {
    const r = OREBRO_2013_2019;
    expect([r.horizonYears, r.feeShare, r.floorShare, r.minDurationYears, r.maxDurationYears, r.maxNewPerYear, r.discountRate, r.includeDuring]).toEqual([
      10, 0.05, 0.3, 2, 4, 3, 0, false
    ]);
  });
  test("presets by id; an unknown id lists the known ones", () => {
    expect((presetRules("orebro-2020") as RuleSet).repaymentModel).toBe(false);
    expect((presetRules("x") as DomainError).en).toContain("orebro-2013-2019");
  });
  test("custom values are checked", () => {
    expect((customRules(OREBRO_2013_2019, { feeShare: 0.03 }) as RuleSet).feeShare).toBe(0.03);
    expect((customRules(OREBRO_2013_2019, { floorShare: 1.2 }) as DomainError).key).toBe("aboveMax");
    expect((validateRules({ ...OREBRO_2013_2019, minDurationYears: 5 }) as DomainError).key).toBe("belowMin");
  });
});

describe("eligibility", () => {
  test("two committees from different areas: eligible", () => {
    expect(checkEligibility(workedExample, OREBRO_2013_2019).eligible).toBe(true);
  });
  test("one area only: not eligible, with the reason", () => {
    const e = checkEligibility({ ...workedExample, departments: [workedExample.departments[0]!] }, OREBRO_2013_2019);
    expect(e.eligible).toBe(false);
    const c = e.checks.find((x) => x.rule === "collaboration")!;
    expect(c.ok).toBe(false);
    expect(c.sv).toContain("Minst två nämnder");
  });
  test("a civil-society actor and one committee: eligible; a municipal company does not count as civil", () => {
    const one = { ...workedExample, departments: [workedExample.departments[0]!] };
    expect(checkEligibility({ ...one, partners: [{ name: "Föreningen X", kind: "association" }] }, OREBRO_2013_2019).eligible).toBe(true);
    expect(checkEligibility({ ...one, partners: [{ name: "Örebrobostäder AB", kind: "municipalCompany" }] }, OREBRO_2013_2019).eligible).toBe(false);
  });
  test("duration outside 2–4 years", () => {
    const e = checkEligibility({ ...workedExample, endYear: 2021 }, OREBRO_2013_2019);
    expect(e.checks.find((c) => c.rule === "duration")!.ok).toBe(false);
    expect(checkEligibility({ ...workedExample, endYear: 2017 }, OREBRO_2013_2019).eligible).toBe(false);
  });
  test("a fourth new investment in the same year is refused", () => {
    expect(checkEligibility(workedExample, OREBRO_2013_2019, 2).eligible).toBe(true);
    const e = checkEligibility(workedExample, OREBRO_2013_2019, 3);
    expect(e.eligible).toBe(false);
    expect(e.checks.find((c) => c.rule === "newPerYear")!.en).toContain("at most 3");
  });
});

describe("the fund", () => {
  const entry = (name: string, startYear: number) => ({
    name,
    startYear,
    totalCost: 12200000,
    disbursed: { [startYear]: 4000000, [startYear + 1]: 4100000, [startYear + 2]: 4100000 },
    repaid: { [startYear + 3]: 5000000 },
    plannedRepayment: 12810000
  });
  test("balance = reserved − disbursed + repaid, year by year", () => {
    const v = fundView(100e6, [entry("A", 2017)], [2017, 2018, 2019, 2020], 3);
    expect(v.balanceByYear.map(Number)).toEqual([96e6, 91.9e6, 87.8e6, 92.8e6]);
    expect(v.booked.toNumber()).toBe(12.2e6);
    expect(v.owed.toNumber()).toBe(7.81e6);
    expect(v.available.toNumber()).toBe(100e6 - 12.2e6 + 5e6);
    expect(v.crowdedYears).toEqual([]);
  });
  test("warns when more than three investments start in the same year", () => {
    const v = fundView(100e6, [entry("A", 2017), entry("B", 2017), entry("C", 2017), entry("D", 2017)], [2017], 3);
    expect(v.crowdedYears).toEqual([{ year: 2017, starts: 4 }]);
  });
});
