import { Component, type ErrorInfo, type ReactNode } from "react";
import {
  Body1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Title2,
  makeStyles,
  tokens,
  webLightTheme
} from "@fluentui/react-components";
import type { PaneStrings } from "./i18n";

/** What the task pane shows. */
export interface AppProps {
  /** Texts in the pane's language. */
  readonly strings: PaneStrings;
  /** Host reported by `Office.onReady()`; null outside Office. */
  readonly host: Office.HostType | null;
  /** An error that happened while starting, shown in a MessageBar; null when none. */
  readonly error: unknown;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL
  },
  examples: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL
  },
  code: {
    fontFamily: tokens.fontFamilyMonospace
  }
});

/**
 * Text of an error for display: the message of an Error, the string itself, or the
 * JSON form of anything else.
 *
 * @param error - whatever was thrown or rejected.
 * @returns a one-line description, never empty.
 */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === "string" && error !== "") return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/**
 * An error in a Fluent MessageBar.
 *
 * @param props - the title above the message and the error itself.
 * @returns the MessageBar element.
 */
export function ErrorMessage(props: { readonly title: string; readonly error: unknown }): ReactNode {
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{props.title}</MessageBarTitle>
        {describeError(props.error)}
      </MessageBarBody>
    </MessageBar>
  );
}

interface ErrorBoundaryProps {
  readonly title: string;
  readonly children: ReactNode;
}

interface ErrorBoundaryState {
  readonly error: unknown;
  readonly failed: boolean;
}

/** Shows an error thrown while rendering its children instead of a blank pane. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error("SINV: the task pane failed to render", error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <ErrorMessage title={this.props.title} error={this.state.error} /> : this.props.children;
  }
}

function PaneContent(props: AppProps): ReactNode {
  const styles = useStyles();
  const { strings } = props;
  return (
    <main className={styles.root}>
      <Title2 as="h1">{strings.title}</Title2>
      {props.error !== null && props.error !== undefined ? (
        <ErrorMessage title={strings.errorTitle} error={props.error} />
      ) : null}
      {props.error === null && props.host === null ? (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{strings.outsideOfficeTitle}</MessageBarTitle>
            {strings.outsideOffice}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Body1 as="p">{strings.functionsAvailable}</Body1>
      <ul className={styles.examples}>
        {strings.examples.map((formula) => (
          <li key={formula}>
            <code className={styles.code}>{formula}</code>
          </li>
        ))}
      </ul>
      <Body1 as="p">{strings.comingLater}</Body1>
    </main>
  );
}

/**
 * The SINV task pane: title, which functions exist, what comes later, and any error.
 *
 * @param props - texts, Office host and start-up error.
 * @returns the pane inside a FluentProvider with the web light theme.
 */
export function App(props: AppProps): ReactNode {
  return (
    <FluentProvider theme={webLightTheme} lang={props.strings.htmlLang}>
      <ErrorBoundary title={props.strings.errorTitle}>
        <PaneContent {...props} />
      </ErrorBoundary>
    </FluentProvider>
  );
}
