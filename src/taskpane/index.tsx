import { createRoot, type Root } from "react-dom/client";
import { OfficeGateway } from "../excel/officeGateway";
import { App } from "./App";
import { EXAMPLE_UNIT_COSTS_URL } from "./exampleUnitCostsUrl";
import { fetchText } from "./fetchText";
import { paneLanguage, paneStrings } from "./i18n";
import { StartupPage } from "./StartupPage";

/** What `start` rendered: the host Office reported (null outside Office) and any error. */
export interface StartResult {
  readonly host: Office.HostType | null;
  readonly error: unknown;
}

function show(root: Root, displayLanguage: string | undefined, render: (strings: ReturnType<typeof paneStrings>) => Parameters<Root["render"]>[0]): void {
  const strings = paneStrings(paneLanguage(displayLanguage));
  document.documentElement.lang = strings.htmlLang;
  document.title = strings.title;
  root.render(render(strings));
}

/**
 * Waits for office.js and renders the task pane into `container`: in Excel, the pane over
 * the Office gateway; outside Office, a note with a link to the preview. A missing
 * office.js or a failing `onReady` is shown in the pane and logged, never swallowed.
 *
 * @param container - the element to render into.
 * @returns what was rendered.
 *
 * @example
 * await start(document.getElementById("root")!); // { host: "Excel", error: null } inside Excel
 */
export async function start(container: HTMLElement): Promise<StartResult> {
  const root = createRoot(container);
  if (typeof Office === "undefined") {
    const error = new Error(paneStrings("sv").officeJsMissing + " / " + paneStrings("en").officeJsMissing);
    console.error("SINV:", error);
    show(root, undefined, (strings) => <StartupPage strings={strings} error={error} />);
    return { host: null, error };
  }
  try {
    const info = await Office.onReady();
    // Office.context exists outside Office too, but without a display language.
    const displayLanguage: string | undefined = Office.context?.displayLanguage;
    const host = info.host ?? null;
    if (host !== null && String(host) === "Excel") {
      show(root, displayLanguage, (strings) => <App strings={strings} gateway={new OfficeGateway()} loadExampleUnitCosts={() => fetchText(EXAMPLE_UNIT_COSTS_URL)} />);
    } else {
      show(root, displayLanguage, (strings) => <StartupPage strings={strings} error={null} />);
    }
    return { host, error: null };
  } catch (error: unknown) {
    console.error("SINV: Office.onReady failed", error);
    show(root, undefined, (strings) => <StartupPage strings={strings} error={error} />);
    return { host: null, error };
  }
}

const container = document.getElementById("root");
if (container === null) {
  console.error('SINV: taskpane.html has no element with id "root"');
} else {
  void start(container);
}
