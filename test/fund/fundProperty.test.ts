/**
 * Properties over random funds (random valid scenario files, allocations, statuses and
 * decision years): the balance identity in every year, exactly, and what follows from it;
 * and, on a few, the fund workbook recalculated by HyperFormula gives the engine's figures.
 */
import fc from "fast-check";
import type { Dec, FundInput, FundPortfolio, FundStatus } from "../../src/engine";
import { FUND_STATUSES, ZERO, fundItemId, fundPortfolio, fundResults, isDomainError, sum } from "../../src/engine";
import { buildFundWorkbook } from "../../src/fund/workbook/buildFundWorkbook";
import { checkProperty } from "../differential/propertyRun";
import { scenarioFiles } from "../differential/scenarioArbitrary";
import { evaluatePlan, mismatches } from "../support/hyperformula";
import { orebroTemplate } from "../support/scenarioFiles";

const statuses = FUND_STATUSES.map((s) => s.status);

/** Random funds of 1–6 investments. */
const funds: fc.Arbitrary<FundInput> = fc
  .record({
    files: fc.array(fc.record({ file: scenarioFiles(), status: fc.constantFrom<FundStatus>(...statuses), early: fc.integer({ min: 0, max: 2 }) }), { minLength: 1, maxLength: 6 }),
    allocations: fc.dictionary(fc.integer({ min: 2010, max: 2030 }).map(String), fc.integer({ min: 0, max: 200_000_000 }).map((x) => x / 4), { maxKeys: 4 }),
    maxNewPerYear: fc.integer({ min: 0, max: 4 })
  })
  .map(({ files, allocations, maxNewPerYear }) => ({
    name: "Slumpfond",
    allocations,
    maxNewPerYear,
    items: files.map((f, i) => ({
      id: fundItemId(i + 1),
      file: `${i + 1}.json`,
      status: f.status,
      decisionYear: f.file.investment.startYear - f.early,
      input: { rules: f.file.rules, investment: f.file.investment, scenario: f.file.scenario, actuals: f.file.actuals }
    }))
  }));

function portfolio(input: FundInput): FundPortfolio {
  const p = fundPortfolio(input);
  if (isDomainError(p)) throw new Error(p.en);
  return p;
}

const ore = (x: number): number => Math.round(x * 100);

describe("random funds", () => {
  test("balance = allocations − disbursed + repaid, cumulated, in every year (exactly); available = balance − booked; the parts add up", () => {
    checkProperty("fund identities", funds, 60, (input) => {
      const p = portfolio(input);
      let balance: Dec = ZERO;
      p.years.forEach((y, k) => {
        balance = balance.plus(p.allocated[k]!).minus(p.disbursed[k]!).plus(p.repaid[k]!);
        if (!balance.eq(p.balance[k]!)) throw new Error(`${y}: balance ${p.balance[k]} ≠ ${balance}`);
        if (!p.available[k]!.eq(p.balance[k]!.minus(p.booked[k]!))) throw new Error(`${y}: available`);
        const counted = p.investments.filter((i) => i.status.counted);
        if (!sum(counted.map((i) => i.disbursed[k]!)).eq(p.disbursed[k]!)) throw new Error(`${y}: disbursed`);
        if (!sum(p.investments.map((i) => i.repaid[k]!)).eq(p.repaid[k]!)) throw new Error(`${y}: repaid`);
        if (p.booked[k]!.isNegative()) throw new Error(`${y}: booked < 0`);
        if (p.starts[k] !== counted.filter((i) => i.startYear === y).length) throw new Error(`${y}: starts`);
      });
      for (const i of p.investments) {
        if (!sum(i.repaid as Dec[]).plus(i.shortfall).eq(i.repayable)) throw new Error(`${i.item.id}: repaid + shortfall ≠ repayable`);
        if (i.shortfall.isNegative()) throw new Error(`${i.item.id}: negative shortfall`);
      }
      for (const d of p.departments) {
        const last = d.owed[d.owed.length - 1] ?? ZERO;
        if (!last.eq(d.shortfall)) throw new Error(`${d.id}: still owed at the end ${last} ≠ shortfall ${d.shortfall}`);
        if (d.owed.some((x) => x.isNegative())) throw new Error(`${d.id}: owed < 0`);
      }
      const crowded = p.warnings.filter((w) => w.kind === "crowdedYear").map((w) => w.year);
      expect(crowded).toEqual(p.years.filter((_, k) => p.starts[k]! > input.maxNewPerYear));
      // The JSON figures (öre) keep the identity too.
      const r = fundResults(p);
      let prev = 0;
      for (const y of p.years) {
        const f = r.years[String(y)]!;
        if (ore(f.balance) !== prev + ore(f.allocated) - ore(f.disbursed) + ore(f.repaid)) throw new Error(`${y}: JSON balance identity`);
        prev = ore(f.balance);
      }
    });
  });

  test("the fund workbook recalculated by HyperFormula gives the engine's figure in every formula cell", () => {
    const template = orebroTemplate();
    checkProperty("fund workbook = engine (HyperFormula)", funds, 6, (input) => {
      const plan = buildFundWorkbook(portfolio(input), { template, lang: "sv" });
      const bad = mismatches(plan, evaluatePlan(plan, { smartRounding: false }));
      if (bad.length > 0) throw new Error(`${bad.length} cells differ, first: ${JSON.stringify(bad.slice(0, 3))}`);
    });
  }, 240_000);
});
