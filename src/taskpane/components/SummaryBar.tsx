import type { ReactNode } from "react";
import { Body1Strong, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { isDomainError, oreNumber } from "../../engine";
import { formatResultKr, formatNumber } from "../i18n/format";
import { useDraftInputs, useEvaluation, usePaneStatic } from "../state/PaneContext";
import { useCostFollowUp } from "../state/useCostFollowUp";
import { missingForApproval } from "../state/readiness";
import { FieldErrorsNotice } from "./FieldErrorsNotice";

const useStyles = makeStyles({
  bar: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow2
  },
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(92px, 1fr))", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  item: { display: "flex", flexDirection: "column", minWidth: 0, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  no: { color: tokens.colorPaletteRedForeground1 },
  yes: { color: tokens.colorPaletteGreenForeground1 }
});

/**
 * The calculation in one glance, always on screen while editing (it sticks to the top of
 * the pane): cost, savings in the window, ratio, approved and payback year, from the
 * engine's summary; "Ej prövad" until there is a cost and an effect; and the list of
 * fields with errors, each a link to its field. In the Uppföljning journey it shows the
 * follow-up's figures instead, labelled "Utfall/prognos": every cost line's actual-or-budget
 * cost and its variance against the budget (engine/costFollowUp.ts), the window savings with
 * the actuals completed by the plan, and the repayment under risk sharing (engine/followUp.ts).
 *
 * @example
 * <SummaryBar /> // worked example: "Kostnad 12 200 000 kr · Besparing 10 år 16 200 000 kr · Kvot 1,33 · Godkänd Ja · Återbetald 2020"
 * <SummaryBar followUp /> // only 2017's volume 8, staff 2017 3 100 000: "Kostnad alla rader 12 800 000 kr · Mot budget +100 000 kr · Besparing 10 år 15 660 000 kr · Återföring 12 810 000 kr"
 */
export function SummaryBar(props: { readonly onGo?: (id: string) => void; readonly followUp?: boolean }): ReactNode {
  const { strings } = usePaneStatic();
  const evaluation = useEvaluation();
  const draft = useDraftInputs();
  const styles = useStyles();
  const w = strings.work.summary;
  const costs = useCostFollowUp(props.followUp === true);
  const item = (term: string, value: string, testId: string, tone?: string): ReactNode => (
    <div className={styles.item}>
      <dt className={styles.term}>
        <Caption1>{term}</Caption1>
      </dt>
      <dd className={styles.value}>
        <Body1Strong className={tone} data-testid={testId}>
          {value}
        </Body1Strong>
      </dd>
    </div>
  );
  let figures: ReactNode = null;
  if (evaluation.ok && costs) {
    const fu = evaluation.followUp;
    const kr = (v: number): string => formatResultKr(v, strings.kr);
    const signed = (v: number): string => (v > 0 ? `+${kr(v)}` : kr(v));
    figures = (
      <>
        <Caption1 data-testid="summary-followup-note">{w.followUpNote}</Caption1>
        <dl className={styles.grid}>
          {item(w.actualCost, kr(costs.total.actual), "summary-followup-cost")}
          {item(w.costVariance, signed(costs.total.variance), "summary-followup-variance", costs.total.variance > 0 ? styles.no : undefined)}
          {item(w.actualSavings(evaluation.evaluation.options.horizonYears), isDomainError(fu) ? strings.dash : kr(oreNumber(fu.actual.windowSavings)), "summary-followup-savings")}
          {item(w.actualRepayment, isDomainError(fu) || fu.actualRepayment === undefined ? strings.dash : kr(oreNumber(fu.actualRepayment)), "summary-followup-repayment")}
        </dl>
      </>
    );
  } else if (evaluation.ok) {
    const { summary, evaluation: ev } = evaluation;
    const missing = missingForApproval(draft.investment, summary);
    const assessed = missing.length === 0;
    figures = (
      <>
        <dl className={styles.grid}>
          {item(w.cost, formatResultKr(summary.totalCost, strings.kr), "summary-cost")}
          {item(w.savings(ev.options.horizonYears), formatResultKr(summary.windowSavings, strings.kr), "summary-savings")}
          {item(w.ratio, summary.ratio === null ? strings.dash : formatNumber(summary.ratio, 2), "summary-ratio")}
          {item(w.approved, !assessed ? w.notAssessed : summary.approved ? strings.yes : strings.no, "summary-approved", !assessed ? undefined : summary.approved ? styles.yes : styles.no)}
          {item(w.payback, !assessed || summary.paybackYear === null ? strings.dash : String(summary.paybackYear), "summary-payback")}
        </dl>
        {assessed ? null : <Caption1 data-testid="summary-missing">{w.missing({ cost: missing.includes("cost"), effect: missing.includes("effect") })}</Caption1>}
      </>
    );
  }
  return (
    <aside className={styles.bar} aria-label={w.label} data-testid="summary">
      {figures}
      <FieldErrorsNotice onGo={props.onGo} />
    </aside>
  );
}
