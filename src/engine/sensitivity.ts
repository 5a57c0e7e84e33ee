/**
 * Sensitivity, owned here: the window savings, ratio and approval when every share, every
 * volume or every unit cost changes by a step. Savings are proportional to each of them
 * (MODEL.md), so a case is the base case's window savings × (1 + change). Decided here: a
 * case scales the base case's booked savings rather than re-booking each year in öre, so
 * the workbook's live row (base × (1 + change)) and the engine say the same.
 */
import type { Approval } from "./appraisal";
import { approval } from "./appraisal";
import type { Dec } from "./decimal";
import { ONE, dec } from "./decimal";
import type { Evaluation } from "./evaluate";

/** One sensitivity case. */
export interface SensitivityCase {
  /** The change as a share: −0.25 for −25 %. */
  readonly change: number;
  readonly windowSavings: Dec;
  readonly approval: Approval;
}

/**
 * The case for a change of every share (or volume, or unit cost) by `change`.
 *
 * @example
 * // Worked example: cost 12 200 000, window savings 16 200 000; shares −50 %:
 * sensitivityCase(ev, -0.5).windowSavings.toNumber(); // 8100000
 * sensitivityCase(ev, -0.5).approval.approved;        // false
 */
export function sensitivityCase(ev: Pick<Evaluation, "windowSavings" | "totalCost">, change: number): SensitivityCase {
  const windowSavings = ev.windowSavings.times(ONE.plus(dec(change)));
  return { change, windowSavings, approval: approval(windowSavings, ev.totalCost) };
}
