/**
 * The fund of the shipped Örebro examples with Örebro's allocations (65 MSEK in 2013, 22 MSEK
 * more in 2016), against figures worked out by hand from the scenario files.
 */
import type { FundPortfolio, FundResults } from "../../src/engine";
import { fundPortfolio, fundResults, fundView, isDomainError } from "../../src/engine";
import { example, itemOf, orebroFund, shiftYears } from "./fundSupport";

const ok = (input: Parameters<typeof fundPortfolio>[0]): FundPortfolio => {
  const p = fundPortfolio(input);
  if (isDomainError(p)) throw new Error(p.en);
  return p;
};

describe("Örebro's fund, by hand", () => {
  const p = ok(orebroFund());
  const r: FundResults = fundResults(p);

  test("the years run from the first allocation to the end of the last savings window", () => {
    expect(p.years[0]).toBe(2013);
    expect(p.years[p.years.length - 1]).toBe(2029); // Bryggan ends 2019, window 2020–2029
  });

  test("2013: 65 MSEK allocated, nothing else", () => {
    expect(r.years["2013"]).toEqual({ allocated: 65_000_000, disbursed: 0, repaid: 0, balance: 65_000_000, booked: 0, available: 65_000_000, starts: 0 });
  });

  test("2014: SöT starts (granted 2014, 4 100 000 kr) and pays out its first year", () => {
    const disbursed = 1_028_741; // SöT's 2014 cost (orebro-samverkan-for-teckensprakiga.json)
    const balance = 65_000_000 - disbursed;
    const booked = 4_100_000 - disbursed; // granted, not yet paid out
    expect(r.years["2014"]).toEqual({ allocated: 0, disbursed, repaid: 0, balance, booked, available: balance - booked, starts: 1 });
    expect(balance).toBe(63_971_259);
    expect(balance - booked).toBe(60_900_000);
  });

  test("2015: three start (NP, specialpedagogik, Team Oxhagen); nothing is repaid yet", () => {
    // Costs in 2015: SöT 1 365 420, NP 690 146, specialpedagogik 447 080, Team Oxhagen 1 645 620.
    const disbursed = 1_365_420 + 690_146 + 447_080 + 1_645_620;
    // SöT saves from 2015 (10 people entering in 2014 × 30 % × 75 045 kr, one year's lag), but it runs
    // 2014–2017: its plan starts with its savings window, in 2018.
    const repaid = 0;
    const balance = 63_971_259 - disbursed + repaid;
    const booked =
      4_100_000 - (1_028_741 + 1_365_420) + // SöT
      (6_200_000 - 690_146) + // NP Resurs och Samverkan
      (2_000_000 - 447_080) + // specialpedagogisk kompetensutveckling
      (5_400_000 - 1_645_620); // Team Oxhagen
    expect(r.years["2015"]).toEqual({ allocated: 0, disbursed, repaid, balance, booked, available: balance - booked, starts: 3 });
    expect([disbursed, repaid, balance, booked]).toEqual([4_148_266, 0, 59_822_993, 12_522_993]);
  });

  test("each repayment plan starts when its savings window starts, the year after the end year", () => {
    for (const inv of p.investments) {
      const first = p.years.findIndex((_, k) => !inv.repaid[k]!.isZero());
      expect({ id: inv.item.id, nothingBefore: first < 0 || (p.years[first] as number) > inv.endYear }).toEqual({ id: inv.item.id, nothingBefore: true });
    }
    const sot = p.investments[0]!;
    expect(sot.endYear).toBe(2017);
    expect(p.years[p.years.findIndex((_, k) => !sot.repaid[k]!.isZero())]).toBe(2018);
  });

  test("2016: 22 MSEK more; the balance follows from 2015 by the identity", () => {
    const y = r.years["2016"]!;
    expect(y.allocated).toBe(22_000_000);
    expect(y.balance).toBe(59_822_993 + 22_000_000 - y.disbursed + y.repaid);
    expect(y.starts).toBe(1);
  });

  test("three starts in 2015 are allowed; what the savings cannot repay is a shortfall, never dropped", () => {
    expect(p.warnings.filter((w) => w.kind === "crowdedYear")).toEqual([]);
    for (const inv of r.investments) expect(inv.repaid + inv.shortfall).toBeCloseTo(inv.repayable, 2);
    const np = r.investments.find((i) => i.name.startsWith("Neuropsykiatrisk"))!;
    expect(np.shortfall).toBeGreaterThan(0);
    expect(p.warnings.some((w) => w.kind === "shortfall" && w.investments?.[0] === np.id && w.en.includes("cannot repay"))).toBe(true);
    const owedAtEnd = Object.values(r.owedByDepartment).reduce((s, d) => s + d.years["2029"]!, 0);
    expect(owedAtEnd).toBeCloseTo(r.investments.reduce((s, i) => s + i.shortfall, 0), 2);
  });

  test("the engine's fund view, given every allocation up front, ends with the same amount available: reserved − booked + repaid", () => {
    const last = p.years.length - 1;
    const values = (xs: readonly { toNumber(): number }[]) => Object.fromEntries(p.years.map((y, k) => [String(y), xs[k]!.toNumber()]));
    const view = fundView(
      87_000_000,
      p.investments.map((i) => ({ name: i.name, startYear: i.startYear, totalCost: i.totalCost.toNumber(), disbursed: values(i.disbursed), repaid: values(i.repaid), plannedRepayment: i.repayable.toNumber() })),
      p.years,
      3
    );
    expect(p.available[last]!.toNumber()).toBe(view.available.toNumber());
    expect(p.balance[last]!.toNumber()).toBe(view.balanceByYear[last]!.toNumber());
  });

  test("an applied investment counts for nothing; an evaluated one repays under risk sharing", () => {
    const applied = fundResults(ok(orebroFund(["applied"])));
    expect(applied.years["2014"]).toEqual(expect.objectContaining({ disbursed: 0, booked: 0, starts: 0, balance: 65_000_000 }));
    const evaluated = ok(orebroFund(["evaluated"]));
    const sot = evaluated.investments[0]!;
    expect(sot.repayable.toNumber()).toBe(sot.actualRepayment.toNumber());
    expect(evaluated.warnings.some((w) => w.kind === "evaluatedWithoutActuals" && w.investments?.[0] === "S1")).toBe(true);
  });
});

describe("warnings", () => {
  const worked = example("raekneexempel-skolnarvaro.json");

  test("four starts in one year warn, naming the year and the four investments", () => {
    const items = ["A", "B", "C", "D"].map((n, i) => itemOf({ ...worked, investment: { ...worked.investment, name: n } }, i + 1));
    const p = ok({ name: "F", allocations: { "2017": 100_000_000 }, maxNewPerYear: 3, items });
    const crowded = p.warnings.filter((w) => w.kind === "crowdedYear");
    expect(crowded).toHaveLength(1);
    expect(crowded[0]).toEqual(expect.objectContaining({ year: 2017, investments: ["S1", "S2", "S3", "S4"] }));
    expect(crowded[0]!.en).toBe('2017: 4 new investments start (at most 3 a year): "A", "B", "C", "D".');
    expect(crowded[0]!.sv).toBe('2017: 4 nya satsningar startar (högst 3 per år): "A", "B", "C", "D".');
    const three = ok({ name: "F", allocations: { "2017": 100_000_000 }, maxNewPerYear: 3, items: items.slice(0, 3) });
    expect(three.warnings.filter((w) => w.kind === "crowdedYear")).toEqual([]);
    const oneApplied = ok({ name: "F", allocations: { "2017": 100_000_000 }, maxNewPerYear: 3, items: items.map((it, i) => (i === 0 ? { ...it, status: "applied" as const } : it)) });
    expect(oneApplied.warnings.filter((w) => w.kind === "crowdedYear")).toEqual([]);
  });

  test("a year with a negative balance", () => {
    const p = ok({ name: "F", allocations: { "2017": 5_000_000 }, maxNewPerYear: 3, items: [itemOf(worked, 1)] });
    const neg = p.warnings.filter((w) => w.kind === "negativeBalance");
    // Nothing is repaid before the savings window starts in 2020.
    expect(neg[0]).toEqual(expect.objectContaining({ year: 2018, amount: 5_000_000 - 4_000_000 - 4_100_000 }));
    expect(neg[0]!.en).toContain("2018: the fund's balance is negative");
  });

  test("a rule preset not meant for the start year (the 2013–2019 model for a start in 2021, and the reverse)", () => {
    const late = shiftYears(worked, 4, "Startar 2021");
    const p = ok({ name: "F", allocations: { "2017": 50_000_000 }, maxNewPerYear: 3, items: [itemOf(late, 1), itemOf({ ...worked, rules: { preset: "orebro-2020" } }, 2)] });
    const w = p.warnings.filter((x) => x.kind === "presetYear");
    expect(w.map((x) => x.investments)).toEqual([["S1"], ["S2"]]);
    expect(w[0]!.en).toBe('"Startar 2021" (1.json) starts in 2021 but is judged by the rule preset orebro-2013-2019, meant for investments starting 2013–2019.');
    expect(w[1]!.en).toContain("judged by the rule preset orebro-2020, meant for investments starting 2020–");
  });

  test("a department repaying more in a year than it saves (even instalments)", () => {
    const even = { ...worked, rules: { preset: "orebro-2013-2019", overrides: { repaymentPlan: "even" as const } } };
    const p = ok({ name: "F", allocations: { "2017": 50_000_000 }, maxNewPerYear: 3, items: [itemOf(even, 1)] });
    const w = p.warnings.filter((x) => x.kind === "repaymentAboveSavings");
    // 12 810 000 / 5 = 2 562 000 a year 2020–2024; fsk saves 8.1, 5.4, 2.7 MSEK in 2020–2022, then nothing.
    expect(w.map((x) => x.year)).toEqual([2023, 2024]);
    expect(w[0]!.en).toBe("2023: Förskole- och skolnämnden (fsk) is to repay 2,562,000 kr but saves 0 kr that year.");
  });
});
