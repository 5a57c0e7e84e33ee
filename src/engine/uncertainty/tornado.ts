/**
 * The tornado, owned here: the window savings with one uncertain input at its low and at its
 * high value and every other at its base, exactly. Savings are linear in each input, so a
 * case is the base plus (ratio − 1) × the base savings of the effects the input moves.
 */
import type { Dec } from "../decimal";
import { ONE, ZERO, dec } from "../decimal";
import { oreNumber } from "../rounding";
import type { UncertainInput } from "./inputs";
import type { InputKind } from "./model";
import type { UncertaintyModel } from "./parts";

/** One bar: an input, the savings at its low and high value, and the swing between them. */
export interface TornadoBar {
  readonly kind: InputKind;
  readonly id: string;
  readonly low: number;
  readonly high: number;
  /** Window savings with this input at its low value, the others at base (öre). */
  readonly savingsAtLow: number;
  readonly savingsAtHigh: number;
  /** savingsAtHigh − savingsAtLow, exact then rounded (öre). */
  readonly swing: number;
  /** Whether the approval test passes at the low and at the high value. */
  readonly approvedAtLow: boolean;
  readonly approvedAtHigh: boolean;
}

/**
 * An input's value as a ratio to its base: share ÷ planned share, or the factor itself.
 *
 * @example
 * ratioOf({ kind: "share", base: 0.3 }, 0.1).toNumber(); // 0.3333333333333333
 */
export function ratioOf(input: Pick<UncertainInput, "kind" | "base">, value: number): Dec {
  return input.kind === "share" ? dec(value).div(dec(input.base)) : dec(value);
}

/**
 * The base window savings of the effects an input moves.
 *
 * @example
 * movedSavings(model, 0).toNumber(); // 16200000 (the worked example's one effect)
 */
export function movedSavings(model: UncertaintyModel, j: number): Dec {
  return model.terms.reduce((s, t) => (t.inputs.includes(j) ? s.plus(t.window) : s), ZERO);
}

/**
 * The tornado's bars, the widest swing first (ties in file order).
 *
 * @example
 * // Worked example, share (0.1, 0.3, 0.5): savings 5 400 000 at 0.1 and 27 000 000 at 0.5.
 * tornado(model)[0]; // { kind: "share", id: "placement", savingsAtLow: 5400000, savingsAtHigh: 27000000, swing: 21600000, approvedAtLow: false, approvedAtHigh: true, … }
 */
export function tornado(model: UncertaintyModel): TornadoBar[] {
  const bars = model.inputs.map((input, j) => {
    const moved = movedSavings(model, j);
    const at = (value: number): Dec => model.baseWindow.plus(ratioOf(input, value).minus(ONE).times(moved));
    const low = at(input.low);
    const high = at(input.high);
    const swing = high.minus(low);
    return {
      bar: {
        kind: input.kind,
        id: input.id,
        low: input.low,
        high: input.high,
        savingsAtLow: oreNumber(low),
        savingsAtHigh: oreNumber(high),
        swing: oreNumber(swing),
        approvedAtLow: low.gte(model.totalCost),
        approvedAtHigh: high.gte(model.totalCost)
      },
      size: swing.abs(),
      j
    };
  });
  return bars.sort((a, b) => b.size.comparedTo(a.size) || a.j - b.j).map((x) => x.bar);
}
