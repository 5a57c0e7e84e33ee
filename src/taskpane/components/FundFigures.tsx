import type { ReactNode } from "react";
import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { FundResults } from "../../engine";
import { fundStatusSpec } from "../../engine";
import { GroupedBarChart } from "../charts/GroupedBarChart";
import { LineChart } from "../charts/LineChart";
import { SERIES_COLORS } from "../charts/colors";
import { formatMillions, formatResultKr } from "../i18n/format";
import { usePaneStatic } from "../state/PaneContext";
import { Section } from "./Section";

const useStyles = makeStyles({
  list: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2, minWidth: 0, overflowWrap: "anywhere" },
  value: { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums" },
  pair: { display: "contents" },
  warnings: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, overflowWrap: "anywhere" }
});

/**
 * The year the booked and available figures are shown for. Decided here: the start year of
 * the investment in the pane (within the fund's years) — what an applicant asks is how much
 * the fund has when the investment would start; the chart shows every year.
 */
function shownYear(years: readonly number[], startYear: number): number {
  const first = years[0] as number;
  const last = years[years.length - 1] as number;
  return Math.min(Math.max(startYear, first), last);
}

/**
 * The fund's key figures, its year-by-year chart (allocations, disbursements and
 * repayments as bars; the balance as a line) and its warnings — every figure the engine's
 * (fundResults of fundPortfolio on the fund read from the workbook).
 *
 * @example
 * <FundFigures results={fundResults(p)} startYear={2017} />
 * // "Saldo vid slutet (2029) 70 812 345 kr", "Lägsta saldo (2015) 60 048 128 kr", …
 */
export function FundFigures(props: { readonly results: FundResults; readonly startYear: number }): ReactNode {
  const { strings } = usePaneStatic();
  const styles = useStyles();
  const f = strings.fund;
  const r = props.results;
  const years = Object.keys(r.years).map(Number);
  if (years.length === 0) return null;
  const kr = (v: number): string => formatResultKr(v, strings.kr);
  const at = shownYear(years, props.startYear);
  const year = r.years[String(at)]!;
  const counted = r.investments.filter((i) => fundStatusSpec(i.status).counted).length;
  const first = years[0] as number;
  const last = years[years.length - 1] as number;
  const series = (pick: (y: FundResults["years"][string]) => number): number[] => years.map((y) => pick(r.years[String(y)]!));
  const figures: readonly [string, string, string][] = [
    [f.balanceEnd(last), kr(r.balanceEnd ?? 0), "fund-balance-end"],
    [f.minBalance(r.minBalance?.year ?? first), kr(r.minBalance?.balance ?? 0), "fund-min-balance"],
    [f.booked(at), kr(year.booked), "fund-booked"],
    [f.available(at), kr(year.available), "fund-available"],
    [f.counted, f.investmentsValue(counted, r.investments.length), "fund-counted"]
  ];
  const lang = strings.lang;
  return (
    <>
      <Section title={f.figuresHeading(r.name)} testId="fund-figures">
        <dl className={styles.list}>
          {figures.map(([term, value, id]) => (
            <div key={id} className={styles.pair}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.value} data-testid={id}>
                {value}
              </dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section title={f.chartHeading} testId="fund-chart">
        <GroupedBarChart
          testId="fund-flows-chart"
          groups={years.map(String)}
          ariaLabel={f.flowsChart(first, last)}
          formatTick={formatMillions}
          series={[
            { label: `${f.allocated} (${strings.millions})`, values: series((y) => y.allocated), color: SERIES_COLORS.planned },
            { label: `${f.disbursed} (${strings.millions})`, values: series((y) => y.disbursed), color: SERIES_COLORS.cost },
            { label: `${f.repaid} (${strings.millions})`, values: series((y) => y.repaid), color: SERIES_COLORS.actual }
          ]}
        />
        <LineChart
          testId="fund-balance-chart"
          xLabels={years}
          ariaLabel={f.balanceChart(first, last, kr(r.minBalance?.balance ?? 0), r.minBalance?.year ?? first)}
          formatTick={formatMillions}
          series={[{ label: `${f.balance} (${strings.millions})`, values: series((y) => y.balance), color: SERIES_COLORS.savings }]}
          {...(r.minBalance ? { marker: { index: years.indexOf(r.minBalance.year), label: f.minBalance(r.minBalance.year) } } : {})}
        />
      </Section>
      <Section title={f.warningsHeading(r.warnings.length)} testId="fund-warnings">
        {r.warnings.length === 0 ? (
          <Body1>{f.noWarnings}</Body1>
        ) : (
          <ul className={styles.warnings}>
            {r.warnings.map((w, k) => (
              <li key={k}>
                <Caption1>{lang === "en" ? w.en : w.sv}</Caption1>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
