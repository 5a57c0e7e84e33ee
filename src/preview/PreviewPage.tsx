import type { ReactNode } from "react";
import { Body1, FluentProvider, Title3, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { MemoryGateway } from "./memoryGateway";
import { Pane } from "../taskpane/App";
import type { PaneStrings } from "../taskpane/i18n";
import { SheetView } from "./SheetView";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground2, minHeight: "100vh", boxSizing: "border-box" },
  layout: {
    display: "grid",
    gridTemplateColumns: "minmax(300px, 420px) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalL,
    alignItems: "start",
    "@media (max-width: 820px)": { gridTemplateColumns: "minmax(0, 1fr)" }
  },
  pane: { backgroundColor: tokens.colorNeutralBackground1, boxShadow: tokens.shadow4, borderRadius: tokens.borderRadiusMedium, minWidth: 0 },
  sheets: { minWidth: 0 },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, "& p": { margin: 0 } }
});

/**
 * The preview: the real task pane beside a read-only view of the memory workbook it works
 * on. Same components, same engine as in Excel; only the gateway differs.
 *
 * @example
 * root.render(<PreviewPage strings={SV} gateway={await exampleGateway("sv")} loadExampleUnitCosts={load} />);
 */
export function PreviewPage(props: {
  readonly strings: PaneStrings;
  readonly gateway: MemoryGateway;
  readonly loadExampleUnitCosts: () => Promise<string>;
  /** Only the pane, the page's whole width, as Excel shows a task pane (`?layout=pane`). */
  readonly paneOnly?: boolean;
  /** How "Skapa arbetsbok" ends here: the preview downloads the file. */
  readonly newWorkbook?: "open" | "download";
}): ReactNode {
  const styles = useStyles();
  const { strings } = props;
  if (props.paneOnly === true) {
    return (
      <FluentProvider theme={webLightTheme} lang={strings.htmlLang}>
        <Pane strings={strings} gateway={props.gateway} loadExampleUnitCosts={props.loadExampleUnitCosts} newWorkbook={props.newWorkbook} />
      </FluentProvider>
    );
  }
  return (
    <FluentProvider theme={webLightTheme} lang={strings.htmlLang}>
      <div className={styles.page}>
        <header className={styles.header}>
          <Title3 as="p" block>
            {strings.preview.title}
          </Title3>
          <Body1 as="p" block>
            {strings.preview.intro}
          </Body1>
        </header>
        <div className={styles.layout}>
          <div className={styles.pane}>
            <Pane strings={strings} gateway={props.gateway} loadExampleUnitCosts={props.loadExampleUnitCosts} newWorkbook={props.newWorkbook} />
          </div>
          <div className={styles.sheets}>
            <SheetView gateway={props.gateway} strings={strings} />
          </div>
        </div>
      </div>
    </FluentProvider>
  );
}
