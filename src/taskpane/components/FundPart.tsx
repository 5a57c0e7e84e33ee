import type { ReactNode } from "react";
import { useEffect, useMemo, useState } from "react";
import { Body1, Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Spinner } from "@fluentui/react-components";
import type { FundStatus } from "../../engine";
import { FUND_STATUSES, fundPortfolio, fundResults, isDomainError, matchKey } from "../../engine";
import type { FundInput } from "../../engine";
import type { AmountDrift } from "../../fund/readBack/amountDrift";
import { amountDrift } from "../../fund/readBack/amountDrift";
import { sameInvestment } from "../../fund/readBack/fundEdits";
import { FUND_SHEETS, FUND_WORDS } from "../../fund/workbook/fundWords";
import { formatResultKr } from "../i18n/format";
import { cellRef } from "../../sheetModel/a1";
import { parseSheetAddress } from "../../sheetModel/sheetAddress";
import { WorkbookError } from "../../sheetModel/workbookError";
import { inLanguage } from "../i18n";
import { useDraft, useEvaluation, useFieldErrors, useFundState, usePaneStatic } from "../state/PaneContext";
import { ErrorMessage } from "./ErrorMessage";
import { FundFigures } from "./FundFigures";
import { useFormStyles } from "./formStyles";
import { NumberField } from "./NumberField";
import { Section } from "./Section";

function StatusSelect(props: { readonly value: FundStatus; readonly onChange: (s: FundStatus) => void }): ReactNode {
  const { strings } = usePaneStatic();
  return (
    <Field label={strings.fund.status} hint={strings.fund.statusHint}>
      <Select value={props.value} onChange={(_, data) => props.onChange(data.value as FundStatus)} data-testid="fund-status">
        {FUND_STATUSES.map((s) => (
          <option key={s.status} value={s.status}>
            {inLanguage(strings.lang, s)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** Whether the in-place update was refused by the planner (the user typed on a fund sheet), so a copy may be offered. */
function isRefusal(error: unknown): boolean {
  return error instanceof WorkbookError && ["rebuildUnexplained", "rebuildReferenced", "rebuildUnreadable", "rebuildFundCopy"].includes(error.kind);
}

/** The fallback after a refusal: the fund's sheets inserted as a new copy, after a confirmation. */
function CopyOffer(props: { readonly status: FundStatus }): ReactNode {
  const { strings, dispatch } = usePaneStatic();
  const [asking, setAsking] = useState(false);
  const f = strings.fund;
  return (
    <MessageBar intent="info" data-testid="fund-copy-offer">
      <MessageBarBody>
        {asking ? f.copyConfirm : f.copyOffer}
        <div>
          {asking ? (
            <>
              <Button appearance="primary" onClick={() => dispatch({ type: "fundSave", status: props.status, copy: true })} data-testid="fund-copy-yes">
                {f.copyYes}
              </Button>{" "}
              <Button onClick={() => setAsking(false)} data-testid="fund-copy-no">
                {f.copyNo}
              </Button>
            </>
          ) : (
            <Button onClick={() => setAsking(true)} data-testid="fund-copy">
              {f.copyButton}
            </Button>
          )}
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}

/** The last write's outcome: which investment, which sheets, or why it failed. */
function WriteOutcome(props: { readonly status: FundStatus }): ReactNode {
  const { strings } = usePaneStatic();
  const { write } = useFundState();
  const f = strings.fund;
  if (write.busy) return <Spinner size="tiny" label={f.busy} />;
  if (write.error !== undefined) {
    return (
      <>
        <ErrorMessage title={f.writeFailed} error={write.error} lang={strings.lang} testId="fund-write-error" />
        {isRefusal(write.error) ? <CopyOffer status={props.status} /> : null}
      </>
    );
  }
  if (write.result === undefined) return null;
  const r = write.result;
  // The hidden source sheet is the add-in's, not one to look at.
  const hidden = [FUND_SHEETS.source.sv, FUND_SHEETS.source.en];
  const sheets = r.report.sheets.filter((name) => !hidden.some((h) => name === h || name.startsWith(`${h} (`))).join(", ");
  return (
    <MessageBar intent="success" data-testid="fund-write-done">
      <MessageBarBody>{r.created ? (r.id === "" ? f.createdEmpty(sheets) : f.created(sheets)) : r.added ? f.added(r.id, sheets) : f.updated(r.id, sheets)}</MessageBarBody>
    </MessageBar>
  );
}

/** The register's amounts that are no longer the engine's, said in a warning. */
function DriftWarning(props: { readonly drift: readonly AmountDrift[] }): ReactNode {
  const { strings } = usePaneStatic();
  const f = strings.fund;
  if (props.drift.length === 0) return null;
  const kr = (v: unknown): string => (typeof v === "number" ? formatResultKr(v, strings.kr) : `"${String(v)}"`);
  return (
    <MessageBar intent="warning" data-testid="fund-drift">
      <MessageBarBody>
        <strong>{f.driftTitle}</strong>
        <ul>
          {props.drift.map((d) => (
            <li key={`${d.id}-${d.column}`}>{f.drift(d.id, FUND_WORDS[d.column][strings.lang], kr(d.register), kr(d.engine))}</li>
          ))}
        </ul>
        {f.driftNote}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * "Skapa fondblad": the investment under a status, an allocation in its start year; or an
 * empty fund ("tom fond": only the allocation, which it then needs), the investment added
 * later in place.
 */
function CreateFund(props: { readonly ready: boolean }): ReactNode {
  const { strings, dispatch } = usePaneStatic();
  const styles = useFormStyles();
  const draft = useDraft();
  const blocked = Object.keys(useFieldErrors()).length > 0;
  const { write } = useFundState();
  const [status, setStatus] = useState<FundStatus>("applied");
  const [allocation, setAllocation] = useState<number | undefined>(undefined);
  const [empty, setEmpty] = useState(false);
  const f = strings.fund;
  const missing = empty && allocation === undefined;
  const disabled = (!empty && !props.ready) || missing || blocked || write.busy;
  return (
    <Section title={f.createHeading} testId="fund-create">
      <Body1 className={styles.note}>{f.createIntro}</Body1>
      <NumberField id="fund.allocation" label={(empty ? f.allocationRequired : f.allocation)(draft.investment.startYear)} hint={f.allocationHint} value={allocation} rule={{ kind: "number" }} onValid={setAllocation} onEmpty={() => setAllocation(undefined)} testId="fund-allocation" />
      <Field label={f.createContent}>
        <RadioGroup value={empty ? "empty" : "investment"} onChange={(_, data) => setEmpty(data.value === "empty")} data-testid="fund-create-content">
          <Radio value="investment" label={f.createWithInvestment} data-testid="fund-create-with" />
          <Radio value="empty" label={f.createEmpty} data-testid="fund-create-empty" />
        </RadioGroup>
      </Field>
      {empty ? null : <StatusSelect value={status} onChange={setStatus} />}
      {missing ? <Body1 className={styles.note} data-testid="fund-empty-needs-allocation">{f.emptyNeedsAllocation}</Body1> : null}
      {empty || props.ready ? null : <Body1 className={styles.note}>{f.notReady}</Body1>}
      <div>
        <Button appearance="primary" disabled={disabled} onClick={() => dispatch({ type: "fundCreate", status, ...(allocation !== undefined ? { allocation } : {}), ...(empty ? { empty } : {}) })} data-testid="fund-create-button">
          {f.create}
        </Button>
      </div>
      <WriteOutcome status={status} />
    </Section>
  );
}

/** The investment in the pane against the fund read: in the register or not, and the button that adds or updates it. */
function CurrentInvestment(props: { readonly fund: FundInput; readonly ready: boolean }): ReactNode {
  const { strings, dispatch } = usePaneStatic();
  const styles = useFormStyles();
  const draft = useDraft();
  const blocked = Object.keys(useFieldErrors()).length > 0;
  const { write } = useFundState();
  const [status, setStatus] = useState<FundStatus>("applied");
  const f = strings.fund;
  const found = sameInvestment(props.fund, draft.investment.name);
  const spec = found ? FUND_STATUSES.find((s) => s.status === found.status) : undefined;
  return (
    <Section title={f.currentHeading} testId="fund-current">
      <Body1 data-testid="fund-current-state">{found && spec ? f.inRegister(found.id, inLanguage(strings.lang, spec)) : f.notInRegister(draft.investment.name)}</Body1>
      {found ? null : <StatusSelect value={status} onChange={setStatus} />}
      {props.ready ? null : <Body1 className={styles.note}>{f.notReady}</Body1>}
      <div>
        <Button appearance="primary" disabled={!props.ready || blocked || write.busy} onClick={() => dispatch({ type: "fundSave", status })} data-testid="fund-save">
          {found ? f.update : f.add}
        </Button>
      </div>
      <Body1 className={styles.note}>{f.writeNote}</Body1>
      <WriteOutcome status={status} />
    </Section>
  );
}

/**
 * The Fonden view: reads the newest fund register of the workbook when shown, then its key
 * figures, chart and warnings (the engine's, on the fund read back), the investment in the
 * pane against the register (add or update), or, without a register, "Skapa fondblad".
 * Loaded in a chunk of its own.
 *
 * @example
 * <FundPart /> // in a workbook without a fund register: "Arbetsboken har inget fondregister …" and "Skapa fondblad"
 */
export function FundPart(): ReactNode {
  const { strings, dispatch } = usePaneStatic();
  const { read } = useFundState();
  const draft = useDraft();
  const ready = useEvaluation().ok;
  const f = strings.fund;
  useEffect(() => {
    if (read.status === "idle") dispatch({ type: "fundRead" });
  }, [read.status, dispatch]);
  const outcome = read.outcome;
  const fund = outcome?.kind === "fund" ? outcome.fund : undefined;
  const computed = useMemo(() => (fund ? fundPortfolio(fund) : undefined), [fund]);
  const results = useMemo(() => (computed && !isDomainError(computed) ? fundResults(computed) : undefined), [computed]);
  const where = outcome?.kind === "fund" ? parseSheetAddress(outcome.address) : undefined;
  const drift = useMemo(() => (results && outcome?.kind === "fund" ? amountDrift(results, outcome.amounts) : []), [results, outcome]);
  return (
    <>
      <Section
        title={f.heading}
        testId="fund"
        actions={
          <div>
            <Button size="small" disabled={read.status === "reading"} onClick={() => dispatch({ type: "fundRead" })} data-testid="fund-reread">
              {f.reread}
            </Button>{" "}
            {where ? (
              <Button size="small" onClick={() => dispatch({ type: "selectCell", sheet: where.sheet, address: cellRef(where.first.row, where.first.col) })} data-testid="fund-show-register">
                {f.showRegister}
              </Button>
            ) : null}
          </div>
        }
      >
        {read.status === "reading" && outcome === undefined ? <Spinner size="tiny" label={f.reading} /> : null}
        {read.status === "failed" ? <ErrorMessage title={f.readFailed} error={read.error} lang={strings.lang} testId="fund-read-error" /> : null}
        {outcome?.kind === "none" ? <Body1 data-testid="fund-none">{f.none}</Body1> : null}
        {outcome?.kind === "invalid" ? (
          <MessageBar intent="warning" data-testid="fund-invalid">
            <MessageBarBody>
              <strong>{f.invalidTitle}</strong>
              <ul>
                {outcome.errors.map((e, k) => (
                  <li key={k}>{inLanguage(strings.lang, e)}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        ) : null}
        <DriftWarning drift={drift} />
        {computed && isDomainError(computed) ? <ErrorMessage title={f.readFailed} error={computed} lang={strings.lang} testId="fund-engine-error" /> : null}
      </Section>
      {results ? <FundFigures results={results} startYear={draft.investment.startYear} /> : null}
      {fund ? <CurrentInvestment key={matchKey(draft.investment.name)} fund={fund} ready={ready} /> : null}
      {outcome !== undefined && outcome.kind !== "fund" ? <CreateFund ready={ready} /> : null}
    </>
  );
}
