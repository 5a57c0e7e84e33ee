/**
 * The pane's draws off the critical path: the planned figures follow each edit in the urgent
 * render, while the draws over the ranges (2 000 by default, up to 10 000) are made from a
 * deferred copy of the inputs that React renders next, in the background, and drops when a
 * newer edit arrives. Until then the previous figures stay, marked stale.
 */
import { useDeferredValue, useMemo, useRef } from "react";
import type { Actuals, Investment, Scenario } from "../../engine";
import type { ScenarioFile } from "../../scenario/scenarioFile";
import type { DraftInputs } from "./draftInputs";
import { draftInputs, hasRanges } from "./draftInputs";
import type { DraftEvaluation } from "./evaluateDraft";
import { evaluateDraft } from "./evaluateDraft";

/** The draws over the draft's ranges, made off the critical path: they may trail the draft by a render. */
export interface UncertaintyState {
  /** The engine's evaluation of the draft with its ranges (`uncertainty`, `biasCorrected`), or the planned one when there are none. */
  readonly evaluation: DraftEvaluation;
  /** The investment those figures are of. */
  readonly investment: Investment;
  /** True while the figures shown are of the previous input and the new draws are being made. */
  readonly stale: boolean;
}

/**
 * The draft without ranges, grades, draws and seed, as the same object while only those
 * change ({@link draftInputs} remembering the last one).
 *
 * @example
 * const inputs = useDraftInputsOf(state.draft); // typing a range on Scenarier keeps `inputs` as it was
 */
export function useDraftInputsOf(draft: ScenarioFile): DraftInputs {
  const last = useRef<DraftInputs | undefined>(undefined);
  return useMemo(() => (last.current = draftInputs(draft, last.current)), [draft]);
}

/**
 * The uncertainty evaluation of the draft, deferred: `planned` (the evaluation without ranges)
 * stands in when the draft has none, so nothing is drawn twice and nothing waits.
 *
 * @example
 * const u = useDeferredDraws(draft, scenario, actuals, planned);
 * u.stale; // true in the render that follows a range edit, false once the 2 000 draws are made
 */
export function useDeferredDraws(draft: ScenarioFile, scenario: Scenario, actuals: Actuals, planned: DraftEvaluation): UncertaintyState {
  const ranged = hasRanges(draft);
  const whole = useMemo(() => (ranged ? { draft, scenario, actuals } : null), [ranged, draft, scenario, actuals]);
  // Without ranges nothing is deferred: no draws to make, and no second render after each edit.
  const later = useDeferredValue(whole);
  const drawn = useMemo(() => (later !== null && hasRanges(later.draft) ? evaluateDraft(later.draft, later.scenario, later.actuals) : null), [later]);
  const investment = later?.draft.investment ?? draft.investment;
  return useMemo(() => ({ evaluation: drawn ?? planned, investment, stale: later !== whole }), [drawn, planned, investment, later, whole]);
}
