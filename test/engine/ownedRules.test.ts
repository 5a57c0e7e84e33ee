import { appraise, completeActuals, excelTrim, isDomainError, isValidKey, matchKey, resolveScenario, valueByKey } from "../../src/engine";
import type { Appraisal, Investment } from "../../src/engine";
import { OREBRO_2013_2019 } from "../../src/engine/rules";
import { workedExample } from "../fixtures/workedExample";

const RULES = { preset: "orebro-2013-2019" };
const ok = (r: ReturnType<typeof appraise>): Appraisal => {
  if (isDomainError(r)) throw new Error(r.en);
  return r;
};

describe("the rules the engine owns", () => {
  it("completes actuals year by year: an actual where given, the plan elsewhere, each marked", () => {
    const c = completeActuals(workedExample, { volumes: { pupils: { "2017": 8 } } }, [2017, 2018, 2019, 2020]);
    expect(c.volumes.get("pupils")).toEqual([
      { value: 8, actual: true },
      { value: 10, actual: false },
      { value: 10, actual: false },
      { value: 0, actual: false }
    ]);
    expect(c.shares.get("placement")).toEqual({ value: 0.3, actual: false });
    expect(c.any).toBe(true);
    expect(completeActuals(workedExample, {}, [2017]).any).toBe(false);
  });

  it("regression: only a 2017 actual volume of 8 repays 12 810 000 (not 3 660 000)", () => {
    const a = ok(appraise({ rules: RULES, investment: workedExample, actuals: { volumes: { pupils: { "2017": 8 } } } }));
    expect(a.actualRepayment).toBe(12_810_000);
    if (isDomainError(a.followUp)) throw new Error("follow-up");
    expect(a.followUp.actual.windowSavings.toNumber()).toBe(15_660_000);
  });

  it("has no actual repayment without actuals, and 5 400 000 with an actual share of 10 %", () => {
    expect(ok(appraise({ rules: RULES, investment: workedExample })).actualRepayment).toBeNull();
    expect(ok(appraise({ rules: RULES, investment: workedExample, actuals: { shares: { placement: 0.1 } } })).actualRepayment).toBe(5_400_000);
  });

  it("resolves the base year: discounting to 2019 at 3.5 % gives 15 302 290.04 everywhere", () => {
    const a = ok(appraise({ rules: RULES, investment: workedExample, scenario: { discountRate: 0.035, baseYear: 2019 } }));
    expect(a.summary.windowSavings).toBe(15_302_290.04);
    expect(resolveScenario(workedExample, OREBRO_2013_2019, {}).baseYear).toBe(2017);
  });

  it("matches codes and ids as Excel's TRIM and case-insensitive = do", () => {
    expect(excelTrim("  A   B ")).toBe("A B");
    expect(matchKey(" skola_a ")).toBe("SKOLA_A");
    expect(matchKey("01")).not.toBe(matchKey("1"));
    expect(valueByKey({ constructor: 1 }, "toString")).toBeUndefined();
    expect(valueByKey({}, "constructor")).toBeUndefined();
    for (const bad of ["SKOLA_*", "a?", "~x", "=A", "1", "01", "", "  ", "a\tb", "x".repeat(65)]) expect(isValidKey(bad)).toBe(false);
    for (const good of ["SKOLA_GRUNDSKOLA", "fsk", "Barn och utbildning", " pupils ", "Förskola-2.b"]) expect(isValidKey(good)).toBe(true);
  });

  it("regression: a trailing space or another case in a code gives the same figures as the exact code", () => {
    const inv: Investment = { ...workedExample, effects: workedExample.effects.map((e) => ({ ...e, unitCostCode: `${e.unitCostCode.toLowerCase()} `, departmentId: e.departmentId.toUpperCase() })) };
    const a = ok(appraise({ rules: RULES, investment: inv }));
    expect(a.summary.windowSavings).toBe(16_200_000);
    expect(Object.keys(a.summary.repaymentByDepartment)).toEqual(Object.keys(ok(appraise({ rules: RULES, investment: workedExample })).summary.repaymentByDepartment));
  });

  it("refuses a code with wildcard or criteria characters, naming the field", () => {
    const inv: Investment = { ...workedExample, unitCosts: workedExample.unitCosts.map((u) => ({ ...u, code: "SKOLA_*" })) };
    const r = appraise({ rules: RULES, investment: inv });
    expect(isDomainError(r) && r.key).toBe("badKey");
    expect(isDomainError(r) && r.sv).toContain("unitCosts[1].code");
  });
});
