/**
 * The figures the pane shows that the engine now owns: the investment's years, the
 * cumulative chart series, and the follow-up's comparisons with their variances.
 */
import { cumulativeSeries, dec, evaluateInvestment, followUp, followUpFigures, investmentPeriod, isDomainError } from "../../src/engine";
import type { Evaluation, FollowUp } from "../../src/engine";
import { OREBRO_2013_2019 } from "../../src/engine/rules";
import { workedExample } from "../fixtures/workedExample";

describe("investmentPeriod", () => {
  it("lists the start to the end year, none when the end is first", () => {
    expect(investmentPeriod({ startYear: 2017, endYear: 2019 })).toEqual([2017, 2018, 2019]);
    expect(investmentPeriod({ startYear: 2019, endYear: 2019 })).toEqual([2019]);
    expect(investmentPeriod({ startYear: 2019, endYear: 2017 })).toEqual([]);
  });
});

describe("cumulativeSeries", () => {
  it("runs the worked example's savings and cost up to 24.3 and 12.2 MSEK", () => {
    const ev = evaluateInvestment(workedExample, OREBRO_2013_2019) as Evaluation;
    const c = cumulativeSeries(ev);
    expect(c.years).toEqual(ev.years);
    expect(c.savings.slice(0, 7)).toEqual([0, 2_700_000, 8_100_000, 16_200_000, 21_600_000, 24_300_000, 24_300_000]);
    expect(c.cost.slice(0, 4)).toEqual([4_000_000, 8_100_000, 12_200_000, 12_200_000]);
    expect(c.savings[c.savings.length - 1]).toBe(24_300_000);
  });

  it("sums exactly before rounding: three thirds of an öre make 0.01, not 0", () => {
    const c = cumulativeSeries({ years: [1, 2, 3], savingsByYear: [dec("0.004"), dec("0.004"), dec("0.004")], costByYear: [dec(0), dec(0), dec(0)] });
    expect(c.savings).toEqual([0, 0.01, 0.01]);
  });
});

describe("followUpFigures", () => {
  const figures = (shares: Record<string, number>): ReturnType<typeof followUpFigures> => {
    const fu = followUp(workedExample, OREBRO_2013_2019, { shares });
    if (isDomainError(fu)) throw new Error(fu.en);
    return followUpFigures(fu as FollowUp);
  };

  it("compares an actual share of 10 % with the planned 30 %", () => {
    const f = figures({ placement: 0.1 });
    expect(f.effects).toEqual([{ id: "placement", planned: 16_200_000, actual: 5_400_000, variance: -10_800_000 }]);
    expect(f.departments).toEqual([{ id: "fsk", planned: 16_200_000, actual: 5_400_000, variance: -10_800_000, actualRepayment: 5_400_000 }]);
    expect(f.years.find((y) => y.year === 2020)).toEqual({ year: 2020, planned: 8_100_000, actual: 2_700_000, variance: -5_400_000 });
    expect(f.total).toEqual({ planned: 24_300_000, actual: 8_100_000, variance: -16_200_000 });
  });

  it("never repays less than 30 % of the cost", () => {
    expect(figures({ placement: 0.01 }).departments[0]?.actualRepayment).toBe(3_660_000);
  });
});
