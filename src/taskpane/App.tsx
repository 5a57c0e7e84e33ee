import type { ReactNode } from "react";
import { FluentProvider, Title3, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { WorkbookGateway } from "../sheetModel/gateway";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { Journeys, type Journey } from "./components/Journeys";
import type { PaneStrings } from "./i18n";
import { PaneProvider } from "./state/PaneContext";

/** What the task pane needs: its texts, a workbook and where the example unit costs come from. */
export interface AppProps {
  readonly strings: PaneStrings;
  /** The workbook: Office.js in Excel, in memory in the preview and the tests. */
  readonly gateway: WorkbookGateway;
  /** The example unit-cost table's CSV text (assets/data/unit_costs.csv). */
  readonly loadExampleUnitCosts: () => Promise<string>;
  /** The year a new investment starts in (this year by default). */
  readonly startYear?: number;
  readonly initialJourney?: Journey;
  /** How a new workbook ends: opened in Excel (default) or downloaded as a file (the preview). */
  readonly newWorkbook?: "open" | "download";
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    // Fields take the width of their column in a narrow pane instead of their text's width.
    "& .fui-Input, & .fui-Select, & .fui-Combobox": { width: "100%", minWidth: 0, boxSizing: "border-box" },
    "& .fui-Input__input, & .fui-Combobox__input": { minWidth: 0, width: "100%" },
    // A field that gets the focus scrolls clear of the sticky summary above it.
    "& input, & select, & button": { scrollMarginTop: "160px", scrollMarginBottom: tokens.spacingVerticalXXL }
  }
});

/**
 * The task pane without its theme provider (the preview puts it beside the sheet view).
 *
 * @example
 * <FluentProvider theme={webLightTheme}><Pane strings={SV} gateway={memory} loadExampleUnitCosts={load} /></FluentProvider>
 */
export function Pane(props: AppProps): ReactNode {
  const styles = useStyles();
  return (
    <ErrorBoundary title={props.strings.errorTitle} lang={props.strings.lang}>
      <PaneProvider strings={props.strings} gateway={props.gateway} loadExampleUnitCosts={props.loadExampleUnitCosts} startYear={props.startYear} newWorkbook={props.newWorkbook}>
        <main className={styles.root} lang={props.strings.htmlLang}>
          <Title3 as="h1" block style={{ margin: 0 }}>
            {props.strings.title}
          </Title3>
          <Journeys initial={props.initialJourney} />
        </main>
      </PaneProvider>
    </ErrorBoundary>
  );
}

/**
 * The SINV task pane: the three journeys over a workbook, in the web light theme. The
 * same component runs in Excel (Office gateway) and in the preview (memory gateway).
 *
 * @example
 * root.render(<App strings={paneStrings("sv")} gateway={new OfficeGateway()} loadExampleUnitCosts={() => fetchText("assets/data/unit_costs.csv")} />);
 */
export function App(props: AppProps): ReactNode {
  return (
    <FluentProvider theme={webLightTheme} lang={props.strings.htmlLang}>
      <Pane {...props} />
    </FluentProvider>
  );
}
