import type { ReactNode } from "react";
import { Body1, FluentProvider, Link, MessageBar, MessageBarBody, MessageBarTitle, Title2, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { ErrorMessage } from "./components/ErrorMessage";
import type { PaneStrings } from "./i18n";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL } });

/**
 * What taskpane.html shows when the pane cannot run: outside Office (with a link to the
 * preview), or an error while starting (office.js missing, `Office.onReady` failing).
 *
 * @example
 * <StartupPage strings={SV} error={null} /> // "Utanför Excel … Öppna förhandsvisningen"
 */
export function StartupPage(props: { readonly strings: PaneStrings; readonly error: unknown }): ReactNode {
  const styles = useStyles();
  const { strings } = props;
  return (
    <FluentProvider theme={webLightTheme} lang={strings.htmlLang}>
      <main className={styles.root}>
        <Title2 as="h1">{strings.title}</Title2>
        {props.error !== null && props.error !== undefined ? (
          <ErrorMessage title={strings.errorTitle} error={props.error} lang={strings.lang} />
        ) : (
          <MessageBar intent="info">
            <MessageBarBody>
              <MessageBarTitle>{strings.outsideOfficeTitle}</MessageBarTitle>
              {strings.outsideOffice}
            </MessageBarBody>
          </MessageBar>
        )}
        <Body1>
          <Link href={`preview.html${strings.lang === "en" ? "?lang=en" : ""}`}>{strings.previewLink}</Link>
        </Body1>
      </main>
    </FluentProvider>
  );
}
