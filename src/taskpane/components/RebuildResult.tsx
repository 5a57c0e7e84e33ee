import type { ReactNode } from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { REBUILD_STRINGS } from "../i18n/rebuildStrings";
import { useOperations, usePaneStatic } from "../state/PaneContext";
import { ConfirmBar } from "./ConfirmBar";
import { ErrorMessage } from "./ErrorMessage";

/**
 * Under "Uppdatera denna arbetsbok": the question before a rebuild (items added or removed
 * in the pane), then what the rebuild did and the figures Översikt shows now, or why it failed.
 *
 * @example
 * <RebuildResult /> // "Klart: 12 blad byggdes om. Översikt visar nu total kostnad 12 200 000 kr, …"
 */
export function RebuildResult(): ReactNode {
  const { strings } = usePaneStatic();
  const r = REBUILD_STRINGS[strings.lang];
  const rebuild = useOperations().operations.rebuild;
  return (
    <>
      <ConfirmBar kinds={["rebuild"]} />
      {rebuild.result !== undefined ? (
        <MessageBar intent="success" layout="multiline" data-testid="rebuild-done">
          <MessageBarBody>{r.done(rebuild.result)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {rebuild.error !== undefined ? <ErrorMessage title={r.failedTitle} error={rebuild.error} lang={strings.lang} testId="rebuild-error" /> : null}
    </>
  );
}
