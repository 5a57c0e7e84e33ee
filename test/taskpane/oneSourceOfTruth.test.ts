/**
 * Regressions of issue 7 on the pane's side: the pane's figures are the engine's. The base
 * year reaches the pane's window savings (15 302 290.04 at 3.5 % to 2019, not the
 * 14 284 851.50 of a pane that knew no base year), and the break-even texts call the
 * factor a factor and give the share of the target group per effect.
 */
import type { Appraisal, Investment } from "../../src/engine";
import { appraise, isDomainError } from "../../src/engine";
import { workedExampleFile } from "../../src/preview/exampleWorkbook";
import { EN } from "../../src/taskpane/i18n/en";
import { SV } from "../../src/taskpane/i18n/sv";
import { breakEvenText } from "../../src/taskpane/state/breakEvenText";
import { evaluateDraft } from "../../src/taskpane/state/evaluateDraft";

const plain = (text: string | undefined): string => (text ?? "").replace(/[\u00a0\u202f]/g, " ");

describe("regression: the base year reaches the pane", () => {
  it("worked example at 3.5 % to base year 2019: the pane's window savings are the engine's 15 302 290.04", () => {
    const file = workedExampleFile();
    const scenario = { discountRate: 0.035, baseYear: 2019 };
    const pane = evaluateDraft(file, scenario, {});
    const engine = appraise({ rules: file.rules, investment: file.investment, scenario }) as Appraisal;
    if (!pane.ok || isDomainError(engine)) throw new Error("not evaluated");
    expect(pane.summary.windowSavings).toBe(15_302_290.04);
    expect(pane.summary).toEqual(engine.summary);
    expect(pane.scenario.baseYear).toBe(2019);
    // Left out, the base year is the start year (the engine decides): 14 284 851.50.
    const startYear = evaluateDraft(file, { discountRate: 0.035 }, {});
    expect(startYear.ok && startYear.summary.windowSavings).toBe(14_284_851.5);
    expect(startYear.scenario?.baseYear).toBe(2017);
  });
});

describe("regression: break-even factor and break-even shares", () => {
  const file = workedExampleFile();
  const inv = file.investment;
  /** The worked example with a second effect on a second target group. */
  const two: Investment = {
    ...inv,
    targetGroups: [...inv.targetGroups, { id: "youth", name: "Unga utan sysselsättning", volumes: { "2017": 5, "2018": 5, "2019": 5 } }],
    unitCosts: [
      ...inv.unitCosts,
      { code: "FORSORJNINGSSTOD_AR", description: "Försörjningsstöd per person och år", unit: "kr per person och år", cost: 120_000, priceYear: 2017, payer: "kommun", source: "illustrativt" }
    ],
    effects: [...inv.effects, { id: "income", name: "Undvikt försörjningsstöd", targetGroupId: "youth", unitCostCode: "FORSORJNINGSSTOD_AR", departmentId: "soc", share: 0.2, duration: 2, lag: 1 }]
  };

  it("the worked example: factor 0.753 (12.2 / 16.2 MSEK), share 30 % × 0.753 = 22.6 % of the target group", () => {
    const r = evaluateDraft(file, {}, {});
    if (!r.ok) throw new Error(r.error.en);
    expect(r.summary.breakEvenFactor).toBeCloseTo(12.2 / 16.2, 12);
    expect(r.summary.breakEvenShares.placement).toBeCloseTo(0.3 * (12.2 / 16.2), 12);
    const text = plain(breakEvenText(r, inv, SV));
    expect(text).toContain("minst 22,6 % av målgruppen (Elever med hög frånvaro)");
    expect(text).not.toContain("75,3");
  });

  it("two effects: the factor is called a factor, and each target group gets its own share", () => {
    const r = evaluateDraft({ rules: file.rules, investment: two }, {}, {});
    if (!r.ok) throw new Error(r.error.en);
    // Cost 12 200 000, savings 16 560 000: factor 0.7367; shares 30 % × 0.7367 = 22.1 %, 20 % × 0.7367 = 14.7 %.
    expect(r.summary.windowSavings).toBe(16_560_000);
    expect(Object.keys(r.summary.breakEvenShares)).toEqual(["placement", "income"]);
    expect(r.summary.breakEvenShares.placement).toBeCloseTo(0.3 * (12_200_000 / 16_560_000), 12);
    expect(r.summary.breakEvenShares.income).toBeCloseTo(0.2 * (12_200_000 / 16_560_000), 12);
    expect(plain(breakEvenText(r, two, SV))).toBe(
      "Satsningen betalar sig om varje effektandel når minst nollpunktsfaktorn 0,737 gånger kalkylens antagande, det vill säga om minst " +
        "22,1 % av målgruppen (Elever med hög frånvaro) undviker extern skolplacering per elev och år (kalkylen antar 30 %); " +
        "14,7 % av målgruppen (Unga utan sysselsättning) undviker försörjningsstöd per person och år (kalkylen antar 20 %)."
    );
    const en = plain(breakEvenText(r, two, EN));
    expect(en).toContain("the break-even factor 0,737 times");
    expect(en).toContain("22,1 % of the target group (Elever med hög frånvaro)");
    expect(en).toContain("14,7 % of the target group (Unga utan sysselsättning)");
    // The factor is never given as a share of a target group.
    expect(en).not.toMatch(/73,7 %/);
  });

  it("labels the factor a factor in both languages", () => {
    expect(SV.results.breakEven).toMatch(/faktor/i);
    expect(EN.results.breakEven).toMatch(/factor/i);
    expect(SV.results.breakEvenShare("Effekt")).toMatch(/andel av målgruppen/i);
    expect(EN.results.breakEvenShare("Effect")).toMatch(/share of the target group/i);
  });
});
