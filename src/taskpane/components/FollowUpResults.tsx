import type { ReactNode } from "react";
import { Body1, Body1Strong, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import type { Comparison } from "../../engine";
import { followUpFigures, isDomainError, keyedMap, matchKey, oreNumber, valueByKey } from "../../engine";
import { chartYearMarks } from "../charts/chartYearMarks";
import { windowYears } from "../state/windowYears";
import type { DepartmentFloor } from "../../engine/repaymentFloor";
import { repaymentFloors } from "../../engine/repaymentFloor";
import { evaluationYears } from "../../engine/evaluationSchedule";
import { GroupedBarChart } from "../charts/GroupedBarChart";
import { SERIES_COLORS } from "../charts/colors";
import { formatResultKr, formatMillions, formatPercent } from "../i18n/format";
import { useDraftInputs, useEvaluation, usePaneStatic } from "../state/PaneContext";
import { itemLabel } from "../state/itemLabel";
import { ErrorMessage } from "./ErrorMessage";
import { ScrollTable } from "./ScrollTable";
import { Section } from "./Section";

const useStyles = makeStyles({
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap", margin: 0, "& .fui-TableHeaderCell__button": { justifyContent: "flex-end" } },
  card: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, padding: tokens.spacingHorizontalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  total: { "& td": { fontWeight: tokens.fontWeightSemibold } },
  floor: { gridColumn: "1 / -1", margin: 0, color: tokens.colorPaletteDarkOrangeForeground1 },
  list: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 }
});

/** A department without municipal savings: nothing planned, nothing actual, nothing repaid. */
const NOTHING: Comparison & { readonly actualRepayment: number | null } = { planned: 0, actual: 0, variance: 0, actualRepayment: 0 };

/** The header row of a comparison table: what a row is, then planned, actual and variance. */
function ComparisonHeader(props: { readonly first: string; readonly num: string; readonly mark?: string }): ReactNode {
  const f = usePaneStatic().strings.followUp;
  return (
    <TableHeader>
      <TableRow>
        <TableHeaderCell>{props.first}</TableHeaderCell>
        {props.mark === undefined ? null : <TableHeaderCell>{props.mark}</TableHeaderCell>}
        <TableHeaderCell className={props.num}>{f.planned}</TableHeaderCell>
        <TableHeaderCell className={props.num}>{f.actual}</TableHeaderCell>
        <TableHeaderCell className={props.num}>{f.variance}</TableHeaderCell>
      </TableRow>
    </TableHeader>
  );
}

/**
 * Actual against planned savings per effect, department and year (tables and a chart),
 * the variance, and what each department repays under the risk-sharing rule. Every
 * figure is the engine's ({@link followUpFigures}); the pane only shows them.
 *
 * @example
 * <FollowUpResults /> // worked example with actual share 10 %: actual-repayment-fsk = "5 400 000 kr"
 */
export function FollowUpResults(): ReactNode {
  const { strings } = usePaneStatic();
  const evaluation = useEvaluation();
  const draft = useDraftInputs();
  const styles = useStyles();
  const f = strings.followUp;
  if (!evaluation.ok) return <ErrorMessage title={f.cannotFollowUp} error={evaluation.error} lang={strings.lang} />;
  if (isDomainError(evaluation.followUp)) return <ErrorMessage title={f.cannotFollowUp} error={evaluation.followUp} lang={strings.lang} testId="followup-error" />;
  const figures = followUpFigures(evaluation.followUp);
  const { rules, summary } = evaluation;
  const inv = draft.investment;
  const departments = keyedMap(figures.departments, (d) => d.id);
  const kr = (v: number): string => formatResultKr(v, strings.kr);
  const num = styles.num;
  const shownYears = figures.years.filter((y) => y.planned !== 0 || y.actual !== 0);
  const allYears = figures.years;
  const wy = strings.work.years;
  const fu = evaluation.followUp;
  const win = windowYears(fu.planned.years, fu.planned.options);
  // The window's totals: the engine's window savings (what the approval test and repayment count), rounded as the engine rounds.
  const windowTotal = { planned: oreNumber(fu.planned.windowSavings), actual: oreNumber(fu.actual.windowSavings), variance: oreNumber(fu.actual.windowSavings.minus(fu.planned.windowSavings)) };
  const ev = strings.work.evaluator;
  const floors = repaymentFloors(fu, rules);
  const floorOf = (id: string): DepartmentFloor | undefined => floors?.find((x) => matchKey(x.id) === matchKey(id));
  const due = evaluationYears(fu.planned.options.endYear);
  // A year is actual when the evaluator gave an actual volume for it (the workbook's Uppföljning marks it the same way).
  const isActualYear = (year: number): boolean => {
    const k = fu.planned.years.indexOf(year);
    return [...fu.completed.volumes.values()].some((v) => v[k]?.actual === true);
  };
  const marks = chartYearMarks(shownYears.map((y) => y.year), win, fu.planned.options.endYear, wy.windowBand(win.first, win.last), wy.endMark(fu.planned.options.endYear));
  return (
    <Section title={f.comparisonHeading} testId="followup">
      <Body1 data-testid="followup-evaluation-due">{ev.evaluationDue(due.first, due.last, fu.planned.options.endYear)}</Body1>
      <Body1Strong>{f.byEffect}</Body1Strong>
      <ScrollTable label={f.byEffect}>
        <ComparisonHeader first={f.effect} num={num} />
        <TableBody>
          {figures.effects.map((e) => (
            <TableRow key={e.id}>
              <TableCell>{itemLabel(strings, "effects", draft.investment.effects, e.id)}</TableCell>
              <TableCell className={num}>{kr(e.planned)}</TableCell>
              <TableCell className={num} data-testid={`followup-effect-${e.id}-actual`}>
                {kr(e.actual)}
              </TableCell>
              <TableCell className={num} data-testid={`followup-effect-${e.id}-variance`}>
                {kr(e.variance)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </ScrollTable>
      <Body1Strong>{f.byDepartment}</Body1Strong>
      {inv.departments.map((d) => {
        const fig = departments.get(matchKey(d.id)) ?? NOTHING;
        return (
          <div key={d.id} className={styles.card} data-testid={`followup-dept-${d.id}`}>
            <Body1Strong>{itemLabel(strings, "departments", draft.investment.departments, d.id)}</Body1Strong>
            <dl className={styles.list}>
              <dt>{f.planned}</dt>
              <dd className={num}>{kr(fig.planned)}</dd>
              <dt>{f.actual}</dt>
              <dd className={num}>{kr(fig.actual)}</dd>
              <dt>{f.variance}</dt>
              <dd className={num} data-testid={`followup-dept-${d.id}-variance`}>
                {kr(fig.variance)}
              </dd>
              {rules.repaymentModel ? (
                <>
                  <dt>{f.plannedRepayment}</dt>
                  <dd className={num}>{kr(valueByKey(summary.repaymentByDepartment, d.id) ?? 0)}</dd>
                  <dt>
                    <Body1Strong>{f.actualRepayment}</Body1Strong>
                  </dt>
                  <dd className={num}>
                    <Body1Strong data-testid={`actual-repayment-${d.id}`}>{kr(fig.actualRepayment ?? 0)}</Body1Strong>
                  </dd>
                  {floorOf(d.id)?.applies === true ? (
                    <dd className={styles.floor} data-testid={`floor-applies-${d.id}`}>
                      {ev.floorApplies(kr(floorOf(d.id)?.floor ?? 0), kr(floorOf(d.id)?.withoutFloor ?? 0))}
                    </dd>
                  ) : null}
                </>
              ) : null}
            </dl>
          </div>
        );
      })}
      <Body1>{rules.repaymentModel ? f.riskRule(formatPercent(rules.floorShare), formatPercent(rules.feeShare)) : f.noRepayment}</Body1>
      <Body1Strong>{f.byYear}</Body1Strong>
      <ScrollTable label={f.byYear}>
        <ComparisonHeader first={f.year} num={num} mark={ev.mark} />
        <TableBody>
          {shownYears.map((y) => (
            <TableRow key={y.year}>
              <TableCell>{y.year}</TableCell>
              <TableCell data-testid={`followup-year-${y.year}-mark`}>{isActualYear(y.year) ? ev.actualMark : ev.forecastMark}</TableCell>
              <TableCell className={num}>{kr(y.planned)}</TableCell>
              <TableCell className={num} data-testid={`followup-year-${y.year}-actual`}>
                {kr(y.actual)}
              </TableCell>
              <TableCell className={num}>{kr(y.variance)}</TableCell>
            </TableRow>
          ))}
          <TableRow className={styles.total} data-testid="followup-total-all">
            <TableCell>{wy.allYearsTotal}</TableCell>
            <TableCell />
            <TableCell className={num}>{kr(figures.total.planned)}</TableCell>
            <TableCell className={num}>{kr(figures.total.actual)}</TableCell>
            <TableCell className={num}>{kr(figures.total.variance)}</TableCell>
          </TableRow>
          <TableRow className={styles.total} data-testid="followup-total-window">
            <TableCell>{wy.windowTotal(win.first, win.last)}</TableCell>
            <TableCell />
            <TableCell className={num}>{kr(windowTotal.planned)}</TableCell>
            <TableCell className={num}>{kr(windowTotal.actual)}</TableCell>
            <TableCell className={num}>{kr(windowTotal.variance)}</TableCell>
          </TableRow>
        </TableBody>
      </ScrollTable>
      <GroupedBarChart
        testId="followup-chart"
        years={marks}
        groups={shownYears.map((y) => String(y.year))}
        ariaLabel={`${f.chartTitle}. ${f.chartDescribe({
          first: shownYears[0]?.year ?? allYears[0]?.year ?? 0,
          last: shownYears[shownYears.length - 1]?.year ?? allYears[allYears.length - 1]?.year ?? 0,
          planned: kr(figures.total.planned),
          actual: kr(figures.total.actual)
        })} ${wy.chartMarks({ first: win.first, last: win.last, end: fu.planned.options.endYear })}`}
        formatTick={formatMillions}
        series={[
          { label: `${f.planned} (${strings.millions})`, values: shownYears.map((y) => y.planned), color: SERIES_COLORS.planned },
          { label: `${f.actual} (${strings.millions})`, values: shownYears.map((y) => y.actual), color: SERIES_COLORS.actual }
        ]}
      />
    </Section>
  );
}
