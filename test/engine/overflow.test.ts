import fc from "fast-check";
import type { Appraisal } from "../../src/engine/appraise";
import { appraise } from "../../src/engine/appraise";
import { isDomainError } from "../../src/engine/errors";
import { FIELDS } from "../../src/engine/fields/fieldTable";
import { parseScenarioText } from "../../src/scenario/parseScenarioText";
import { workedExampleFile } from "../scenario/support";

/**
 * Issue 8, overflow, in the engine: every key result of an appraisal (the summary, the
 * actual repayment, the follow-up's figures) is a finite number, or the appraisal is an
 * error that names the figure. Scenario files with every field at its extremes, together.
 */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- scenario files edited as plain JSON

/** Every number in a value (Maps, Decimals as their number), with its path. */
function nonFinite(value: unknown, path = "", out: string[] = []): string[] {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) out.push(`${path} = ${value}`);
  } else if (value instanceof Map) for (const [k, v] of value) nonFinite(v, `${path}.${String(k)}`, out);
  else if (value !== null && typeof value === "object") {
    const n = (value as { toNumber?: () => number }).toNumber;
    if (typeof n === "function") nonFinite(n.call(value), path, out);
    else for (const [k, v] of Object.entries(value)) nonFinite(v, `${path}.${k}`, out);
  }
  return out;
}

/** The worked example with every amount, volume, cost and factor set as given. */
function extreme(amount: number, volume: number, unitCost: number, share: number, o: { quantity?: number; duration?: number; rate?: number; factor?: number; horizon?: number }): Json {
  const f = workedExampleFile() as Json;
  const inv = f.investment as Json;
  for (const line of inv.costLines as Json[]) for (const y of Object.keys(line.amounts as Json)) line.amounts[y] = amount;
  for (const g of inv.targetGroups as Json[]) for (const y of Object.keys(g.volumes as Json)) g.volumes[y] = volume;
  (inv.unitCosts as Json[])[0]!.cost = unitCost;
  const e = (inv.effects as Json[])[0]!;
  e.share = share;
  if (o.quantity !== undefined) e.quantity = o.quantity;
  if (o.duration !== undefined) e.duration = o.duration;
  f.scenario = { discountRate: o.rate ?? 0, volumeFactor: o.factor ?? 1, unitCostFactor: o.factor ?? 1, horizonYears: o.horizon ?? 10, baseYear: 1900 };
  f.actuals = { volumes: { pupils: { "2017": volume } }, shares: { placement: share } };
  return f;
}

function appraiseText(file: Json): Appraisal | { error: string } {
  const parsed = parseScenarioText(JSON.stringify(file));
  if (!parsed.ok) return { error: parsed.errors[0]!.en };
  const a = appraise(parsed.value);
  return isDomainError(a) ? { error: a.en } : a;
}

const TINY = [Number.MIN_VALUE, 1e-300, 1e-12, 0.001];
const AMOUNTS = [0, ...TINY, FIELDS.amounts.max];
const VOLUMES = [0, Number.MIN_VALUE, 1e-300, FIELDS.volumes.max];
const UNIT_COSTS = [0, Number.MIN_VALUE, 1e-300, FIELDS.cost.max];
const SHARES = [0, Number.MIN_VALUE, 1e-300, 1];

describe("no engine result is Infinity or NaN (issue 8)", () => {
  test("every combination of extreme amounts, volumes, unit costs and shares: finite figures or an error naming the figure", () => {
    let finite = 0;
    const errors = new Map<string, number>();
    for (const amount of AMOUNTS)
      for (const volume of VOLUMES)
        for (const unitCost of UNIT_COSTS)
          for (const share of SHARES)
            for (const rate of [FIELDS.discountRate.min, 0, FIELDS.discountRate.max]) {
              const r = appraiseText(extreme(amount, volume, unitCost, share, { quantity: FIELDS.quantity.max, duration: FIELDS.duration.max, rate, factor: FIELDS.volumeFactor.max, horizon: FIELDS.horizonYears.max }));
              if ("error" in r) {
                const kind = r.error.replace(/\d[\d.e+-]*/g, "#");
                errors.set(kind, (errors.get(kind) ?? 0) + 1);
                continue;
              }
              // Every figure the engine hands out: the summary, the evaluation's years and parts, the follow-up.
              expect(nonFinite({ summary: r.summary, actualRepayment: r.actualRepayment, evaluation: r.evaluation, followUp: r.followUp })).toEqual([]);
              finite++;
            }
    expect(finite).toBeGreaterThan(500);
    if (process.env.SINV_TALLY) process.stdout.write(`engine: ${finite} finite, ${JSON.stringify([...errors])}\n`);
    // The only refusal: a total cost of fractions of 5e-324 kr, whose ratio does not fit a double.
    expect([...errors.keys()]).toEqual([expect.stringContaining("ratio (window savings ÷ total cost): the total cost")]);
  });

  test("a total cost of 3 × 5e-324 kr: the ratio is refused by name, never Infinity or null with approved", () => {
    const r = appraiseText(extreme(Number.MIN_VALUE, 10, 900000, 0.3, {}));
    expect(r).toEqual({ error: expect.stringMatching(/^ratio \(window savings ÷ total cost\): the total cost 2\.964e-323 kr is greater than 0/) });
  });

  test("a total cost of 1e-300 kr per year: finite (a huge ratio, the totals 0 kr in öre)", () => {
    const r = appraiseText(extreme(1e-300, 10, 900000, 0.3, {})) as Appraisal;
    expect(r.summary.ratio).toBeGreaterThan(1e305);
    expect(Number.isFinite(r.summary.ratio)).toBe(true);
    expect(r.summary.totalCost).toBe(0);
  });

  test("random scenario files at the extremes: finite or an error", () => {
    const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
    fc.assert(
      fc.property(pick(AMOUNTS), pick(VOLUMES), pick(UNIT_COSTS), pick(SHARES), pick([0, 1, 50, 100]), pick([0, 0.05, 10]), (amount, volume, unitCost, share, duration, factor) => {
        const r = appraiseText(extreme(amount, volume, unitCost, share, { duration, factor: Math.min(factor, 1 / Math.max(share, 0.1)) }));
        if (!("error" in r)) expect(nonFinite(r.summary)).toEqual([]);
      }),
      { numRuns: 200, seed: 8 }
    );
  });
});
