import type { ReactNode } from "react";
import { Fragment } from "react";
import { Body1, Body1Strong, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { valueByKey } from "../../engine";
import { itemLabel } from "../state/itemLabel";
import { missingForApproval } from "../state/readiness";
import { windowYears } from "../state/windowYears";
import { formatResultKr, formatNumber, formatPercent } from "../i18n/format";
import { useDraftInputs, useEvaluation, usePaneStatic } from "../state/PaneContext";
import { ErrorMessage } from "./ErrorMessage";
import { SavingsChart } from "./SavingsChart";
import { Section } from "./Section";

const useStyles = makeStyles({
  list: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums" },
  sub: { paddingLeft: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 }
});

/**
 * The key results, updated in the same render as any input: total cost, savings in the
 * window, ratio, approval, payback year, the break-even factor and each effect's break-even
 * share of its target group, the planned repayment per department, and the chart of
 * cumulative savings against cost.
 *
 * @example
 * <ResultsPanel /> // worked example: 12 200 000 kr, 16 200 000 kr, 1,33, Ja, 2020, factor 0,753, share 22,6 %, 12 810 000 kr
 */
export function ResultsPanel(): ReactNode {
  const { strings } = usePaneStatic();
  const evaluation = useEvaluation();
  const draft = useDraftInputs();
  const styles = useStyles();
  const r = strings.results;
  if (!evaluation.ok) {
    return (
      <Section title={r.heading} testId="results">
        <ErrorMessage title={r.cannotEvaluate} error={evaluation.error} lang={strings.lang} testId="results-error" />
      </Section>
    );
  }
  const { summary, evaluation: ev } = evaluation;
  const kr = (v: number): string => formatResultKr(v, strings.kr);
  const y = strings.work.years;
  const win = windowYears(ev.years, ev.options);
  const assessed = missingForApproval(draft.investment, summary).length === 0;
  const row = (label: string, value: string, testId: string, sub = false): ReactNode => (
    <>
      <dt className={sub ? styles.sub : styles.term}>
        <Body1>{label}</Body1>
      </dt>
      <dd className={styles.value}>
        <Body1Strong data-testid={testId}>{value}</Body1Strong>
      </dd>
    </>
  );
  return (
    <Section title={r.heading} testId="results">
      <dl className={styles.list}>
        {row(r.totalCost, kr(summary.totalCost), "result-total-cost")}
        {row(r.savingsWindow(ev.options.horizonYears), kr(summary.windowSavings), "result-savings10y")}
        {row(r.ratio, summary.ratio === null ? strings.dash : formatNumber(summary.ratio, 2), "result-ratio")}
        {row(r.approved, !assessed ? strings.work.summary.notAssessed : summary.approved ? strings.yes : strings.no, "result-approved")}
        {row(r.payback, !assessed ? strings.dash : summary.paybackYear === null ? r.notReached : String(summary.paybackYear), "result-payback")}
        {row(r.breakEven, summary.breakEvenFactor === null ? r.breakEvenNone : formatNumber(summary.breakEvenFactor, 3), "result-breakeven")}
        {Object.entries(summary.breakEvenShares).map(([id, share]) => (
          <Fragment key={id}>{row(r.breakEvenShare(itemLabel(strings, "effects", draft.investment.effects, id)), formatPercent(share), `result-breakeven-share-${id}`, true)}</Fragment>
        ))}
        {summary.plannedRepayment === null ? null : row(r.plannedRepayment, kr(summary.plannedRepayment), "result-planned-repayment")}
        {summary.plannedRepayment === null
          ? null
          : draft.investment.departments.map((d) => (
              <Fragment key={d.id}>{row(itemLabel(strings, "departments", draft.investment.departments, d.id), kr(valueByKey(summary.repaymentByDepartment, d.id) ?? 0), `result-repayment-${d.id}`, true)}</Fragment>
            ))}
      </dl>
      <Caption1 data-testid="result-years-explained">
        {y.approvalCounts({ first: win.first, last: win.last, horizon: ev.options.horizonYears, end: ev.options.endYear, during: ev.options.includeDuring, discounted: !ev.options.discountRate.isZero() })}{" "}
        {y.paybackCounts(ev.years[0] ?? draft.investment.startYear)}
      </Caption1>
      {summary.plannedRepayment === null ? <Body1>{r.noRepaymentModel}</Body1> : null}
      <SavingsChart evaluation={ev} />
    </Section>
  );
}
