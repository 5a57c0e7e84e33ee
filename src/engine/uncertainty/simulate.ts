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
import { ENTRY_ERROR, ONE, dec } from "../decimal";
import type { UncertainInput } from "./inputs";
import type { UncertaintyModel } from "./parts";
import { uniforms } from "./random";
import { triangularValue } from "./triangular";

/** One run of draws. Arrays are indexed by draw; per input, per department. */
export interface Simulation {
  readonly draws: number;
  readonly seed: number;
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
  for (let i = 0; i < u.length; i++) {
    const x = triangularValue(u[i] as number, low, base, high);
    out[i] = input.kind === "share" ? x / base : x;
  }
  return out;
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
  const ratios = model.inputs.map((x) => ratioColumn(x, uniforms(seed, x.key, draws)));
  const rho = 3 * ENTRY_ERROR + (T + D + 8) * STEP;
  const cost = model.totalCostNumber;
  const costSlack = cost * STEP;
  const termDept = Int32Array.from(terms, (t) => t.department);
  const termWindow = Float64Array.from(terms, (t) => t.windowNumber);
  const termInputs = terms.map((t) => Int32Array.from(t.inputs));
  const byDept = departments.map(() => new Float64Array(draws));
  const window = new Float64Array(draws);
  const approved = new Uint8Array(draws);
  const paybackIndex = new Int32Array(draws);
  const repaid = repayment ? departments.map(() => new Float64Array(draws)) : undefined;
  const full = repayment ? new Uint8Array(draws) : undefined;
  const f = new Float64Array(T);
  const wd = new Float64Array(D);
  let exactComparisons = 0;

  for (let i = 0; i < draws; i++) {
    for (let t = 0; t < T; t++) {
      let v = 1;
      const js = termInputs[t] as Int32Array;
      for (let q = 0; q < js.length; q++) v *= (ratios[js[q] as number] as Float64Array)[i] as number;
      f[t] = v;
    }
    wd.fill(0);
    for (let t = 0; t < T; t++) wd[termDept[t] as number] += (f[t] as number) * (termWindow[t] as number);
    let total = 0;
    for (let d = 0; d < D; d++) {
      total += wd[d] as number;
      (byDept[d] as Float64Array)[i] = wd[d] as number;
    }
    window[i] = total;
    let exact: Dec[] | undefined;
    const factors = (): Dec[] => (exact ??= exactFactors(model, ratios, i));

    // The approval test: savings ≥ C.
    const tol = 2 * rho * total + costSlack;
    if (total - cost > tol) approved[i] = 1;
    else if (cost - total > tol) approved[i] = 0;
    else {
      exactComparisons++;
      const x = exactWindowByDepartment(model, factors()).reduce((a, b) => a.plus(b));
      approved[i] = x.gte(model.totalCost) ? 1 : 0;
    }

    // The payback year: the first year cumulative savings reach C (they never fall).
    const reaches = (k: number): boolean => {
      let s = 0;
      for (let t = 0; t < T; t++) s += (f[t] as number) * ((terms[t] as (typeof terms)[number]).cumulativeNumber[k] as number);
      const tk = 2 * rho * s + costSlack;
      if (s - cost > tk) return true;
      if (cost - s > tk) return false;
      exactComparisons++;
      const fs = factors();
      return terms.reduce((a, t, q) => a.plus((fs[q] as Dec).times(t.cumulative[k] as Dec)), dec(0)).gte(model.totalCost);
    };
    if (Y === 0 || !reaches(Y - 1)) paybackIndex[i] = -1;
    else {
      let lo = 0;
      let hi = Y - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (reaches(mid)) hi = mid;
        else lo = mid + 1;
      }
      paybackIndex[i] = lo;
    }

    // Repayment under risk sharing, each department: max(floor × C × w, min(R × w, A)).
    if (repayment && repaid && full) {
      let all = 1;
      for (let d = 0; d < D; d++) {
        const a = wd[d] as number;
        const cap = repayment.capNumber[d] as number;
        const floor = repayment.floorNumber[d] as number;
        const td = 2 * rho * a + cap * STEP;
        let reached: boolean;
        if (a - cap > td) reached = true;
        else if (cap - a > td) reached = false;
        else {
          exactComparisons++;
          reached = (exactWindowByDepartment(model, factors())[d] as Dec).gte(repayment.cap[d] as Dec);
        }
        if (!reached) all = 0;
        (repaid[d] as Float64Array)[i] = reached ? cap : Math.max(floor, a);
      }
      full[i] = all;
    }
  }
  return { draws, seed, ratios, windowByDepartment: byDept, window, approved, paybackIndex, repaymentByDepartment: repaid, fullRepayment: full, relativeError: rho, exactComparisons };
}
