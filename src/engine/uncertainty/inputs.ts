/**
 * The uncertain inputs of an investment: every three-point range, as one list in file order
 * (effects' shares, then target groups' volume factors, then unit costs' factors), each with
 * its base, the key its draws are seeded by, and the effects it moves.
 */
import { matchKey } from "../key";
import type { Investment } from "../model";
import type { InputKind, Range } from "./model";

/** One uncertain input: a triangular distribution (low, base, high). */
export interface UncertainInput {
  /** What it varies. */
  readonly kind: InputKind;
  /** The effect's id, the target group's id or the unit cost's code, as written. */
  readonly id: string;
  /** `share:placement`: the kind and the matched key; its draws are seeded by it, so they do not move when other ranges change. */
  readonly key: string;
  readonly low: number;
  /** The planned share, or 1 for a factor. */
  readonly base: number;
  readonly high: number;
  /** Where it stands, as the engine names fields: `effects[1].uncertainty.share`. */
  readonly arg: string;
}

function input(kind: InputKind, id: string, range: Range, base: number, arg: string): UncertainInput {
  return { kind, id, key: `${kind}:${matchKey(id)}`, low: range.low, base, high: range.high, arg };
}

/**
 * Every range of an investment, in file order.
 *
 * @example
 * // The worked example with "uncertainty": { "share": { "low": 0.1, "high": 0.5 } } on its effect:
 * uncertainInputs(inv); // [{ kind: "share", id: "placement", key: "share:placement", low: 0.1, base: 0.3, high: 0.5, arg: "effects[1].uncertainty.share" }]
 */
export function uncertainInputs(inv: Investment): UncertainInput[] {
  const out: UncertainInput[] = [];
  inv.effects.forEach((e, i) => {
    const r = e.uncertainty?.share;
    if (r) out.push(input("share", e.id, r, e.share, `effects[${i + 1}].uncertainty.share`));
  });
  inv.targetGroups.forEach((g, i) => {
    const r = g.uncertainty?.volumeFactor;
    if (r) out.push(input("volumeFactor", g.id, r, 1, `targetGroups[${i + 1}].uncertainty.volumeFactor`));
  });
  inv.unitCosts.forEach((u, i) => {
    const r = u.uncertainty?.unitCostFactor;
    if (r) out.push(input("unitCostFactor", u.code, r, 1, `unitCosts[${i + 1}].uncertainty.unitCostFactor`));
  });
  return out;
}

/**
 * Whether an investment has any range, so that there is something to simulate.
 *
 * @example
 * hasRanges(workedExample); // false
 */
export function hasRanges(inv: Investment): boolean {
  return inv.effects.some((e) => e.uncertainty?.share) || inv.targetGroups.some((g) => g.uncertainty?.volumeFactor) || inv.unitCosts.some((u) => u.uncertainty?.unitCostFactor);
}

/**
 * The positions in `inputs` of the ranges that move an effect: its share, its target group's
 * volume factor and its unit cost's factor (matched by key), those that exist.
 *
 * @example
 * inputsOfEffect(inputs, { id: "placement", targetGroupId: "pupils", unitCostCode: "EXTERN_SKOLPLACERING" }); // [0]
 */
export function inputsOfEffect(inputs: readonly UncertainInput[], e: { readonly id: string; readonly targetGroupId: string; readonly unitCostCode: string }): number[] {
  const wanted = [`share:${matchKey(e.id)}`, `volumeFactor:${matchKey(e.targetGroupId)}`, `unitCostFactor:${matchKey(e.unitCostCode)}`];
  return wanted.map((k) => inputs.findIndex((x) => x.key === k)).filter((j) => j >= 0);
}
