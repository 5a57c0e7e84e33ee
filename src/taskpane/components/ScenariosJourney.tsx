import type { ReactNode } from "react";
import { Suspense, lazy } from "react";
import { BreakEvenSentence } from "./BreakEvenSentence";
import { NamedScenarios } from "./NamedScenarios";
import { ResultsPanel } from "./ResultsPanel";
import { ScenarioCompare } from "./ScenarioCompare";
import { ScenarioControls } from "./ScenarioControls";

// The uncertainty part (issue 11) loads in its own chunk as soon as the pane renders.
const UncertaintyPart = lazy(() => import(/* webpackChunkName: "uncertainty" */ "./UncertaintyPart").then((m) => ({ default: m.UncertaintyPart })));

/**
 * The Scenarier tab's content: the finance director's controls and saved scenarios (always
 * mounted, so a field with invalid input blocks writing), and, when the tab is shown, the
 * results, the break-even sentence and the comparison. Loaded in a chunk of its own as soon
 * as the pane renders (hidden at first), so the page's initial JavaScript holds only what
 * the first paint shows.
 *
 * @example
 * <ScenariosJourney visible={journey === "scenarios"} />
 */
export function ScenariosJourney(props: { readonly visible: boolean }): ReactNode {
  return (
    <>
      <ScenarioControls />
      {props.visible ? <ResultsPanel /> : null}
      {props.visible ? <BreakEvenSentence /> : null}
      <Suspense fallback={null}>
        <UncertaintyPart showResults={props.visible} />
      </Suspense>
      <NamedScenarios />
      {props.visible ? <ScenarioCompare /> : null}
    </>
  );
}
