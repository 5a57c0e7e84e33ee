/**
 * The rules, scenario and actuals parts of a generated scenario file (see
 * scenarioArbitrary.ts). Shares and factors are integer hundredths, so "share × factor ≤ 1"
 * is checked exactly, as the file check does with decimals.
 */
import fc from "fast-check";
import type { Actuals, Scenario } from "../../src/engine/model";
import type { RulesChoice } from "../../src/scenario/scenarioFile";

/** The value type of an arbitrary. */
export type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

/**
 * A value in about `percent` % of the cases, otherwise null (null first, so a failure
 * shrinks towards leaving the field out).
 *
 * @example
 * sometimes(fc.boolean(), 30); // null 70 % of the time
 */
export function sometimes<T>(arb: fc.Arbitrary<T>, percent: number): fc.Arbitrary<T | null> {
  return fc.oneof({ arbitrary: fc.constant(null), weight: 100 - percent }, { arbitrary: arb, weight: percent });
}

/** Raw choices of the rules: a preset and perhaps some values changed. */
export const rawRules = fc.record({
  preset: fc.constantFrom("orebro-2013-2019", "orebro-2020"),
  overrides: sometimes(
    fc.record({
      horizonYears: sometimes(fc.constantFrom(1, 3, 5, 10, 12), 30),
      feeShare: sometimes(fc.constantFrom(0, 0.03, 0.05, 0.1), 30),
      floorShare: sometimes(fc.constantFrom(0, 0.3, 0.5, 1), 30),
      repaymentModel: sometimes(fc.boolean(), 30),
      repaymentPlan: sometimes(fc.constantFrom("followSavings" as const, "even" as const), 30),
      instalmentYears: sometimes(fc.constantFrom(1, 3, 5), 30),
      duration: sometimes(fc.record({ min: fc.constantFrom(1, 2), max: fc.constantFrom(2, 3, 4, 6) }), 30),
      discountRate: sometimes(fc.constantFrom(0, 0.035, 0.05), 30),
      includeDuring: sometimes(fc.boolean(), 30)
    }),
    40
  )
});
export type RawRules = ValueOf<typeof rawRules>;

/** Raw choices of the scenario; a null field is left out of the file. */
export const rawScenario = fc.record({
  sharePercent: sometimes(fc.constantFrom(0, 50, 80, 100, 120, 150, 200), 50),
  volumeFactor: sometimes(fc.constantFrom(0.5, 0.9, 1, 1.1, 1.25, 2), 30),
  unitCostFactor: sometimes(fc.constantFrom(0.5, 0.9, 1, 1.1, 1.25), 30),
  discountRate: sometimes(fc.constantFrom(0, 0.035, 0.03, 0.05), 40),
  baseYearOffset: sometimes(fc.integer({ min: -2, max: 5 }), 30),
  includeDuring: sometimes(fc.boolean(), 40),
  horizonYears: sometimes(fc.constantFrom(1, 3, 5, 10), 20)
});
export type RawScenario = ValueOf<typeof rawScenario>;

/** Raw actuals: some years of some target groups, some effects' shares, some cost lines' actual costs in öre. */
export const rawActuals = fc.record({
  volumes: fc.array(fc.record({ group: fc.nat(), years: fc.array(sometimes(fc.nat(40), 50), { minLength: 6, maxLength: 6 }) }), { maxLength: 2 }),
  shares: fc.array(fc.record({ effect: fc.nat(), sharePercent: fc.integer({ min: 0, max: 100 }) }), { maxLength: 2 }),
  costs: fc.array(fc.record({ line: fc.nat(), years: fc.array(sometimes(fc.integer({ min: 0, max: 1_000_000_000 }), 50), { minLength: 6, maxLength: 6 }) }), { maxLength: 3 })
});
export type RawActuals = ValueOf<typeof rawActuals>;

/**
 * The rule choice.
 *
 * @example
 * rulesOf({ preset: "orebro-2020", overrides: null }); // { preset: "orebro-2020" }
 */
export function rulesOf(raw: RawRules): RulesChoice {
  const o = raw.overrides;
  if (o === null) return { preset: raw.preset };
  const overrides = {
    ...(o.horizonYears !== null ? { horizonYears: o.horizonYears } : {}),
    ...(o.feeShare !== null ? { feeShare: o.feeShare } : {}),
    ...(o.floorShare !== null ? { floorShare: o.floorShare } : {}),
    ...(o.repaymentModel !== null ? { repaymentModel: o.repaymentModel } : {}),
    ...(o.repaymentPlan !== null ? { repaymentPlan: o.repaymentPlan } : {}),
    ...(o.instalmentYears !== null ? { instalmentYears: o.instalmentYears } : {}),
    ...(o.duration !== null ? { minDurationYears: o.duration.min, maxDurationYears: o.duration.max } : {}),
    ...(o.discountRate !== null ? { discountRate: o.discountRate } : {}),
    ...(o.includeDuring !== null ? { includeDuring: o.includeDuring } : {})
  };
  return { preset: raw.preset, overrides };
}

/**
 * Each effect's actual share in hundredths, by effect position (the last entry for an effect wins).
 *
 * @example
 * actualSharePercents({ volumes: [], shares: [{ effect: 3, sharePercent: 40 }] }, 2); // Map { 1 => 40 }
 */
export function actualSharePercents(raw: RawActuals | null, effects: number): Map<number, number> {
  const out = new Map<number, number>();
  if (raw === null || effects === 0) return out;
  for (const s of raw.shares) out.set(s.effect % effects, s.sharePercent);
  return out;
}

/**
 * The scenario. The share factor is lowered, where needed, so that every effect's share
 * (the actual one where given) times the factor is at most 1.
 *
 * @example
 * scenarioOf({ ...raw, sharePercent: 200 }, [80], null, 2017, 2019).shareFactor; // 1.25
 */
export function scenarioOf(raw: RawScenario, sharePercents: readonly number[], actuals: RawActuals | null, start: number, _end: number): Scenario {
  const actual = actualSharePercents(actuals, sharePercents.length);
  const highest = Math.max(0, ...sharePercents.map((p, i) => Math.max(p, actual.get(i) ?? p)));
  let factor: number | null = raw.sharePercent;
  if (factor !== null && highest * factor > 10_000) factor = Math.floor(10_000 / highest);
  return {
    ...(factor !== null ? { shareFactor: factor / 100 } : {}),
    ...(raw.volumeFactor !== null ? { volumeFactor: raw.volumeFactor } : {}),
    ...(raw.unitCostFactor !== null ? { unitCostFactor: raw.unitCostFactor } : {}),
    ...(raw.discountRate !== null ? { discountRate: raw.discountRate } : {}),
    ...(raw.baseYearOffset !== null ? { baseYear: start + raw.baseYearOffset } : {}),
    ...(raw.includeDuring !== null ? { includeDuring: raw.includeDuring } : {}),
    ...(raw.horizonYears !== null ? { horizonYears: raw.horizonYears } : {})
  };
}

/**
 * The actuals, keyed by the ids exactly as the investment writes them (the file check
 * compares actuals keys with the ids as they are).
 *
 * @example
 * actualsOf({ volumes: [{ group: 0, years: [8, null, null, null, null, null] }], shares: [], costs: [] }, ["elever"], [], 2017, 2019);
 * // { volumes: { elever: { "2017": 8 } } }
 * // costs: [{ line: 0, years: [310000000, null, …] }] with cost lines ["k1"] and cost years [2017, 2018] gives costs: { k1: { "2017": 3100000 } }
 */
export function actualsOf(raw: RawActuals, groupIds: readonly string[], effectIds: readonly string[], start: number, end: number, costLineIds: readonly string[] = [], costYears: readonly number[] = []): Actuals {
  const volumes: Record<string, Record<string, number>> = {};
  for (const v of raw.volumes) {
    const id = groupIds[v.group % groupIds.length] as string;
    const years: Record<string, number> = { ...(volumes[id] ?? {}) };
    v.years.slice(0, end - start + 2).forEach((value, k) => {
      if (value !== null) years[String(start + k)] = value;
    });
    volumes[id] = years;
  }
  const shares: Record<string, number> = {};
  for (const [i, p] of actualSharePercents(raw, effectIds.length)) shares[effectIds[i] as string] = p / 100;
  const costs: Record<string, Record<string, number>> = {};
  for (const c of costLineIds.length > 0 ? raw.costs : []) {
    const id = costLineIds[c.line % costLineIds.length] as string;
    const years: Record<string, number> = { ...(costs[id] ?? {}) };
    c.years.slice(0, costYears.length).forEach((ore, k) => {
      if (ore !== null) years[String(costYears[k])] = ore / 100;
    });
    if (Object.keys(years).length > 0) costs[id] = years;
  }
  return {
    ...(Object.keys(volumes).length > 0 ? { volumes } : {}),
    ...(Object.keys(shares).length > 0 ? { shares } : {}),
    ...(Object.keys(costs).length > 0 ? { costs } : {})
  };
}
