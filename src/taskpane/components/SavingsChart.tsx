import type { ReactNode } from "react";
import type { Evaluation } from "../../engine";
import { cumulativeSeries } from "../../engine";
import { LineChart } from "../charts/LineChart";
import { SERIES_COLORS } from "../charts/colors";
import { formatResultKr, formatMillions } from "../i18n/format";
import { usePaneStatic } from "../state/PaneContext";
import { windowYears } from "../state/windowYears";
import { chartYearMarks } from "../charts/chartYearMarks";

/**
 * Cumulative municipal savings against the cumulative fund cost over the timeline, with
 * the payback year marked (the engine's cumulative series); the chart says the same in
 * words for screen readers.
 *
 * @example
 * <SavingsChart evaluation={ev} /> // worked example: savings reach 24.3 MSEK, cost 12.2 MSEK, paid back 2020
 */
export function SavingsChart(props: { readonly evaluation: Evaluation }): ReactNode {
  const { strings } = usePaneStatic();
  const ev = props.evaluation;
  const { savings, cost } = cumulativeSeries(ev);
  const payback = ev.paybackYear ?? null;
  const first = ev.years[0] ?? 0;
  const last = ev.years[ev.years.length - 1] ?? 0;
  const label = strings.chart.describe({
    first,
    last,
    savings: formatResultKr(savings[savings.length - 1] ?? 0, strings.kr),
    cost: formatResultKr(cost[cost.length - 1] ?? 0, strings.kr),
    payback
  });
  const w = windowYears(ev.years, ev.options);
  const y = strings.work.years;
  const marks = chartYearMarks(ev.years, w, ev.options.endYear, y.windowBand(w.first, w.last), y.endMark(ev.options.endYear));
  return (
    <LineChart
      years={marks}
      testId="savings-chart"
      xLabels={ev.years}
      ariaLabel={`${strings.chart.title}. ${label} ${y.chartMarks({ first: w.first, last: w.last, end: ev.options.endYear })}`}
      formatTick={formatMillions}
      marker={payback !== null ? { index: ev.years.indexOf(payback), label: strings.chart.paybackMarker(payback) } : undefined}
      series={[
        { label: `${strings.chart.cumulativeSavings} (${strings.millions})`, values: savings, color: SERIES_COLORS.savings },
        { label: `${strings.chart.cumulativeCost} (${strings.millions})`, values: cost, color: SERIES_COLORS.cost, dashed: true }
      ]}
    />
  );
}
