import type { ReactNode } from "react";
import { ActualsEditor } from "./ActualsEditor";
import { CostFollowUpPanel } from "./CostFollowUpPanel";
import { FollowUpResults } from "./FollowUpResults";

/**
 * The Uppföljning tab's content: the actuals and the actual costs (always mounted: they are
 * written together, SINV_UtfallKostnader with the volumes and shares, so a field with invalid
 * input blocks the write) and, when the tab is shown, the follow-up results. Loaded in a
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
      {/* The actual costs are written with the outcomes, so their fields stay mounted: one with an error blocks the write. */}
      <CostFollowUpPanel />
    </>
  );
}
