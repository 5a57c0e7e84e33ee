import type { ReactNode } from "react";
import { Body1, Button, Caption1, Link, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { inLanguage } from "../i18n";
import { useOperations, usePaneStatic, useReadState } from "../state/PaneContext";
import { ErrorMessage } from "./ErrorMessage";
import { MissingExamples } from "./MissingExamples";
import { Section } from "./Section";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  problem: { display: "flex", flexDirection: "column" },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  details: { "& summary": { cursor: "pointer" } }
});

/**
 * What was read from the workbook's input tables: rows per table, every problem with its
 * row and a link that selects its cell, and — when the workbook has no unit-cost table —
 * a button that inserts the example table on a new sheet.
 *
 * @example
 * <TableReadPanel /> // "Effekter, rad 1 — Tabellen SINV_Effekter saknar kolumnerna "Andel" … [Visa cellen]"
 */
export function TableReadPanel(): ReactNode {
  const { strings, dispatch } = usePaneStatic();
  const { operations } = useOperations();
  const read = useReadState();
  const styles = useStyles();
  const t = strings.tables;
  const select = operations.selectCell;
  const insert = operations.insertExample;
  const outcome = read.outcome;

  const insertExample = (): void => dispatch({ type: "insertExample" });

  return (
    <Section
      title={t.heading}
      testId="table-read"
      actions={
        <div className={styles.row}>
          <Button size="small" onClick={() => dispatch({ type: "reread" })} disabled={read.status === "reading"} data-testid="reread" data-read-status={read.status}>
            {t.reread}
          </Button>
          {read.status === "reading" ? <Spinner size="extra-tiny" label={t.reading} /> : null}
        </div>
      }
    >
      {read.status === "failed" ? <ErrorMessage title={t.readFailedTitle} error={read.error} lang={strings.lang} testId="read-error" /> : null}
      {read.eventsError !== undefined ? <ErrorMessage intent="warning" title={t.eventsFailedTitle} error={read.eventsError} lang={strings.lang} /> : null}
      {outcome && !outcome.hasInputs ? (
        <MessageBar intent="info">
          <MessageBarBody>{t.noInputs}</MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome?.hasInputs ? (
        <details className={styles.details}>
          <summary>
            <Body1>{t.readSummary(outcome.tables.filter((x) => x.sheet !== undefined).length, outcome.problems.length)}</Body1>
          </summary>
          <ul className={styles.list} data-testid="tables-read">
            {outcome.tables.map((table) => (
              <li key={table.table}>
                <Caption1>
                  {table.sheet ? `${table.sheet} (${table.table}): ${t.rows(table.rows)}` : `${table.table}: ${t.missing}`}
                </Caption1>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {outcome && outcome.problems.length > 0 ? (
        <MessageBar intent="error" layout="multiline" data-testid="read-problems">
          <MessageBarBody>
            <MessageBarTitle>{t.problemsHeading(outcome.problems.length)}</MessageBarTitle>
            <ul className={styles.list}>
              {outcome.problems.map((p, i) => (
                <li key={`${p.table}-${p.row}-${i}`} className={styles.problem} data-testid={`problem-${i}`}>
                  <Caption1>{t.problemAt(p.location?.sheet ?? p.table, p.row)}</Caption1>
                  <Body1>{inLanguage(strings.lang, p)}</Body1>
                  {p.location ? (
                    <Link
                      as="button"
                      data-testid={`problem-link-${i}`}
                      aria-label={t.showCellLabel(`${p.location.sheet}!${p.location.address}`)}
                      onClick={() => dispatch({ type: "selectCell", sheet: p.location!.sheet, address: p.location!.address })}
                    >
                      {t.showCell}
                    </Link>
                  ) : null}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {select.error !== undefined ? <ErrorMessage title={t.selectFailedTitle} error={select.error} lang={strings.lang} /> : null}
      {outcome && !outcome.hasUnitCostTable ? (
        <div className={styles.row}>
          <Body1>{t.noUnitCostTable}</Body1>
          <Button onClick={insertExample} disabled={insert.busy} data-testid="insert-example">
            {t.insertExample}
          </Button>
        </div>
      ) : null}
      <MissingExamples />
      {insert.result ? (
        <MessageBar intent="success" data-testid="insert-example-done">
          <MessageBarBody>{t.exampleInserted(insert.result.sheet, insert.result.table)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {insert.error !== undefined ? <ErrorMessage title={t.insertFailedTitle} error={insert.error} lang={strings.lang} testId="insert-example-error" /> : null}
    </Section>
  );
}
