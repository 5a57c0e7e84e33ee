import type { ReactNode } from "react";
import { Suspense, lazy, useState } from "react";
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { fieldControl, focusField } from "../state/fieldTarget";
import { usePaneStatic } from "../state/PaneContext";
import { CostLinesEditor } from "./CostLinesEditor";
import { EffectsEditor } from "./EffectsEditor";
import { GeneratePanel } from "./GeneratePanel";
import { InvestmentForm } from "./InvestmentForm";
import { ResultsPanel } from "./ResultsPanel";
import { SummaryBar } from "./SummaryBar";
import { TableReadPanel } from "./TableReadPanel";
import { TargetGroupsEditor } from "./TargetGroupsEditor";

// The other journeys load in chunks of their own as soon as the pane renders (hidden at
// first): the page's initial JavaScript holds what the first paint shows.
const ScenariosJourney = lazy(() => import(/* webpackChunkName: "scenarios" */ "./ScenariosJourney").then((m) => ({ default: m.ScenariosJourney })));
const FollowUpJourney = lazy(() => import(/* webpackChunkName: "follow-up" */ "./FollowUpJourney").then((m) => ({ default: m.FollowUpJourney })));
// The Fonden view (issue 12) loads in its own chunk when its tab is first chosen.
const FundPart = lazy(() => import(/* webpackChunkName: "fund" */ "./FundPart").then((m) => ({ default: m.FundPart })));

/** The three journeys, and the fund. */
export type Journey = "application" | "scenarios" | "followUp" | "fund";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS },
  hidden: { display: "none" }
});

/**
 * The pane's three journeys as tabs: the economist's application, the finance
 * director's scenarios and the evaluator's follow-up — and the fund (the Fonden view).
 * The same state and results serve all.
 *
 * @example
 * <Journeys initial="scenarios" />
 */
export function Journeys(props: { readonly initial?: Journey }): ReactNode {
  const { strings } = usePaneStatic();
  const styles = useStyles();
  const [journey, setJourney] = useState<Journey>(props.initial ?? "application");
  const t = strings.tabs;
  // A link in the list of errors shows the journey the field is in, then moves the focus to it.
  const goToField = (id: string): void => {
    const panel = fieldControl(document, id)?.closest<HTMLElement>("[data-journey]");
    const target = panel?.dataset.journey as Journey | undefined;
    if (target === undefined || target === journey) {
      focusField(document, id);
      return;
    }
    setJourney(target);
    requestAnimationFrame(() => focusField(document, id));
  };
  return (
    <>
      <TabList selectedValue={journey} onTabSelect={(_, data) => setJourney(data.value as Journey)} aria-label={t.label} size="small">
        <Tab value="application" data-testid="tab-application">
          {t.application}
        </Tab>
        <Tab value="scenarios" data-testid="tab-scenarios">
          {t.scenarios}
        </Tab>
        <Tab value="followUp" data-testid="tab-followup">
          {t.followUp}
        </Tab>
        <Tab value="fund" data-testid="tab-fund">
          {strings.fund.tab}
        </Tab>
      </TabList>
      <SummaryBar onGo={goToField} followUp={journey === "followUp"} />
      {/* Every panel stays mounted (hidden when not chosen), so a field with invalid input in
          another journey still blocks writing; results, charts and comparisons (no fields)
          render only in the visible one, so a change re-renders no hidden chart. */}
      <div role="tabpanel" aria-label={t.application} hidden={journey !== "application"} className={journey === "application" ? styles.panel : styles.hidden} data-testid="panel-application" data-journey="application">
        <TableReadPanel />
        {journey === "application" ? <ResultsPanel /> : null}
        <InvestmentForm />
        <CostLinesEditor />
        <TargetGroupsEditor />
        <EffectsEditor />
        <GeneratePanel />
      </div>
      <div role="tabpanel" aria-label={t.scenarios} hidden={journey !== "scenarios"} className={journey === "scenarios" ? styles.panel : styles.hidden} data-testid="panel-scenarios" data-journey="scenarios">
        <Suspense fallback={null}>
          <ScenariosJourney visible={journey === "scenarios"} />
        </Suspense>
      </div>
      <div role="tabpanel" aria-label={t.followUp} hidden={journey !== "followUp"} className={journey === "followUp" ? styles.panel : styles.hidden} data-testid="panel-followUp" data-journey="followUp">
        <Suspense fallback={null}>
          <FollowUpJourney visible={journey === "followUp"} />
        </Suspense>
      </div>
      {/* The fund has no field that blocks another journey's write, so it renders only when chosen. */}
      {journey === "fund" ? (
        <div role="tabpanel" aria-label={strings.fund.tab} className={styles.panel} data-testid="panel-fund" data-journey="fund">
          <Suspense fallback={null}>
            <FundPart />
          </Suspense>
        </div>
      ) : null}
    </>
  );
}
