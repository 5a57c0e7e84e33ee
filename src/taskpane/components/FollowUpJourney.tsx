import type { ReactNode } from "react";
import { ActualsEditor } from "./ActualsEditor";
import { CostFollowUpPanel } from "./CostFollowUpPanel";
import { FollowUpResults } from "./FollowUpResults";

/**
 * The Uppföljning tab's content: the actuals (always mounted, so a field with invalid input
 * blocks writing) and, when the tab is shown, the follow-up results and the actual costs
 * (the pane's only, written nowhere, so their fields need not stay mounted). Loaded in a
 * chunk of its own as soon as the pane renders (hidden at first).
 *
 * @example
 * <FollowUpJourney visible={journey === "followUp"} />
 */
export function FollowUpJourney(props: { readonly visible: boolean }): ReactNode {
  return (
    <>
      <ActualsEditor />
      {props.visible ? <FollowUpResults /> : null}
      {props.visible ? <CostFollowUpPanel /> : null}
    </>
  );
}
