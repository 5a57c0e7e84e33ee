/**
 * The pane's store: the state, a dispatch that applies the transition and hands its
 * effects to the one runner, and the runner's life (created when the pane opens, with the
 * "start" action; disposed when it closes).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PaneAction } from "./actions";
import type { PaneState } from "./paneState";
import type { Runner, RunnerEnv } from "./runner";
import { createRunner } from "./runner";
import type { TransitionEnv } from "./transition";
import { paneTransition } from "./transition";

/**
 * The state and dispatch of a pane over a workbook.
 *
 * @example
 * const [state, dispatch] = usePaneStore({ gateway, template, strings, loadExampleUnitCosts }, () => initialPaneState(draft));
 * dispatch({ type: "generate", mode: "new" }); // the runner builds, writes and sends the workbook
 */
export function usePaneStore(env: TransitionEnv & RunnerEnv, initial: () => PaneState): readonly [PaneState, (action: PaneAction) => void] {
  const { gateway, template, strings, loadExampleUnitCosts } = env;
  const [state, setState] = useState(initial);
  const current = useRef(state);
  const runner = useRef<Runner | undefined>(undefined);
  const transition = useMemo(() => paneTransition({ template, strings }), [template, strings]);
  const step = useRef(transition);
  step.current = transition;
  const loadExample = useRef(loadExampleUnitCosts);
  loadExample.current = loadExampleUnitCosts;

  const dispatch = useCallback((action: PaneAction) => {
    const next = step.current(current.current, action);
    if (next.state !== current.current) {
      current.current = next.state;
      setState(next.state);
    }
    for (const effect of next.effects) {
      if (runner.current) void runner.current.run(effect);
      else console.error("SINV: no runner for", effect.type);
    }
  }, []);

  useEffect(() => {
    const r = createRunner({ gateway, template, loadExampleUnitCosts: () => loadExample.current() }, dispatch);
    runner.current = r;
    dispatch({ type: "start" });
    return () => {
      r.dispose();
      if (runner.current === r) runner.current = undefined;
    };
  }, [gateway, template, dispatch]);

  return [state, dispatch] as const;
}
