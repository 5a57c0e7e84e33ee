import type { ReactNode } from "react";
import { Body1, Body1Strong, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import type { Dec } from "../../engine";
import { isDomainError, oreNumber } from "../../engine";
import { GroupedBarChart } from "../charts/GroupedBarChart";
import { SERIES_COLORS } from "../charts/colors";
import { formatKr, formatMillions, formatPercent } from "../i18n/format";
import { useDraft, useEvaluation, usePaneStatic } from "../state/PaneContext";
import { ErrorMessage } from "./ErrorMessage";
import { ScrollTable } from "./ScrollTable";
import { Section } from "./Section";

const useStyles = makeStyles({
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap", margin: 0, "& .fui-TableHeaderCell__button": { justifyContent: "flex-end" } },
  card: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, padding: tokens.spacingHorizontalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  list: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 }
});

const money = (d: Dec | undefined): number => (d ? oreNumber(d) : 0);

/** The header row of a comparison table: what a row is, then planned, actual and variance. */
function ComparisonHeader(props: { readonly first: string; readonly num: string }): ReactNode {
  const f = usePaneStatic().strings.followUp;
  return (
    <TableHeader>
      <TableRow>
        <TableHeaderCell>{props.first}</TableHeaderCell>
        <TableHeaderCell className={props.num}>{f.planned}</TableHeaderCell>
        <TableHeaderCell className={props.num}>{f.actual}</TableHeaderCell>
        <TableHeaderCell className={props.num}>{f.variance}</TableHeaderCell>
      </TableRow>
    </TableHeader>
  );
}

/**
 * Actual against planned savings per effect, department and year (tables and a chart),
 * the variance, and what each department repays under the risk-sharing rule.
 *
 * @example
 * <FollowUpResults /> // worked example with actual share 10 %: actual-repayment-fsk = "5 400 000 kr"
 */
export function FollowUpResults(): ReactNode {
  const { strings } = usePaneStatic();
  const evaluation = useEvaluation();
  const draft = useDraft();
  const styles = useStyles();
  const f = strings.followUp;
  if (!evaluation.ok) return <ErrorMessage title={f.cannotFollowUp} error={evaluation.error} lang={strings.lang} />;
  if (isDomainError(evaluation.followUp)) return <ErrorMessage title={f.cannotFollowUp} error={evaluation.followUp} lang={strings.lang} testId="followup-error" />;
  const fu = evaluation.followUp;
  const { rules, summary } = evaluation;
  const inv = draft.investment;
  const kr = (v: number): string => formatKr(v, strings.kr);
  const num = styles.num;
  const years = fu.planned.years;
  const plannedByYear = fu.planned.savingsByYear.map((d) => money(d));
  const actualByYear = fu.actual.savingsByYear.map((d) => money(d));
  const shownYears = years.map((y, i) => ({ y, i })).filter(({ i }) => plannedByYear[i] !== 0 || actualByYear[i] !== 0);
  const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
  return (
    <Section title={f.comparisonHeading} testId="followup">
      <Body1Strong>{f.byEffect}</Body1Strong>
      <ScrollTable label={f.byEffect}>
        <ComparisonHeader first={f.effect} num={num} />
        <TableBody>
          {fu.planned.effects.map((p, i) => {
            const a = fu.actual.effects[i];
            const name = inv.effects.find((e) => e.id === p.id)?.name ?? p.id;
            return (
              <TableRow key={p.id}>
                <TableCell>{name}</TableCell>
                <TableCell className={num}>{kr(money(p.window))}</TableCell>
                <TableCell className={num} data-testid={`followup-effect-${p.id}-actual`}>
                  {kr(money(a?.window))}
                </TableCell>
                <TableCell className={num} data-testid={`followup-effect-${p.id}-variance`}>
                  {kr(money(a?.window) - money(p.window))}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </ScrollTable>
      <Body1Strong>{f.byDepartment}</Body1Strong>
      {inv.departments.map((d) => (
        <div key={d.id} className={styles.card} data-testid={`followup-dept-${d.id}`}>
          <Body1Strong>{d.name || d.id}</Body1Strong>
          <dl className={styles.list}>
            <dt>{f.planned}</dt>
            <dd className={num}>{kr(money(fu.planned.windowByDepartment.get(d.id)))}</dd>
            <dt>{f.actual}</dt>
            <dd className={num}>{kr(money(fu.actual.windowByDepartment.get(d.id)))}</dd>
            <dt>{f.variance}</dt>
            <dd className={num} data-testid={`followup-dept-${d.id}-variance`}>
              {kr(money(fu.varianceByDepartment.get(d.id)))}
            </dd>
            {rules.repaymentModel ? (
              <>
                <dt>{f.plannedRepayment}</dt>
                <dd className={num}>{kr(summary.repaymentByDepartment[d.id] ?? 0)}</dd>
                <dt>
                  <Body1Strong>{f.actualRepayment}</Body1Strong>
                </dt>
                <dd className={num}>
                  <Body1Strong data-testid={`actual-repayment-${d.id}`}>{kr(money(fu.actualRepaymentByDepartment?.get(d.id)))}</Body1Strong>
                </dd>
              </>
            ) : null}
          </dl>
        </div>
      ))}
      <Body1>{rules.repaymentModel ? f.riskRule(formatPercent(rules.floorShare), formatPercent(rules.feeShare)) : f.noRepayment}</Body1>
      <Body1Strong>{f.byYear}</Body1Strong>
      <ScrollTable label={f.byYear}>
        <ComparisonHeader first={f.year} num={num} />
        <TableBody>
          {shownYears.map(({ y, i }) => (
            <TableRow key={y}>
              <TableCell>{y}</TableCell>
              <TableCell className={num}>{kr(plannedByYear[i] ?? 0)}</TableCell>
              <TableCell className={num} data-testid={`followup-year-${y}-actual`}>
                {kr(actualByYear[i] ?? 0)}
              </TableCell>
              <TableCell className={num}>{kr((actualByYear[i] ?? 0) - (plannedByYear[i] ?? 0))}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </ScrollTable>
      <GroupedBarChart
        testId="followup-chart"
        groups={shownYears.map(({ y }) => String(y))}
        ariaLabel={`${f.chartTitle}. ${f.chartDescribe({
          first: shownYears[0]?.y ?? years[0] ?? 0,
          last: shownYears[shownYears.length - 1]?.y ?? years[years.length - 1] ?? 0,
          planned: kr(sum(plannedByYear)),
          actual: kr(sum(actualByYear))
        })}`}
        formatTick={formatMillions}
        series={[
          { label: `${f.planned} (${strings.millions})`, values: shownYears.map(({ i }) => plannedByYear[i] ?? 0), color: SERIES_COLORS.planned },
          { label: `${f.actual} (${strings.millions})`, values: shownYears.map(({ i }) => actualByYear[i] ?? 0), color: SERIES_COLORS.actual }
        ]}
      />
    </Section>
  );
}
