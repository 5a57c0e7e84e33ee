import type { ReactNode } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { PendingConfirm } from "../state/paneState";
import { usePaneStatic, usePending } from "../state/PaneContext";
import { REBUILD_STRINGS } from "../i18n/rebuildStrings";

/**
 * Asks for a yes before a step that loses something, when the step waiting is one of
 * `kinds`: the question, the yes (named after what it does) and "Avbryt". Focus goes to
 * the question's bar, so a keyboard user hears it.
 *
 * @example
 * <ConfirmBar kinds={["overwrite", "delete"]} /> // "Det finns redan ett scenario som heter Pessimistiskt. Ersätta …? [Ersätt] [Avbryt]"
 */
export function ConfirmBar(props: { readonly kinds: readonly PendingConfirm["kind"][] }): ReactNode {
  const { strings, dispatch } = usePaneStatic();
  const { pending } = usePending();
  if (pending === null || !props.kinds.includes(pending.kind)) return null;
  const c = strings.work.confirm;
  const r = REBUILD_STRINGS[strings.lang];
  const [question, yes] =
    pending.kind === "overwrite"
      ? [c.overwrite(pending.name), c.overwriteYes]
      : pending.kind === "delete"
        ? [c.delete(pending.name), c.deleteYes]
        : pending.kind === "rebuild"
          ? [r.question(pending.proposal), r.yes]
          : [c.newDraft, c.newDraftYes];
  return (
    <MessageBar intent="warning" layout="multiline" role="alertdialog" aria-label={question} data-testid={`confirm-${pending.kind}`}>
      <MessageBarBody>{question}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" onClick={() => dispatch({ type: "confirmPending" })} data-testid="confirm-yes">
          {yes}
        </Button>
        <Button size="small" onClick={() => dispatch({ type: "cancelPending" })} data-testid="confirm-cancel">
          {c.cancel}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
