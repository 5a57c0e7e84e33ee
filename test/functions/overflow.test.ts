import fc from "fast-check";
import type { NumberSpec } from "../../src/engine/fields/fieldSpec";
import type { FieldEntry } from "../../src/engine/fields/fieldTable";
import { FIELDS } from "../../src/engine/fields/fieldTable";
import * as functions from "../../src/functions/functions";
import { SinvFunctionError } from "../../src/functions/raise";

/**
 * Issue 8, overflow: no custom function ever answers a number that is not finite
 * (Infinity, −Infinity, NaN) — with values at the field table's extremes, just past them,
 * far past them (1e308), vanishingly small (5e-324), products of maxima (10^12 kr × 10^7
 * individuals × 10^4 units), the lowest rates over the longest spans (1900–2200). Every
 * call is either finite numbers or a SinvFunctionError (#VALUE!, #N/A, #DIV/0!).
 */

type Fn = (...args: unknown[]) => unknown;
const call = (fn: string, args: readonly unknown[]): unknown => ((functions as unknown as Record<string, Fn>)[fn] as Fn)(...args);

/** Scalars: in the table, at its bounds, just past, far past, tiny, not numbers. */
const SCALARS: readonly unknown[] = [
  1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE, 1e-300, 1e-12,
  FIELDS.cost.max, FIELDS.cost.max + 1, -FIELDS.cost.max, FIELDS.volumes.max, FIELDS.quantity.max, FIELDS.fte.max, FIELDS.staffMonths.max,
  FIELDS.payrollOverhead.max, 0, -0, 1, 0.9999999999999999, FIELDS.discountRate.min, FIELDS.discountRate.min + 1e-12, FIELDS.discountRate.max,
  1900, 2200, 2201, 100, 50, Infinity, -Infinity, Number.NaN, "1e308", true, null
];

const YEARS = Array.from({ length: FIELDS.years.max - FIELDS.years.min + 1 }, (_, i) => FIELDS.years.min + i);
const row = (f: (i: number) => unknown): unknown[][] => [YEARS.map((_, i) => f(i))];
/** Ranges over the whole span of years. */
const RANGES: readonly unknown[][][] = [
  row(() => FIELDS.savings.max),
  row(() => -FIELDS.savings.max),
  row((i) => (i % 2 ? FIELDS.savings.max : -FIELDS.savings.max)),
  row(() => FIELDS.volumes.max),
  row(() => Number.MIN_VALUE),
  row(() => 1e-300),
  row(() => 1e308),
  row(() => FIELDS.discountRate.min),
  row(() => FIELDS.discountRate.max),
  row(() => 0)
];
const YEAR_ROW = [YEARS];

/** Each function's arguments in order: scalar (s), range of values (r), the years row (y) or codes (codes). */
const SHAPES: Readonly<Record<string, readonly (readonly [string, "s" | "r" | "y" | "codes"])[]>> = {
  effect: [["volume", "s"], ["share", "s"], ["unitCost", "s"], ["quantity", "s"], ["deadweight", "s"]],
  cohortSavings: [["volumes", "r"], ["years", "y"], ["share", "s"], ["unitCost", "s"], ["duration", "s"], ["lag", "s"], ["dropOff", "s"], ["quantity", "s"], ["deadweight", "s"]],
  savings10y: [["savings", "r"], ["years", "y"], ["endYear", "s"], ["discountRate", "s"], ["baseYear", "s"], ["includeDuring", "s"]],
  repayment: [["cost", "s"], ["actualSavings", "s"], ["floorShare", "s"], ["feeShare", "s"]],
  repaymentSplit: [["cost", "s"], ["savingsByDept", "r"], ["actualByDept", "r"], ["floorShare", "s"], ["feeShare", "s"]],
  repaymentPlan: [["savings", "r"], ["years", "y"], ["cost", "s"], ["feeShare", "s"], ["startYear", "s"]],
  payback: [["savings", "r"], ["years", "y"], ["cost", "s"]],
  breakeven: [["cost", "s"], ["savings", "s"], ["share", "s"]],
  staffCost: [["monthlySalary", "s"], ["fte", "s"], ["months", "s"], ["payrollOverhead", "s"]],
  indexCost: [["amount", "s"], ["fromYear", "s"], ["toYear", "s"], ["indexYears", "y"], ["indexRates", "r"]],
  unitCost: [["code", "codes"], ["codes", "codes"], ["costs", "r"]]
};

/** The field the table says governs an argument (`EFFECT.volume`), if any. */
function specOf(fn: string, arg: string): NumberSpec | undefined {
  const where = `${fn.toUpperCase()}.${arg}`;
  for (const spec of Object.values(FIELDS) as FieldEntry[]) if (spec.type === "number" && spec.args?.includes(where)) return spec;
  return undefined;
}

/** Values valid for an argument at its extremes: its bounds (a hair inside an open end), and the smallest positive numbers where 0 is allowed. */
function inField(fn: string, arg: string, kind: "s" | "r" | "y" | "codes"): readonly unknown[] {
  if (kind === "y") return [YEAR_ROW];
  if (kind === "codes") return arg === "code" ? ["K7", " k7 ", "K300"] : [row((i) => `K${i}`)];
  const spec = specOf(fn, arg);
  if (spec === undefined) return kind === "r" ? [RANGES[0]] : [false, true];
  const lo = spec.minExclusive ? spec.min + 1e-9 : spec.min;
  const hi = spec.maxExclusive ? spec.max - 1e-9 : spec.max;
  const values: number[] = spec.whole || spec.kind === "year" ? [lo, hi] : [lo, hi, ...(lo <= 0 && hi > 0 ? [Number.MIN_VALUE, 1e-300] : [])];
  return kind === "r" ? values.map((v) => row(() => v)) : values;
}

interface Tally {
  calls: number;
  finite: number;
  errors: number;
  nonFinite: string[];
}

/** One call: finite numbers or a SinvFunctionError are counted; anything else is listed. */
function run(fn: string, args: readonly unknown[], t: Tally): void {
  t.calls++;
  let result: unknown;
  try {
    result = call(fn, args);
  } catch (e) {
    if (!(e instanceof SinvFunctionError)) throw e;
    t.errors++;
    return;
  }
  const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
  if (cells.every((v) => typeof v === "number" && Number.isFinite(v))) t.finite++;
  else t.nonFinite.push(`${fn}(${JSON.stringify(args.map((a) => (Array.isArray(a) ? "[range]" : a)))}) = ${String(result)}`);
}

/** In-table maxima together: the largest products the table allows. */
const MAXIMA: readonly [string, readonly unknown[]][] = [
  ["effect", [FIELDS.volumes.max, 1, FIELDS.cost.max, FIELDS.quantity.max, 0]],
  ["cohortSavings", [RANGES[3], YEAR_ROW, 1, FIELDS.cost.max, FIELDS.duration.max, 0, 0, FIELDS.quantity.max, 0]],
  ["savings10y", [RANGES[0], YEAR_ROW, 1900, FIELDS.discountRate.min, 2200, true]],
  ["savings10y", [RANGES[0], YEAR_ROW, 2190, FIELDS.discountRate.max, 1900, true]],
  ["repaymentPlan", [RANGES[0], YEAR_ROW, FIELDS.totalCost.max, 1, 1900]],
  ["payback", [RANGES[5], YEAR_ROW, FIELDS.totalCost.max]],
  ["breakeven", [FIELDS.totalCost.max, Number.MIN_VALUE, 1]],
  ["breakeven", [FIELDS.totalCost.max, 1e-300, 1]],
  ["staffCost", [FIELDS.monthlySalary.max, FIELDS.fte.max, FIELDS.staffMonths.max, FIELDS.payrollOverhead.max]],
  ["indexCost", [FIELDS.amounts.max, 1900, 2200, [YEARS.slice(1)], [YEARS.slice(1).map(() => FIELDS.indexRates.max)]]],
  ["indexCost", [FIELDS.amounts.max, 2200, 1900, [YEARS.slice(1)], [YEARS.slice(1).map(() => FIELDS.indexRates.min)]]],
  ["repaymentSplit", [FIELDS.totalCost.max, [[Number.MIN_VALUE], [1e-300]], [[FIELDS.savings.max], [-FIELDS.savings.max]], 0, 1]]
];

const tallies: [string, Tally][] = [];

describe("no custom function answers Infinity or NaN (issue 8)", () => {
  afterAll(() => {
    if (process.env.SINV_TALLY) for (const [fn, t] of tallies) process.stdout.write(`${fn}: ${t.calls} calls, ${t.finite} finite, ${t.errors} errors, ${t.nonFinite.length} non-finite\n`);
  });

  test("the eleven functions are all exercised", () => {
    expect(Object.keys(SHAPES).sort()).toEqual(Object.keys(functions).sort());
  });

  test.each(Object.entries(SHAPES))("%s: every combination of in-field extremes, then each far-out value in each place", (fn, shape) => {
    const t: Tally = { calls: 0, finite: 0, errors: 0, nonFinite: [] };
    const pools = shape.map(([arg, kind]) => inField(fn, arg, kind));
    // Valid extremes together, drawn (a property over the product of the pools).
    fc.assert(
      fc.property(fc.tuple(...pools.map((p) => fc.constantFrom(...p))), (args) => {
        run(fn, args, t);
        // The same call with one argument far outside its field (or not a number at all).
        shape.forEach(([, kind], i) => {
          for (const v of kind === "s" ? SCALARS : kind === "r" ? RANGES : []) run(fn, args.map((a, k) => (k === i ? v : a)), t);
        });
      }),
      { numRuns: 60, seed: 8 }
    );
    expect(t.nonFinite).toEqual([]);
    expect(t.calls).toBeGreaterThan(200);
    expect(t.errors).toBeGreaterThan(0);
    expect(t.finite).toBeGreaterThan(10);
    tallies.push([fn, t]);
  });

  test.each(MAXIMA)("%s at the table's maxima and vanishing divisors: finite or an error", (fn, args) => {
    const t: Tally = { calls: 0, finite: 0, errors: 0, nonFinite: [] };
    run(fn, args, t);
    expect(t.nonFinite).toEqual([]);
  });

  test("the largest products the table allows are finite numbers, not errors", () => {
    const finite = (fn: string, args: readonly unknown[]): boolean => {
      const r = call(fn, args);
      return (Array.isArray(r) ? (r as unknown[][]).flat() : [r]).every((v) => typeof v === "number" && Number.isFinite(v));
    };
    expect(call("effect", MAXIMA[0]![1])).toBe(1e23);
    expect(finite("cohortSavings", MAXIMA[1]![1])).toBe(true);
    expect(finite("savings10y", MAXIMA[2]![1])).toBe(true);
    expect(finite("staffCost", MAXIMA[8]![1])).toBe(true);
    expect(finite("indexCost", MAXIMA[9]![1])).toBe(true);
    // 10^12 kr ÷ 5e-324 kr does not fit a double: an error, never Infinity.
    expect(() => call("breakeven", MAXIMA[6]![1])).toThrow(SinvFunctionError);
  });
});
