import type { ReactNode } from "react";
import { Fragment, memo, useMemo } from "react";
import { Body1Strong, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import { GroupedBarChart } from "../charts/GroupedBarChart";
import { SERIES_COLORS } from "../charts/colors";
import { OREBRO_2013_2019 } from "../../engine";
import { formatResultKr, formatMillions, formatNumber } from "../i18n/format";
import type { PaneStrings } from "../i18n";
import type { DraftEvaluation } from "../state/evaluateDraft";
import { evaluateDraft } from "../state/evaluateDraft";
import { useActuals, useDraftInputs, useEvaluation, usePaneStatic, useScenarioList } from "../state/PaneContext";
import { ScrollTable } from "./ScrollTable";
import { Section } from "./Section";
import { useElementWidth } from "./useElementWidth";

const useStyles = makeStyles({
  num: { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap", "& .fui-TableHeaderCell__button": { justifyContent: "flex-end" } },
  cards: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  card: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, padding: tokens.spacingHorizontalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  list: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 }
});

/** The width the metric names take, and each scenario's column (a figure like "16 200 000 kr"), in CSS pixels. */
const LABEL_WIDTH = 150;
const COLUMN_WIDTH = 112;

/**
 * Whether a column per scenario fits the width (otherwise each scenario is a card).
 *
 * @example
 * columnsFit(2, 430); // true  (150 + 2 × 112 = 374)
 * columnsFit(5, 350); // false
 */
export function columnsFit(columns: number, width: number | undefined): boolean {
  return width !== undefined && LABEL_WIDTH + columns * COLUMN_WIDTH <= width;
}

/**
 * The current scenario and every saved one side by side: a table of the key results
 * with a column per scenario where the columns fit the pane, otherwise a card per
 * scenario (a 350-pixel pane shows two columns at most); and grouped bars of cost and savings.
 *
 * @example
 * <ScenarioCompare /> // columns "Nuvarande", "Hälften": savings 16 200 000 kr vs 8 100 000 kr
 */
export function ScenarioCompare(): ReactNode {
  const { strings } = usePaneStatic();
  const draft = useDraftInputs();
  const actuals = useActuals();
  const { scenarios } = useScenarioList();
  const styles = useStyles();
  const [measure, width] = useElementWidth();
  const s = strings.scenarios;
  const r = strings.results;
  // Only what changed is computed again: the current scenario's evaluation is the pane's own
  // (already there); the saved scenarios are evaluated when the list, the draft or the
  // actuals change, not when the current scenario moves.
  const current = useEvaluation();
  const saved = useMemo(() => scenarios.map((c) => ({ name: c.name, result: evaluateDraft(draft, c.scenario, actuals, { uncertainty: false }) })), [scenarios, draft, actuals]);
  const columns = useMemo(() => [{ name: s.current, result: current }, ...saved], [s.current, current, saved]);
  const horizon = horizonOf(columns[0]?.result);
  const metrics = useMemo(() => compareMetrics(strings, horizon), [strings, horizon]);
  if (scenarios.length === 0) return null;
  const kr = (v: number): string => formatResultKr(v, strings.kr);
  const cost = columns.map((c) => (c.result.ok ? c.result.summary.totalCost : 0));
  const savings = columns.map((c) => (c.result.ok ? c.result.summary.windowSavings : 0));
  const described = columns.map((c, i) => `${c.name}: ${kr(cost[i] ?? 0)} / ${kr(savings[i] ?? 0)}`).join("; ");
  return (
    <Section title={s.compareHeading} testId="scenario-compare">
      <div ref={measure}>
        {columnsFit(columns.length, width) ? (
          <ScrollTable label={s.compareHeading} testId="compare-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell />
                {columns.map((c, i) => (
                  <TableHeaderCell key={`${c.name}-${i}`} className={styles.num}>
                    {c.name}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {metrics.map((m) => (
                <TableRow key={m.key}>
                  <TableCell>{m.label}</TableCell>
                  {columns.map((c, i) => (
                    <TableCell key={`${c.name}-${i}`} className={styles.num} data-testid={`compare-${i}-${m.key}`}>
                      {m.value(c.result)}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </ScrollTable>
        ) : (
          <ul className={styles.cards} aria-label={s.compareHeading} data-testid="compare-cards">
            {columns.map((c, i) => (
              <CompareCard key={`${c.name}-${i}`} name={c.name} index={i} result={c.result} metrics={metrics} />
            ))}
          </ul>
        )}
      </div>
      <GroupedBarChart
        testId="compare-chart"
        groups={columns.map((c) => c.name)}
        ariaLabel={`${s.compareChartTitle}. ${s.compareDescribe(described)}`}
        formatTick={formatMillions}
        series={[
          { label: `${r.totalCost} (${strings.millions})`, values: cost, color: SERIES_COLORS.cost },
          { label: `${r.savingsWindow(horizonOf(columns[0]?.result))} (${strings.millions})`, values: savings, color: SERIES_COLORS.savings }
        ]}
      />
    </Section>
  );
}

/** The savings horizon of a result (the default rules' when its rules cannot be resolved). */
function horizonOf(result: DraftEvaluation | undefined): number {
  return result?.scenario?.horizonYears ?? OREBRO_2013_2019.horizonYears;
}

/** One row of the comparison: what it shows and how it reads a result. */
interface Metric {
  readonly key: string;
  readonly label: string;
  readonly value: (result: DraftEvaluation) => string;
}

/**
 * The comparison's rows, in the pane's words.
 *
 * @example
 * compareMetrics(SV, 10).map((m) => m.key); // ["cost", "savings", "ratio", "approved", "payback", "breakeven", "repayment"]
 */
function compareMetrics(strings: PaneStrings, horizon: number): readonly Metric[] {
  const r = strings.results;
  const kr = (v: number): string => formatResultKr(v, strings.kr);
  const cell = (result: DraftEvaluation, pick: (sum: Extract<DraftEvaluation, { ok: true }>["summary"]) => string): string => (result.ok ? pick(result.summary) : strings.dash);
  return [
    { key: "cost", label: r.totalCost, value: (x) => cell(x, (m) => kr(m.totalCost)) },
    { key: "savings", label: r.savingsWindow(horizon), value: (x) => cell(x, (m) => kr(m.windowSavings)) },
    { key: "ratio", label: r.ratio, value: (x) => cell(x, (m) => (m.ratio === null ? strings.dash : formatNumber(m.ratio, 2))) },
    { key: "approved", label: r.approved, value: (x) => cell(x, (m) => (m.approved ? strings.yes : strings.no)) },
    { key: "payback", label: r.payback, value: (x) => cell(x, (m) => (m.paybackYear === null ? r.notReached : String(m.paybackYear))) },
    { key: "breakeven", label: r.breakEven, value: (x) => cell(x, (m) => (m.breakEvenFactor === null ? r.breakEvenNone : formatNumber(m.breakEvenFactor, 3))) },
    { key: "repayment", label: r.plannedRepayment, value: (x) => cell(x, (m) => (m.plannedRepayment === null ? strings.dash : kr(m.plannedRepayment))) }
  ];
}

/** A scenario's card; memoised, so a saved scenario's card is not rendered again when only the current one changes. */
const CompareCard = memo(function CompareCard(props: { readonly name: string; readonly index: number; readonly result: DraftEvaluation; readonly metrics: readonly Metric[] }): ReactNode {
  const styles = useStyles();
  return (
    <li className={styles.card}>
      <Body1Strong>{props.name}</Body1Strong>
      <dl className={styles.list}>
        {props.metrics.map((m) => (
          <Fragment key={m.key}>
            <dt className={styles.term}>{m.label}</dt>
            <dd className={styles.num} data-testid={`compare-${props.index}-${m.key}`}>
              {m.value(props.result)}
            </dd>
          </Fragment>
        ))}
      </dl>
    </li>
  );
});
