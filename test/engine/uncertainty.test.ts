/**
 * The uncertainty analysis against answers known in closed form: the worked example with one
 * triangular share (0.1, 0.3, 0.5), whose probabilities are the distribution function at
 * the break-even shares, and whose expected repayment is an integral; the Monte Carlo
 * figures within four standard errors of them. Determinism, the tornado, the bias-corrected
 * base case, validation and files without ranges.
 */
import type { Appraisal } from "../../src/engine/appraise";
import { appraise } from "../../src/engine/appraise";
import { isDomainError } from "../../src/engine/errors";
import type { UncertaintyAnalysis } from "../../src/engine/uncertainty/analyse";
import { rerun } from "../../src/engine/uncertainty/analyse";
import { fnv1a32, mulberry32Step, uniforms } from "../../src/engine/uncertainty/random";
import { triangularCdf, triangularValue } from "../../src/engine/uncertainty/triangular";
import { parseScenario } from "../../src/scenario/parseScenario";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import { withValue, workedExampleFile } from "../scenario/support";

const SHARE = { low: 0.1, high: 0.5 };
/** Savings are 54 000 000 × share (16 200 000 at 0.3); cost 12 200 000; R = 12 810 000. */
const PER_SHARE = 54e6;
const COST = 12.2e6;
const R = 12.81e6;

function fileWith(range: unknown = SHARE, settings: unknown = undefined): ScenarioFile {
  let f = withValue(workedExampleFile(), ["investment", "effects", 0, "uncertainty"], { share: range });
  if (settings !== undefined) f = withValue(f, ["uncertainty"], settings);
  const parsed = parseScenario(f);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.en).join("\n"));
  return parsed.value;
}

function analysis(file: ScenarioFile): UncertaintyAnalysis {
  const a = appraise(file) as Appraisal;
  if (isDomainError(a) || a.uncertainty === null || isDomainError(a.uncertainty)) throw new Error("expected an analysis");
  return a.uncertainty;
}

/** E[g(S)] for S triangular (a, b, c), by Simpson's rule on 20 000 intervals. */
function triangularMean(g: (s: number) => number, a: number, b: number, c: number): number {
  const n = 20000;
  const h = (c - a) / n;
  const pdf = (x: number): number => (x <= b ? (2 * (x - a)) / ((c - a) * (b - a)) : (2 * (c - x)) / ((c - a) * (c - b)));
  let total = 0;
  for (let i = 0; i <= n; i++) {
    const x = a + i * h;
    total += (i === 0 || i === n ? 1 : i % 2 === 1 ? 4 : 2) * g(x) * pdf(x);
  }
  return (total * h) / 3;
}

describe("the worked example with a triangular share (0.1, 0.3, 0.5)", () => {
  test("the exact probabilities are the distribution function at the break-even shares: 0.80178 and 0.76463", () => {
    expect(1 - triangularCdf(COST / PER_SHARE, 0.1, 0.3, 0.5)).toBeCloseTo(0.80178, 5);
    expect(1 - triangularCdf(R / PER_SHARE, 0.1, 0.3, 0.5)).toBeCloseTo(0.76463, 5);
  });

  test.each([1, 7, 2026])("10 000 draws from seed %i: P(approved), P(full repayment) and the expected repayment within four standard errors", (seed) => {
    const n = 10000;
    const a = analysis(fileWith(SHARE, { draws: n, seed }));
    const pA = 1 - triangularCdf(COST / PER_SHARE, 0.1, 0.3, 0.5);
    const pF = 1 - triangularCdf(R / PER_SHARE, 0.1, 0.3, 0.5);
    expect(Math.abs(a.figures.pApproved - pA)).toBeLessThan(4 * Math.sqrt((pA * (1 - pA)) / n));
    expect(Math.abs((a.figures.pFullRepayment as number) - pF)).toBeLessThan(4 * Math.sqrt((pF * (1 - pF)) / n));
    // E[max(0.3 C, min(R, 54e6 s))]: the floor 3 660 000 never binds (s ≥ 0.1 gives 5 400 000).
    const repay = (s: number): number => Math.max(0.3 * COST, Math.min(R, PER_SHARE * s));
    const mean = triangularMean(repay, 0.1, 0.3, 0.5);
    const sd = Math.sqrt(triangularMean((s) => (repay(s) - mean) ** 2, 0.1, 0.3, 0.5));
    expect(Math.abs((a.figures.expectedRepayment as number) - mean)).toBeLessThan((4 * sd) / Math.sqrt(n));
    expect(a.figures.expectedRepaymentByDepartment).toEqual({ fsk: a.figures.expectedRepayment });
    // The median share of (0.1, 0.3, 0.5) is 0.3: savings 16 200 000 within four standard errors of a median.
    expect(Math.abs(a.figures.savingsP50 - 16.2e6)).toBeLessThan(4 * PER_SHARE * 0.2 * (0.5 / Math.sqrt(n)) * 2);
    // Payback by 2019 needs 27 000 000 × share ≥ 12 200 000.
    const p2019 = 1 - triangularCdf(COST / 27e6, 0.1, 0.3, 0.5);
    const by2019 = a.figures.paybackByYear.find((p) => p.year === 2019)!.probability;
    expect(Math.abs(by2019 - p2019)).toBeLessThan(4 * Math.sqrt((p2019 * (1 - p2019)) / n));
  });

  test("the percentiles are draws: the ⌈q·n⌉-th smallest window savings, each 54 000 000 × a drawn share", () => {
    const a = analysis(fileWith(SHARE, { draws: 2000, seed: 7 }));
    const sorted = [...a.simulation.window].sort((x, y) => x - y);
    expect(a.figures.savingsP10).toBeCloseTo(sorted[199]!, 2);
    expect(a.figures.savingsP50).toBeCloseTo(sorted[999]!, 2);
    expect(a.figures.savingsP90).toBeCloseTo(sorted[1799]!, 2);
    expect(a.figures.savingsP10).toBeLessThan(a.figures.savingsP50);
    expect(a.figures.savingsP50).toBeLessThan(a.figures.savingsP90);
  });

  test("the tornado: savings with the share at 0.1 and at 0.5, exactly", () => {
    const a = analysis(fileWith());
    expect(a.tornado).toEqual([
      { kind: "share", id: "placement", low: 0.1, high: 0.5, savingsAtLow: 5400000, savingsAtHigh: 27000000, swing: 21600000, approvedAtLow: false, approvedAtHigh: true }
    ]);
  });

  test("defaults: 2 000 draws from seed 1; a longer run begins with the draws of a shorter one", () => {
    const a = analysis(fileWith());
    expect([a.draws, a.seed]).toEqual([2000, 1]);
    const longer = rerun(a.model, 3000, 1);
    expect([...longer.simulation.ratios[0]!.subarray(0, 2000)]).toEqual([...a.simulation.ratios[0]!]);
  });
});

describe("the seeded generator", () => {
  test("known values: FNV-1a and Mulberry32 as published, the same on every machine", () => {
    expect([fnv1a32(""), fnv1a32("a"), fnv1a32("foobar")]).toEqual([2166136261, 3826002220, 3214735720]);
    // Mulberry32 from state 0: 0.26642920868471265 × 2^32, as the reference implementation gives.
    expect(mulberry32Step(0).value).toBe(1144304738);
    expect([...uniforms(7, "share:PLACEMENT", 3)]).toEqual([...uniforms(7, "share:PLACEMENT", 3)]);
    expect([...uniforms(7, "share:PLACEMENT", 4)]).toEqual([0.6331945965, 0.7720235975, 0.8783709585, 0.3337358335]);
  });

  test("uniform numbers lie strictly inside (0, 1) with at most ten decimals", () => {
    const bad = [...uniforms(3, "volumeFactor:X", 5000)].filter((u) => !(u > 0 && u < 1) || Number(u.toFixed(10)) !== u);
    expect(bad).toEqual([]);
  });

  test("the same seed gives the same figures; another seed other draws; one range's draws do not move when another is added", () => {
    const one = analysis(fileWith(SHARE, { seed: 11 }));
    const again = analysis(fileWith(SHARE, { seed: 11 }));
    expect(again.figures).toEqual(one.figures);
    expect(analysis(fileWith(SHARE, { seed: 12 })).figures.savingsP50).not.toBe(one.figures.savingsP50);
    const both = analysis(parsed(withValue(withValue(workedExampleFile(), ["investment", "effects", 0, "uncertainty"], { share: SHARE }), ["investment", "targetGroups", 0, "uncertainty"], { volumeFactor: { low: 0.8, high: 1.1 } }), { seed: 11 }));
    expect([...both.simulation.ratios[0]!]).toEqual([...one.simulation.ratios[0]!]);
  });

  test("triangular values by the inverse distribution function: the mode's probability splits the two arms", () => {
    expect(triangularValue(0.5, 0.1, 0.3, 0.5)).toBeCloseTo(0.3, 15);
    expect(triangularValue(0.125, 0.1, 0.3, 0.5)).toBeCloseTo(0.2, 15);
    expect(triangularValue(0.7, 0.8, 1, 1)).toBeCloseTo(0.8 + Math.sqrt(0.7 * 0.2 * 0.2), 15);
    expect(triangularValue(0.3, 1, 1, 1.2)).toBeCloseTo(1.2 - Math.sqrt(0.7 * 0.2 * 0.2), 15);
    for (const u of [0.01, 0.3, 0.5, 0.77, 0.99]) expect(triangularCdf(triangularValue(u, 0.1, 0.3, 0.5), 0.1, 0.3, 0.5)).toBeCloseTo(u, 12);
  });
});

function parsed(json: unknown, settings?: unknown): ScenarioFile {
  const r = parseScenario(settings === undefined ? json : withValue(json, ["uncertainty"], settings));
  if (!r.ok) throw new Error(r.errors.map((e) => e.en).join("\n"));
  return r.value;
}

describe("exact where it matters", () => {
  test("savings exactly at the cost (zero width) are approved: the comparison is made on decimals", () => {
    // Cost 16 200 000: the base case's window savings to the krona.
    const json = withValue(withValue(workedExampleFile(), ["investment", "costLines", 1, "amounts"], { 2017: 1000000, 2018: 3000000, 2019: 3200000 }), ["investment", "effects", 0, "uncertainty"], { share: { low: 0.3, high: 0.3 } });
    const a = analysis(parsed(json, { draws: 50, seed: 3 }));
    expect(a.figures.pApproved).toBe(1);
    expect(a.simulation.exactComparisons).toBeGreaterThan(0);
    // Cumulative savings 0; 2.7; 8.1; 16.2 MSEK in 2017–2020 reach the cost in 2020 exactly, as in the base case.
    expect((appraise(parsed(json)) as Appraisal).summary.paybackYear).toBe(2020);
    expect(a.figures.paybackByYear.find((p) => p.year === 2019)!.probability).toBe(0);
    expect(a.figures.paybackByYear.find((p) => p.year === 2020)!.probability).toBe(1);
  });
});

describe("the bias-corrected base case", () => {
  test("the unit cost graded 6 (40 %): 16 200 000 × 0.6 = 9 720 000, not approved, payback 2021, repayment 9 720 000", () => {
    const a = appraise(parsed(withValue(workedExampleFile(), ["investment", "unitCosts", 0, "uncertainty"], { confidenceGrade: 6 }))) as Appraisal;
    expect(a.uncertainty).toBeNull();
    expect(a.biasCorrected).toEqual({
      effects: [{ id: "placement", factor: 0.6 }],
      windowSavings: 9720000,
      windowByDepartment: { fsk: 9720000 },
      net: -2480000,
      approved: false,
      paybackYear: 2021,
      repayment: 9720000,
      repaymentByDepartment: { fsk: 9720000 },
      uncorrected: { windowSavings: 16200000, windowByDepartment: { fsk: 16200000 }, net: 4000000, approved: true, paybackYear: 2020, repayment: 12810000, repaymentByDepartment: { fsk: 12810000 } }
    });
    expect(a.summary.windowSavings).toBe(16200000);
  });

  test("grades on both: (1 − 5 %) × (1 − 25 %) = 0.7125; a municipality's own table", () => {
    let json = withValue(workedExampleFile(), ["investment", "unitCosts", 0, "uncertainty"], { confidenceGrade: 2 });
    json = withValue(json, ["investment", "effects", 0, "uncertainty"], { confidenceGrade: 5 });
    expect((appraise(parsed(json)) as Appraisal).biasCorrected?.effects).toEqual([{ id: "placement", factor: 0.7125 }]);
    json = withValue(json, ["rules", "overrides"], { optimismBias: [0, 0, 0, 0, 0.5, 0.5] });
    expect((appraise(parsed(json)) as Appraisal).biasCorrected?.windowSavings).toBe(8100000);
  });
});

describe("files without ranges behave exactly as before", () => {
  test("no ranges, no grades: no analysis, no corrected case, the same summary", () => {
    const plain = appraise(parsed(workedExampleFile())) as Appraisal;
    expect([plain.uncertainty, plain.biasCorrected]).toEqual([null, null]);
    expect(plain.summary.windowSavings).toBe(16200000);
    expect((appraise(parsed(workedExampleFile(), { draws: 500, seed: 3 })) as Appraisal).uncertainty).toBeNull();
  });
});

describe("checks", () => {
  const errorsOf = (json: unknown): string[] => {
    const r = parseScenario(json);
    return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.en}`);
  };
  test("a range out of order, a range on a share of 0, a high share the factor pushes above 1, bad settings", () => {
    expect(errorsOf(withValue(workedExampleFile(), ["investment", "effects", 0, "uncertainty"], { share: { low: 0.4, high: 0.5 } }))).toEqual([
      "investment.effects[1].uncertainty.share: investment.effects[1].uncertainty.share: the low (0.4), planned (0.3) and high value (0.5) must be in order, low ≤ planned ≤ high."
    ]);
    const zero = withValue(withValue(workedExampleFile(), ["investment", "effects", 0, "share"], 0), ["investment", "effects", 0, "uncertainty"], { share: { low: 0, high: 0.2 } });
    expect(errorsOf(zero)[0]).toContain("the planned share is 0");
    const factor = withValue(withValue(workedExampleFile(), ["scenario"], { shareFactor: 2.5 }), ["investment", "effects", 0, "uncertainty"], { share: { low: 0.1, high: 0.5 } });
    expect(errorsOf(factor)[0]).toContain("0.5 × the scenario's factor on shares 2.5 = 1.25");
    expect(errorsOf(withValue(workedExampleFile(), ["uncertainty"], { draws: 0 }))[0]).toMatch(/^uncertainty\.draws: /);
    expect(errorsOf(withValue(workedExampleFile(), ["uncertainty"], { draw: 10 }))[0]).toContain("draws");
    expect(errorsOf(withValue(workedExampleFile(), ["rules", "overrides"], { optimismBias: [0, 0.2, 0.1, 0.2, 0.3, 0.4] }))[0]).toContain("grade 3 (0.1) is less than for grade 2 (0.2)");
    expect(errorsOf(withValue(workedExampleFile(), ["rules", "overrides"], { optimismBias: [0, 0.1] }))[0]).toContain("six corrections");
  });

  test("an invalid range leaves the rest of the appraisal standing: the analysis is the error", () => {
    const json = withValue(workedExampleFile(), ["investment", "effects", 0, "uncertainty"], { share: { low: 0.4, high: 0.5 } }) as ScenarioFile;
    const a = appraise(json) as Appraisal;
    expect(a.summary.windowSavings).toBe(16200000);
    expect(isDomainError(a.uncertainty) ? a.uncertainty.key : a.uncertainty).toBe("rangeOrder");
  });
});
