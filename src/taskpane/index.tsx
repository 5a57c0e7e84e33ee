import { createRoot, type Root } from "react-dom/client";
import { App } from "./App";
import { paneLanguage, paneStrings } from "./i18n";

/** What `start` rendered: the host Office reported (null outside Office) and any error. */
export interface StartResult {
  readonly host: Office.HostType | null;
  readonly error: unknown;
}

function render(root: Root, displayLanguage: string | undefined, host: Office.HostType | null, error: unknown): void {
  const strings = paneStrings(paneLanguage(displayLanguage));
  document.documentElement.lang = strings.htmlLang;
  document.title = strings.title;
  root.render(<App strings={strings} host={host} error={error} />);
}

/**
 * Waits for office.js and renders the task pane into `container`. Renders also when
 * `Office.onReady()` resolves with host null (a browser outside Office). A missing
 * office.js or a failing `onReady` is shown in the pane and logged, never swallowed.
 *
 * @param container - the element to render into.
 * @returns what was rendered.
 */
export async function start(container: HTMLElement): Promise<StartResult> {
  const root = createRoot(container);
  if (typeof Office === "undefined") {
    const error = new Error(paneStrings("sv").officeJsMissing + " / " + paneStrings("en").officeJsMissing);
    console.error("SINV:", error);
    render(root, undefined, null, error);
    return { host: null, error };
  }
  try {
    const info = await Office.onReady();
    // Office.context exists outside Office too, but without a display language.
    const displayLanguage: string | undefined = Office.context?.displayLanguage;
    render(root, displayLanguage, info.host ?? null, null);
    return { host: info.host ?? null, error: null };
  } catch (error: unknown) {
    console.error("SINV: Office.onReady failed", error);
    render(root, undefined, null, error);
    return { host: null, error };
  }
}

const container = document.getElementById("root");
if (container === null) {
  console.error('SINV: taskpane.html has no element with id "root"');
} else {
  void start(container);
}
