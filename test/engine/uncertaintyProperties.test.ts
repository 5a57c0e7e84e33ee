/**
 * Properties of the uncertainty analysis on random valid scenario files (the differential
 * tests' generator): a zero-width range gives the point estimate and probabilities of 0 or
 * 1; widening a range moves the median little but widens P10–P90; a higher optimism bias
 * never raises any figure of the corrected base case.
 */
import fc from "fast-check";
import type { Appraisal } from "../../src/engine/appraise";
import { appraise } from "../../src/engine/appraise";
import { dec } from "../../src/engine/decimal";
import { isDomainError } from "../../src/engine/errors";
import { oreNumber } from "../../src/engine/rounding";
import { splitRepayment } from "../../src/engine/repayment";
import type { UncertaintyAnalysis } from "../../src/engine/uncertainty/analyse";
import type { Investment } from "../../src/engine/model";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import { parseScenario } from "../../src/scenario/parseScenario";
import { checkProperty } from "../differential/propertyRun";
import { scenarioFiles } from "../differential/scenarioArbitrary";

function appraised(file: ScenarioFile): Appraisal {
  const r = parseScenario(file);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.en}`).join("\n"));
  const a = appraise(r.value);
  if (isDomainError(a)) throw new Error(a.en);
  return a;
}

function analysisOf(a: Appraisal): UncertaintyAnalysis | null {
  if (isDomainError(a.uncertainty)) throw new Error(a.uncertainty.en);
  return a.uncertainty;
}

/** Every range at zero width: shares at their planned value, factors at 1. */
function zeroWidth(inv: Investment): Investment {
  return {
    ...inv,
    effects: inv.effects.map((e) => (e.share > 0 ? { ...e, uncertainty: { share: { low: e.share, high: e.share } } } : e)),
    targetGroups: inv.targetGroups.map((g) => ({ ...g, uncertainty: { volumeFactor: { low: 1, high: 1 } } })),
    unitCosts: inv.unitCosts.map((u) => ({ ...u, uncertainty: { unitCostFactor: { low: 1, high: 1 } } }))
  };
}

describe("uncertainty properties", () => {
  test("zero-width ranges give the point estimate, probabilities 0 or 1 and the repayment at the plan", () => {
    checkProperty("zero width = point estimate", scenarioFiles(), 60, (file) => {
      const a = appraised({ ...file, investment: zeroWidth(file.investment), uncertainty: { draws: 16, seed: 5 } });
      const u = analysisOf(a);
      if (u === null) return;
      const s = a.summary;
      const f = u.figures;
      expect([f.savingsP10, f.savingsP50, f.savingsP90]).toEqual([s.windowSavings, s.windowSavings, s.windowSavings]);
      expect(f.pApproved).toBe(s.approved ? 1 : 0);
      expect(f.paybackByYear.map((p) => p.probability)).toEqual(a.evaluation.years.map((y) => (s.paybackYear !== null && y >= s.paybackYear ? 1 : 0)));
      for (const bar of u.tornado) expect([bar.savingsAtLow, bar.savingsAtHigh, bar.swing]).toEqual([s.windowSavings, s.windowSavings, 0]);
      if (f.pFullRepayment === null) {
        expect(f.expectedRepayment).toBeNull();
        return;
      }
      expect([0, 1]).toContain(f.pFullRepayment);
      const ev = a.evaluation;
      const windows = [...ev.windowByDepartment.values()];
      const atPlan = splitRepayment(ev.totalCost, windows, windows, dec(a.rules.floorShare), dec(a.rules.feeShare))!;
      expect(f.expectedRepayment).toBe(oreNumber(atPlan.reduce((x, y) => x.plus(y))));
    });
  });

  test("widening a symmetric share range keeps the median near the base and widens P10–P90", () => {
    const cases = fc.record({
      file: scenarioFiles(),
      half: fc.integer({ min: 1, max: 100 }),
      widen: fc.integer({ min: 101, max: 300 })
    });
    checkProperty("widening widens", cases, 40, ({ file, half, widen }) => {
      const at = file.investment.effects.findIndex((e) => e.share > 0);
      if (at < 0) return;
      const e = file.investment.effects[at]!;
      const room = Math.min(e.share, 1 / (file.scenario?.shareFactor ?? 1) - e.share, 1 - e.share);
      if (!(room > 0)) return;
      const d = (room * half) / 100 / 3;
      const withHalf = (h: number): ScenarioFile => ({
        ...file,
        uncertainty: { draws: 800, seed: 9 },
        investment: { ...file.investment, effects: file.investment.effects.map((x, i) => (i === at ? { ...x, uncertainty: { share: { low: e.share - h, high: e.share + h } } } : x)) }
      });
      const narrow = analysisOf(appraised(withHalf(d)))!;
      const wide = analysisOf(appraised(withHalf((d * widen) / 100)))!;
      const base = appraised(file).summary.windowSavings;
      expect(wide.figures.savingsP10).toBeLessThanOrEqual(narrow.figures.savingsP10);
      expect(wide.figures.savingsP90).toBeGreaterThanOrEqual(narrow.figures.savingsP90);
      const spread = wide.figures.savingsP90 - wide.figures.savingsP10;
      for (const u of [narrow, wide]) expect(Math.abs(u.figures.savingsP50 - base)).toBeLessThanOrEqual(0.05 * spread + 0.02);
    });
  });

  test("a higher optimism bias never raises any figure of the corrected base case", () => {
    const table = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 6, maxLength: 6 }).map((xs) => xs.sort((a, b) => a - b));
    const cases = fc.record({
      file: scenarioFiles(),
      low: table,
      extra: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 6, maxLength: 6 }),
      grades: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 12, maxLength: 12 })
    });
    checkProperty("more bias, no more savings", cases, 60, ({ file, low, extra, grades }) => {
      // The higher table: each grade's correction raised, still never smaller for a weaker grade.
      let run = 0;
      const high = low.map((v, i) => (run = Math.max(run, Math.min(100, v + (extra[i] as number)))));
      const graded: Investment = {
        ...file.investment,
        effects: file.investment.effects.map((e, i) => ({ ...e, uncertainty: { confidenceGrade: grades[i % 12] as number } })),
        unitCosts: file.investment.unitCosts.map((u, i) => ({ ...u, uncertainty: { confidenceGrade: grades[(i + 6) % 12] as number } }))
      };
      const withTable = (t: readonly number[]): Appraisal =>
        appraised({ ...file, investment: graded, rules: { ...file.rules, overrides: { ...file.rules.overrides, optimismBias: t.map((v) => v / 100) } } });
      const a = withTable(low).biasCorrected;
      const b = withTable(high).biasCorrected;
      if (a === null || b === null) throw new Error("graded files have a corrected base case");
      expect(b.windowSavings).toBeLessThanOrEqual(a.windowSavings);
      expect(b.net).toBeLessThanOrEqual(a.net);
      for (const [d, v] of Object.entries(b.windowByDepartment)) expect(v).toBeLessThanOrEqual(a.windowByDepartment[d] as number);
      if (b.approved) expect(a.approved).toBe(true);
      if (a.repayment !== null) expect(b.repayment as number).toBeLessThanOrEqual(a.repayment);
      if (b.paybackYear !== null) expect(a.paybackYear === null ? Infinity : a.paybackYear).toBeLessThanOrEqual(b.paybackYear);
      else if (a.paybackYear !== null) expect(b.paybackYear).toBeNull();
      for (const [i, x] of a.effects.entries()) expect(b.effects[i]!.factor).toBeLessThanOrEqual(x.factor);
      // The uncorrected appraisal is untouched by the table.
      expect(withTable(high).summary).toEqual(withTable(low).summary);
    });
  });
});
