import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ErrorMessage } from "../taskpane/components/ErrorMessage";
import { EXAMPLE_UNIT_COSTS_URL } from "../taskpane/exampleUnitCostsUrl";
import { fetchText } from "../taskpane/fetchText";
import { paneLanguage, paneStrings } from "../taskpane/i18n";
import { downloadFile } from "../taskpane/download";
import { PreviewPage } from "./PreviewPage";

/**
 * The preview entry (preview.html): the task pane in a browser without Excel, against the
 * worked example in memory. `?lang=en` shows it in English. Nothing is loaded from any
 * other origin. `?layout=pane` shows only the pane, the page's whole width (as in Excel).
 * `?example=ranges` loads the worked example with a range and a grade, so the workbook has
 * the Osäkerhet sheet.
 */
async function main(container: HTMLElement): Promise<void> {
  const query = new URLSearchParams(window.location.search);
  const strings = paneStrings(paneLanguage(query.get("lang")));
  document.documentElement.lang = strings.htmlLang;
  document.title = `${strings.title} – ${strings.preview.title}`;
  const root = createRoot(container);
  try {
    // The worked example's workbook (the generator and the scenario checks) comes in a chunk of its own.
    const { exampleGateway, workedExampleFile, workedExampleWithRanges } = await import(/* webpackChunkName: "example-workbook" */ "./exampleWorkbook");
    const file = query.get("example") === "ranges" ? workedExampleWithRanges() : workedExampleFile();
    const gateway = await exampleGateway(strings.lang, { onOpenNew: (bytes) => downloadFile(document, bytes, strings.work.download.fileName) }, file);
    root.render(<PreviewPage strings={strings} gateway={gateway} newWorkbook="download" loadExampleUnitCosts={() => fetchText(EXAMPLE_UNIT_COSTS_URL)} paneOnly={query.get("layout") === "pane"} />);
  } catch (error) {
    console.error("SINV: the preview could not start", error);
    root.render(
      <FluentProvider theme={webLightTheme}>
        <ErrorMessage title={strings.preview.loadFailed} error={error} lang={strings.lang} />
      </FluentProvider>
    );
  }
}

const container = document.getElementById("root");
if (container === null) console.error('SINV: preview.html has no element with id "root"');
else void main(container);
