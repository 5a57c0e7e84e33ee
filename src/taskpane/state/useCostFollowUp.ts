import { useMemo } from "react";
import type { CostFollowUp } from "../../engine/costFollowUp";
import { costFollowUp } from "../../engine/costFollowUp";
import { useActualCosts, useEvaluation } from "./PaneContext";

/**
 * The engine's follow-up of the costs for the pane's evaluation and the actual costs typed
 * in (undefined while the draft does not evaluate, or when `enabled` is false) — the one
 * place the pane asks for it, for the summary bar and the costs panel alike.
 *
 * @example
 * const costs = useCostFollowUp(); // worked example, staff 2017 = 3 100 000: costs.total.variance === 100000
 */
export function useCostFollowUp(enabled = true): CostFollowUp | undefined {
  const evaluation = useEvaluation();
  const actualCosts = useActualCosts();
  const ev = enabled && evaluation.ok ? evaluation.evaluation : undefined;
  return useMemo(() => (ev ? costFollowUp(ev, actualCosts) : undefined), [ev, actualCosts]);
}
