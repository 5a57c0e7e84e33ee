import type { ReactNode } from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { PaneLanguage } from "../i18n";
import { errorText } from "../i18n";

/** What an error message shows. */
export interface ErrorMessageProps {
  readonly title: string;
  readonly error: unknown;
  readonly lang: PaneLanguage;
  readonly testId?: string;
  /** "warning" for problems that do not stop the pane. */
  readonly intent?: "error" | "warning";
}

/**
 * An error in a Fluent MessageBar, in the pane's language when the error has both.
 *
 * @example
 * <ErrorMessage title="Fel" error={new WorkbookError("notInExcel")} lang="sv" />
 * // shows "Fel" above "Excel är inte tillgängligt: panelen körs utanför Office."
 */
export function ErrorMessage(props: ErrorMessageProps): ReactNode {
  return (
    <MessageBar intent={props.intent ?? "error"} role="alert" data-testid={props.testId}>
      <MessageBarBody>
        <MessageBarTitle>{props.title}</MessageBarTitle>
        {errorText(props.error, props.lang)}
      </MessageBarBody>
    </MessageBar>
  );
}
