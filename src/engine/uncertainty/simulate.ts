/**
 * The draws, fast and exact where it matters. Each draw's ratios are IEEE doubles computed
 * as the workbook computes them (triangular.ts); from there the figures are defined exactly:
 * each ratio enters as the engine reads a number (its 15 significant digits, `dec`), and a
 * draw's savings are Σ term × product of its ratios in decimal. The loop computes them in
 * floating point with a bound on the error (every term is ≥ 0, so a relative bound ρ holds
 * for every sum); a comparison the bound cannot settle — savings against the cost, a
 * department's savings against its full repayment — is made again on decimals for that draw.
 */
import type { Dec } from "../decimal";
import { ENTRY_ERROR, ONE, dec, sum } from "../decimal";
import type { UncertainInput } from "./inputs";
import type { UncertaintyModel } from "./parts";
import { uniforms } from "./random";
import { triangularValue } from "./triangular";

/** One run of draws. Arrays are indexed by draw; per input, per department. */
export interface Simulation {
  readonly draws: number;
  readonly seed: number;
  /** Each input's uniform numbers u, as drawn (what the workbook holds as values). */
  readonly uniforms: readonly Float64Array[];
  /** Each input's drawn ratio: share ÷ planned share, or the factor itself. */
  readonly ratios: readonly Float64Array[];
  /** Municipal window savings per department (ρ-close to the exact figure). */
  readonly windowByDepartment: readonly Float64Array[];
  readonly window: Float64Array;
  /** 1 when the window savings reach the total cost (exactly decided). */
  readonly approved: Uint8Array;
  /** The index in the timeline of the payback year; −1 when cumulative savings never reach the cost. */
  readonly paybackIndex: Int32Array;
  /** max(floor × C × w[d], min(R × w[d], A[d])) per department, without a repayment model undefined. */
  readonly repaymentByDepartment: readonly Float64Array[] | undefined;
  /** 1 when every department repays its full part R × w[d] (exactly decided). */
  readonly fullRepayment: Uint8Array | undefined;
  /** ρ: every savings figure above is within ρ × its value of the exact one. */
  readonly relativeError: number;
  /** How many comparisons the bound could not settle and decimals did. */
  readonly exactComparisons: number;
}

/**
 * An input's ratio per draw.
 *
 * @example
 * ratioColumn({ kind: "share", low: 0.1, base: 0.3, high: 0.5, … }, Float64Array.of(0.5)); // Float64Array [1]
 */
export function ratioColumn(input: Pick<UncertainInput, "kind" | "low" | "base" | "high">, u: Float64Array): Float64Array {
  const out = new Float64Array(u.length);
  const { low, base, high } = input;
  for (let i = 0; i < u.length; i++) out[i] = triangularValue(u[i] as number, low, base, high);
  if (input.kind === "share") for (let i = 0; i < u.length; i++) out[i] = (out[i] as number) / base;
  return out;
}

const ratioCache = new Map<string, Float64Array>();
const RATIO_CACHE_LIMIT = 512;

/**
 * An input's ratios for the first n draws of a seed, cached by the input's range (the pane
 * redraws after one range changed: the other ranges' ratios are not computed again).
 *
 * @example
 * cachedRatios(7, input, 2000); // the same array (or its prefix) as the last call for this range and seed
 */
export function cachedRatios(seed: number, input: UncertainInput, n: number): { readonly u: Float64Array; readonly ratios: Float64Array } {
  const u = uniforms(seed, input.key, n);
  const id = `${seed}|${input.key}|${input.kind}|${input.low}|${input.base}|${input.high}`;
  const known = ratioCache.get(id);
  if (known && known.length >= n) {
    // Least recently used goes first: a hit moves to the end.
    ratioCache.delete(id);
    ratioCache.set(id, known);
    return { u, ratios: known.subarray(0, n) };
  }
  const ratios = ratioColumn(input, u);
  if (ratioCache.size >= RATIO_CACHE_LIMIT) ratioCache.delete(ratioCache.keys().next().value as string);
  ratioCache.set(id, ratios);
  return { u, ratios };
}

/**
 * The exact factor of every term in one draw: the product of its ratios, each read as `dec` reads a number.
 *
 * @example
 * exactFactors(model, ratios, 0); // [Dec(…)] one per term
 */
export function exactFactors(model: UncertaintyModel, ratios: readonly Float64Array[], i: number): Dec[] {
  return model.terms.map((t) => t.inputs.reduce((p, j) => p.times(dec((ratios[j] as Float64Array)[i] as number)), ONE));
}

/**
 * The exact window savings per department of a draw, from its exact factors.
 *
 * @example
 * exactWindowByDepartment(model, exactFactors(model, sim.ratios, 0))[0]?.toNumber(); // the first department's savings in draw 1
 */
export function exactWindowByDepartment(model: UncertaintyModel, factors: readonly Dec[]): Dec[] {
  const out = model.departments.map(() => dec(0));
  model.terms.forEach((t, k) => (out[t.department] = (out[t.department] as Dec).plus((factors[k] as Dec).times(t.window))));
  return out;
}

/** 2^−52, twice a double's unit roundoff. */
const STEP = 2 ** -52;

/** Each term's factor per draw: the product of its ratios (null for a term no range moves: 1). */
function termFactors(model: UncertaintyModel, ratios: readonly Float64Array[], draws: number): (Float64Array | null)[] {
  return model.terms.map((t) => {
    if (t.inputs.length === 0) return null;
    const out = Float64Array.from(ratios[t.inputs[0] as number] as Float64Array);
    for (let q = 1; q < t.inputs.length; q++) {
      const r = ratios[t.inputs[q] as number] as Float64Array;
      for (let i = 0; i < draws; i++) out[i] = (out[i] as number) * (r[i] as number);
    }
    return out;
  });
}

/** The exact comparisons of one draw: its exact term factors, made when first needed. */
class ExactDraw {
  private factors: Dec[] | undefined;
  constructor(
    private readonly model: UncertaintyModel,
    private readonly ratios: readonly Float64Array[],
    private readonly i: number
  ) {}
  private exact(): Dec[] {
    return (this.factors ??= exactFactors(this.model, this.ratios, this.i));
  }
  windowByDepartment(): Dec[] {
    return exactWindowByDepartment(this.model, this.exact());
  }
  cumulative(k: number): Dec {
    const fs = this.exact();
    return this.model.terms.reduce((a, t, q) => a.plus((fs[q] as Dec).times(t.cumulative[k] as Dec)), dec(0));
  }
}

/**
 * Runs `draws` draws from `seed`.
 *
 * @example
 * // The worked example, share (0.1, 0.3, 0.5), 10 000 draws: about 80 % approved.
 * const sim = simulate(model, 10000, 7);
 * sim.approved.reduce((a, b) => a + b, 0) / 10000; // ≈ 0.80
 */
export function simulate(model: UncertaintyModel, draws: number, seed: number): Simulation {
  const { terms, departments, repayment } = model;
  const T = terms.length;
  const D = departments.length;
  const Y = model.years.length;
  const drawn = model.inputs.map((x) => cachedRatios(seed, x, draws));
  const us = drawn.map((d) => d.u);
  const ratios = drawn.map((d) => d.ratios);
  const rho = 3 * ENTRY_ERROR + (T + D + 8) * STEP;
  const cost = model.totalCostNumber;
  const costSlack = cost * STEP;
  const factors = termFactors(model, ratios, draws);
  // Savings per department and in all: column by column, each term's factor × its base savings.
  const byDept = departments.map(() => new Float64Array(draws));
  terms.forEach((t, q) => {
    const column = byDept[t.department] as Float64Array;
    const f = factors[q];
    const w = t.windowNumber;
    if (f === null) for (let i = 0; i < draws; i++) column[i] = (column[i] as number) + w;
    else for (let i = 0; i < draws; i++) column[i] = (column[i] as number) + (f[i] as number) * w;
  });
  const window = new Float64Array(draws);
  for (const column of byDept) for (let i = 0; i < draws; i++) window[i] = (window[i] as number) + (column[i] as number);
  const cumulative = new Float64Array(T * Y);
  terms.forEach((t, q) => cumulative.set(t.cumulativeNumber, q * Y));
  const ones = new Float64Array(draws).fill(1);
  const fColumns = factors.map((f) => f ?? ones);

  const approved = new Uint8Array(draws);
  const paybackIndex = new Int32Array(draws);
  const repaid = repayment ? departments.map(() => new Float64Array(draws)) : undefined;
  const full = repayment ? new Uint8Array(draws) : undefined;
  const f = new Float64Array(T);
  let exactComparisons = 0;
  for (let i = 0; i < draws; i++) {
    let exact: ExactDraw | undefined;
    const total = window[i] as number;
    // The approval test: savings ≥ C.
    const tol = 2 * rho * total + costSlack;
    if (total - cost > tol) approved[i] = 1;
    else if (cost - total <= tol) {
      exactComparisons++;
      exact ??= new ExactDraw(model, ratios, i);
      approved[i] = sum(exact.windowByDepartment()).gte(model.totalCost) ? 1 : 0;
    }
    // The payback year: the first year cumulative savings reach C (they never fall), by halving.
    for (let q = 0; q < T; q++) f[q] = (fColumns[q] as Float64Array)[i] as number;
    let lo = 0;
    let hi = Y;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      let s = 0;
      for (let q = 0; q < T; q++) s += (f[q] as number) * (cumulative[q * Y + mid] as number);
      const tk = 2 * rho * s + costSlack;
      let reaches = s - cost > tk;
      if (!reaches && cost - s <= tk) {
        exactComparisons++;
        exact ??= new ExactDraw(model, ratios, i);
        reaches = exact.cumulative(mid).gte(model.totalCost);
      }
      if (reaches) hi = mid;
      else lo = mid + 1;
    }
    paybackIndex[i] = lo === Y ? -1 : lo;
    // Repayment under risk sharing, each department: repayment.ts riskShared() in floating point (the bounds are its riskSharingBounds), the cap compared exactly where the error bound cannot decide.
    if (repayment && repaid && full) {
      let all = 1;
      for (let d = 0; d < D; d++) {
        const a = (byDept[d] as Float64Array)[i] as number;
        const cap = repayment.capNumber[d] as number;
        const td = 2 * rho * a + cap * STEP;
        let reached = a - cap > td;
        if (!reached && cap - a <= td) {
          exactComparisons++;
          exact ??= new ExactDraw(model, ratios, i);
          reached = (exact.windowByDepartment()[d] as Dec).gte(repayment.cap[d] as Dec);
        }
        if (!reached) all = 0;
        (repaid[d] as Float64Array)[i] = reached ? cap : Math.max(repayment.floorNumber[d] as number, a);
      }
      full[i] = all;
    }
  }
  return { draws, seed, uniforms: us, ratios, windowByDepartment: byDept, window, approved, paybackIndex, repaymentByDepartment: repaid, fullRepayment: full, relativeError: rho, exactComparisons };
}
