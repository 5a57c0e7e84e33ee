import type { ErrorInfo, ReactNode } from "react";
import { Component } from "react";
import type { PaneLanguage } from "../i18n";
import { ErrorMessage } from "./ErrorMessage";

interface ErrorBoundaryProps {
  readonly title: string;
  readonly lang: PaneLanguage;
  readonly children: ReactNode;
}

interface ErrorBoundaryState {
  readonly error: unknown;
  readonly failed: boolean;
}

/**
 * Shows an error thrown while rendering its children in a MessageBar instead of a blank
 * pane, and logs it.
 *
 * @example
 * <ErrorBoundary title="Fel" lang="sv"><Journeys /></ErrorBoundary>
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error("SINV: the task pane failed to render", error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <ErrorMessage title={this.props.title} error={this.state.error} lang={this.props.lang} /> : this.props.children;
  }
}
