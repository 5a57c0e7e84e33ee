import type { ReactNode } from "react";
import { Body1, Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar } from "@fluentui/react-components";
import type { GenerateStep } from "../i18n";
import { inLanguage } from "../i18n";
import { useFieldErrors, useOperations, usePaneStatic, useReadState } from "../state/PaneContext";
import { ErrorMessage } from "./ErrorMessage";
import { useFormStyles } from "./formStyles";
import { Section } from "./Section";
import { uncertaintyNote } from "../state/uncertaintyWrites";
import { RebuildResult } from "./RebuildResult";

const STEPS: readonly GenerateStep[] = ["validating", "building", "writing", "sending"];

/**
 * Generates the application workbook from the template — as a new workbook, or into this
 * workbook without overwriting anything — with each step shown and any error explained.
 * Disabled while a field holds invalid input.
 *
 * @example
 * <GeneratePanel /> // "Skapa arbetsbok" → "Bygger arbetsbokens tolv blad" → "Klart: arbetsboken öppnades som en ny arbetsbok."
 */
export function GeneratePanel(): ReactNode {
  const { strings, dispatch, newWorkbook, pdf } = usePaneStatic();
  const download = strings.work.download;
  const fieldErrors = useFieldErrors();
  const styles = useFormStyles();
  const g = strings.generate;
  const { generation: gen, operations } = useOperations();
  const update = operations.updateInputs;
  const u = strings.work.update;
  const reenter = operations.reenterFormulas;
  const f = strings.work.formulas;
  const savePdf = operations.savePdf;
  const p = strings.work.print;
  // A workbook that already has the SINV tables is updated in place; inserting it again is offered only where there is nothing to update.
  const hasInputs = useReadState().outcome?.hasInputs === true;
  const blocked = Object.keys(fieldErrors).length > 0;
  const busy = (STEPS as readonly string[]).includes(gen.step);
  const stepIndex = STEPS.indexOf(gen.step as GenerateStep);
  return (
    <Section title={g.heading} testId="generate">
      {hasInputs ? (
        <>
          <div>
            <Button appearance="primary" disabled={blocked || update.busy} onClick={() => dispatch({ type: "updateWorkbook" })} data-testid="update-workbook">
              {u.button}
            </Button>
          </div>
          <Body1 className={styles.note}>{u.hint}</Body1>
          {update.result !== undefined ? (
            <MessageBar intent="success" data-testid="update-done">
              <MessageBarBody>
                {u.done(update.result.cells)}
                {update.result.uncertainty ? ` ${uncertaintyNote(update.result.uncertainty, u) ?? ""}` : ""}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {update.error !== undefined ? <ErrorMessage title={u.failedTitle} error={update.error} lang={strings.lang} testId="update-error" /> : null}
          <RebuildResult />
          <div>
            <Button disabled={reenter.busy} onClick={() => dispatch({ type: "reenterFormulas" })} data-testid="reenter-formulas">
              {f.button}
            </Button>
          </div>
          <Body1 className={styles.note}>{f.hint}</Body1>
          {reenter.result !== undefined ? (
            <MessageBar intent="success" data-testid="reenter-done">
              <MessageBarBody>{f.done(reenter.result.sheets.join(", "), reenter.result.entered)}</MessageBarBody>
            </MessageBar>
          ) : null}
          {reenter.error !== undefined ? <ErrorMessage title={f.failedTitle} error={reenter.error} lang={strings.lang} testId="reenter-error" /> : null}
          <Body1 className={styles.note} data-testid="print-help">
            <strong>{p.heading}.</strong> {p.text}
          </Body1>
          {pdf ? (
            <div>
              <Button disabled={savePdf.busy} onClick={() => dispatch({ type: "savePdf" })} data-testid="save-pdf">
                {p.button}
              </Button>
            </div>
          ) : null}
          {savePdf.result !== undefined ? (
            <MessageBar intent="success" data-testid="pdf-done">
              <MessageBarBody>{p.done}</MessageBarBody>
            </MessageBar>
          ) : null}
          {savePdf.error !== undefined ? <ErrorMessage title={p.failedTitle} error={savePdf.error} lang={strings.lang} testId="pdf-error" /> : null}
        </>
      ) : null}
      <div className={styles.row}>
        <Button appearance={hasInputs ? "secondary" : "primary"} disabled={blocked || busy} onClick={() => dispatch({ type: "generate", mode: "new" })} data-testid="generate-new">
          {g.createNew}
        </Button>
        {hasInputs ? null : (
          <Button disabled={blocked || busy} onClick={() => dispatch({ type: "generate", mode: "insert" })} data-testid="generate-insert">
            {g.insertHere}
          </Button>
        )}
      </div>
      {hasInputs ? <Body1 className={styles.note} data-testid="insert-only-note">{u.insertOnly}</Body1> : null}
      {newWorkbook === "download" ? <Body1 className={styles.note} data-testid="generate-download-hint">{download.hint}</Body1> : null}
      {blocked ? <Body1 className={styles.note}>{g.blocked}</Body1> : null}
      {busy ? (
        <Field label={g.progressLabel} validationMessage={g.steps[gen.step as GenerateStep]} validationState="none" data-testid="generate-progress">
          <ProgressBar value={(stepIndex + 1) / (STEPS.length + 1)} />
        </Field>
      ) : null}
      {gen.step === "done" ? (
        <MessageBar intent="success" data-testid="generate-done">
          <MessageBarBody>
            {gen.mode === "new" ? (newWorkbook === "download" ? download.done(download.fileName) : g.doneNew) : g.doneInsert(gen.report?.sheets.join(", ") ?? "")}
            {gen.report && Object.keys({ ...gen.report.renamed.sheets, ...gen.report.renamed.tables, ...gen.report.renamed.names }).length > 0
              ? ` ${g.renamed(
                  Object.entries({ ...gen.report.renamed.sheets, ...gen.report.renamed.tables, ...gen.report.renamed.names })
                    .map(([from, to]) => `${from} → ${to}`)
                    .join(", ")
                )}`
              : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {gen.step === "invalid" ? (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="generate-invalid">
          <MessageBarBody>
            <MessageBarTitle>{g.invalidTitle}</MessageBarTitle>
            {gen.issues.length === 0 ? (
              g.blocked
            ) : (
              <ul>
                {gen.issues.map((issue, i) => (
                  <li key={i}>{inLanguage(strings.lang, issue)}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {gen.step === "failed" ? <ErrorMessage title={g.failedTitle} error={gen.error} lang={strings.lang} testId="generate-error" /> : null}
    </Section>
  );
}
