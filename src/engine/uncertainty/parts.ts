/**
 * The base-case parts the draws combine, computed once from the planned evaluation.
 * Savings are linear in each effect's share, its target group's volumes and its unit cost
 * (MODEL.md, "Effects and savings"), so for fixed timing a draw's savings per department and
 * year are the booked base-case savings of each effect times that effect's factor — the
 * product of its ranges' drawn ratios (share ÷ planned share, the volume factor, the
 * unit-cost factor). Effects moved by the same ranges in the same department are one term.
 */
import type { Dec } from "../decimal";
import { ZERO, dec } from "../decimal";
import type { Evaluation } from "../evaluate";
import type { Investment } from "../model";
import { departmentWeights, riskSharingBounds } from "../repayment";
import type { RuleSet } from "../rules";
import type { UncertainInput } from "./inputs";
import { inputsOfEffect, uncertainInputs } from "./inputs";

/** Municipal effects of one department moved by the same ranges, summed. */
export interface Term {
  /** Position of the department in {@link UncertaintyModel.departments}. */
  readonly department: number;
  /** Positions in {@link UncertaintyModel.inputs} of the ranges that move it (none: fixed). */
  readonly inputs: readonly number[];
  /** Booked window savings at the base (exact), and as a number. */
  readonly window: Dec;
  readonly windowNumber: number;
  /** Cumulative booked savings (undiscounted) at each timeline year, exact and as numbers. */
  readonly cumulative: readonly Dec[];
  readonly cumulativeNumber: Float64Array;
}

/** The repayment rule's fixed parts per department (MODEL.md, "Repayment"). */
export interface RepaymentParts {
  /** R = C × (1 + fee). */
  readonly planned: Dec;
  /** Planned weights w[d] from the base case's window savings. */
  readonly weights: readonly Dec[];
  /** floor × C × w[d]: the least a department repays. */
  readonly floor: readonly Dec[];
  /** R × w[d]: the most a department repays (its full part). */
  readonly cap: readonly Dec[];
  readonly floorNumber: Float64Array;
  readonly capNumber: Float64Array;
}

/** Everything the draws need, prepared once per appraisal. */
export interface UncertaintyModel {
  readonly inputs: readonly UncertainInput[];
  readonly years: readonly number[];
  /** Departments with municipal savings, in the evaluation's order. */
  readonly departments: readonly string[];
  readonly terms: readonly Term[];
  readonly totalCost: Dec;
  readonly totalCostNumber: number;
  /** Base-case window savings (the appraisal's). */
  readonly baseWindow: Dec;
  /** Undefined without a repayment model or without positive planned savings. */
  readonly repayment: RepaymentParts | undefined;
}

function cumulativeOf(row: readonly Dec[]): Dec[] {
  let sum = ZERO;
  return row.map((v) => (sum = sum.plus(v)));
}

/**
 * Prepares the model from the planned evaluation of an investment.
 *
 * @example
 * // The worked example with a share range on its one effect: one term, window 16 200 000.
 * const m = uncertaintyModel(inv, OREBRO_2013_2019, ev);
 * m.terms.map((t) => t.windowNumber); // [16200000]
 * m.repayment?.cap.map(Number);       // [12810000]
 */
export function uncertaintyModel(inv: Investment, rules: RuleSet, ev: Evaluation): UncertaintyModel {
  const inputs = uncertainInputs(inv);
  const departments = [...ev.windowByDepartment.keys()];
  const byKey = new Map<string, { department: number; inputs: number[]; window: Dec; byYear: Dec[] }>();
  ev.effects.forEach((r, i) => {
    if (r.payer !== "kommun") return;
    const e = inv.effects[i]!;
    const department = departments.indexOf(r.departmentId);
    const moved = inputsOfEffect(inputs, e);
    const key = `${department}|${moved.join(",")}`;
    const known = byKey.get(key);
    if (known) {
      known.window = known.window.plus(r.window);
      known.byYear = known.byYear.map((v, k) => v.plus(r.byYear[k] as Dec));
    } else byKey.set(key, { department, inputs: moved, window: r.window, byYear: r.byYear.slice() });
  });
  const terms: Term[] = [...byKey.values()].map((t) => {
    const cumulative = cumulativeOf(t.byYear);
    return { department: t.department, inputs: t.inputs, window: t.window, windowNumber: t.window.toNumber(), cumulative, cumulativeNumber: Float64Array.from(cumulative, (v) => v.toNumber()) };
  });
  const windows = departments.map((d) => ev.windowByDepartment.get(d) as Dec);
  const weights = ev.repayment ? departmentWeights(windows) : undefined;
  let repayment: RepaymentParts | undefined;
  if (ev.repayment && weights) {
    const planned = ev.repayment.planned;
    const bounds = weights.map((w) => riskSharingBounds(ev.totalCost, planned, dec(rules.floorShare), w));
    const floor = bounds.map((b) => b.floor);
    const cap = bounds.map((b) => b.cap);
    repayment = { planned, weights, floor, cap, floorNumber: Float64Array.from(floor, (v) => v.toNumber()), capNumber: Float64Array.from(cap, (v) => v.toNumber()) };
  }
  return { inputs, years: ev.years, departments, terms, totalCost: ev.totalCost, totalCostNumber: ev.totalCost.toNumber(), baseWindow: ev.windowSavings, repayment };
}
