/**
 * The pane's draws off the critical path: the planned figures follow each edit in the urgent
 * render, while the draws over the ranges (2 000 by default, up to 10 000) are made from a
 * deferred copy of the inputs that React renders next, in the background, and drops when a
 * newer edit arrives. Until then the previous figures stay, marked stale. Small analyses
 * (at most {@link DEFER_ABOVE} draws × ranged items) are made in the same render: a second
 * render would cost more than it saves.
 */
import { useDeferredValue, useMemo, useRef } from "react";
import type { Actuals, Investment, Scenario } from "../../engine";
import { DEFAULT_DRAWS } from "../../engine/uncertainty/model";
import type { ScenarioFile } from "../../scenario/scenarioFile";
import type { DraftInputs } from "./draftInputs";
import { draftInputs, hasRanges } from "./draftInputs";
import type { DraftEvaluation } from "./evaluateDraft";
import { evaluateDraft } from "./evaluateDraft";

/**
 * Draws × ranged items above which the draws are deferred. Decided here, from the pane bench
 * (docs/uncertainty.md): the worked example's one range with 2 000 draws takes about 3 ms in
 * Chromium with its base evaluation, 30 effects with 70 ranges about 7 ms (2 000 draws) and
 * 12 ms (10 000); up to 20 000 (ten ranges at the default 2 000 draws) fits a frame with the
 * render around it.
 */
export const DEFER_ABOVE = 20000;

/**
 * How much drawing the draft asks for: its number of draws times its items with a range or grade.
 *
 * @example
 * drawWork(workedExampleWithShareRange); // 2000 (1 ranged effect × the default 2 000 draws)
 */
export function drawWork(draft: Pick<ScenarioFile, "investment" | "uncertainty">): number {
  const inv = draft.investment;
  const ranged = [...inv.effects, ...inv.targetGroups, ...inv.unitCosts].filter((item) => item.uncertainty !== undefined).length;
  return ranged * (draft.uncertainty?.draws ?? DEFAULT_DRAWS);
}

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
 * u.stale; // 30 ranged effects × 2 000 draws (60 000 > DEFER_ABOVE): true in the render after a range edit, false once the draws are made
 *          // the worked example's one range (2 000): never true, the draws are made in the edit's own render
 */
export function useDeferredDraws(draft: ScenarioFile, scenario: Scenario, actuals: Actuals, planned: DraftEvaluation): UncertaintyState {
  const ranged = hasRanges(draft);
  const defer = ranged && drawWork(draft) > DEFER_ABOVE;
  const whole = useMemo(() => (ranged ? { draft, scenario, actuals } : null), [ranged, draft, scenario, actuals]);
  // Without ranges nothing is drawn, and a small analysis is drawn now: only a large one is deferred.
  const later = useDeferredValue(defer ? whole : null);
  const source = defer ? later : whole;
  const drawn = useMemo(() => (source !== null && hasRanges(source.draft) ? evaluateDraft(source.draft, source.scenario, source.actuals) : null), [source]);
  const investment = source?.draft.investment ?? draft.investment;
  return useMemo(() => ({ evaluation: drawn ?? planned, investment, stale: source !== whole }), [drawn, planned, investment, source, whole]);
}
