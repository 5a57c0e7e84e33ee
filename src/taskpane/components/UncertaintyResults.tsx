import type { ReactNode } from "react";
import { uncertaintyStrings } from "../i18n/uncertaintyTable";
import { memo, useMemo } from "react";
import { Body1, Body1Strong } from "@fluentui/react-components";
import { isDomainError } from "../../engine";
import { DistributionChart } from "../charts/DistributionChart";
import { SERIES_COLORS } from "../charts/colors";
import { TornadoChart } from "../charts/TornadoChart";
import { formatMillions, formatPercent } from "../i18n/format";
import { usePaneStatic, useUncertainty } from "../state/PaneContext";
import type { UncertaintyView } from "../state/uncertaintyView";
import { uncertaintyView } from "../state/uncertaintyView";
import type { PaneStrings } from "../i18n";
import { ErrorMessage } from "./ErrorMessage";
import { useFormStyles } from "./formStyles";
import { Section } from "./Section";

/**
 * How likely the investment is to pay back, from the engine's draws over the ranges: the
 * probabilities in words, the distribution of the window savings against the cost and the
 * planned repayment, and the tornado. Follows every edit in the render after it (the draws
 * are made off the critical path), the previous figures marked busy meanwhile.
 *
 * @example
 * <UncertaintyResults /> // "Sannolikheten att satsningen betalar sig inom tioårsfönstret är 80 %."
 */
export function UncertaintyResults(): ReactNode {
  const { strings } = usePaneStatic();
  // The draws trail the edit by a render (made off the critical path); stale until then.
  const { evaluation, investment, stale } = useUncertainty();
  const styles = useFormStyles();
  const u = uncertaintyStrings(strings.lang);
  const view = useMemo(
    () => (evaluation.ok ? uncertaintyView(evaluation.uncertainty, evaluation.biasCorrected, evaluation.evaluation.options.horizonYears, investment, strings) : undefined),
    [evaluation, investment, strings]
  );
  if (!evaluation.ok) return null;
  if (view === undefined) {
    return (
      <Section title={u.resultsHeading} testId="uncertainty-results" busy={stale}>
        <Body1 as="p" block className={styles.note} style={{ margin: 0 }} data-testid="uncertainty-none">
          {u.noRanges}
        </Body1>
      </Section>
    );
  }
  if (isDomainError(view)) {
    return (
      <Section title={u.resultsHeading} testId="uncertainty-results" busy={stale}>
        <ErrorMessage title={u.cannotDraw} error={view} lang={strings.lang} testId="uncertainty-error" />
      </Section>
    );
  }
  return (
    <Section title={u.resultsHeading} testId="uncertainty-results" busy={stale}>
      <Figures view={view} strings={strings} />
    </Section>
  );
}

/** The sentences and charts of one set of draws: rendered again only when the draws change, not when they turn stale. */
const Figures = memo(function Figures(props: { readonly view: UncertaintyView; readonly strings: PaneStrings }): ReactNode {
  const { view, strings } = props;
  const u = uncertaintyStrings(strings.lang);
  const h = view.histogram;
  const draws = h.counts.reduce((a, b) => a + b, 0);
  return (
    <>
      {view.sentences.map((s) => (
        <Body1 key={s.key} as="p" block style={{ margin: 0 }} data-testid={`uncertainty-${s.key}`}>
          {s.text}
        </Body1>
      ))}
      {view.biasCorrected !== undefined ? (
        <Body1 as="p" block style={{ margin: 0 }} data-testid="uncertainty-bias">
          {view.biasCorrected}
        </Body1>
      ) : null}
      <Body1Strong>{u.chartTitle}</Body1Strong>
      <DistributionChart
        histogram={h}
        barLabel={u.chartDraws}
        marks={[
          { label: u.chartCost, value: view.totalCost, color: SERIES_COLORS.cost },
          ...(view.plannedRepayment === undefined ? [] : [{ label: u.chartRepayment, value: view.plannedRepayment, color: SERIES_COLORS.actual, dashed: true }])
        ]}
        ariaLabel={u.describeChart({
          low: formatMillions(h.from),
          high: formatMillions(h.from + h.width * h.counts.length),
          cost: formatMillions(view.totalCost),
          below: formatPercent(draws === 0 ? 0 : h.countBelow / draws, 0)
        })}
        formatValue={formatMillions}
        unit={strings.millions}
        testId="uncertainty-chart"
      />
      {view.tornado.length > 0 ? (
        <>
          <Body1Strong>{u.tornadoTitle}</Body1Strong>
          <TornadoChart
            rows={view.tornado}
            base={view.baseWindow}
            cost={view.totalCost}
            lowLabel={u.tornadoLow}
            highLabel={u.tornadoHigh}
            costLabel={u.chartCost}
            ariaLabel={u.describeTornado({ first: view.tornado[0]?.label ?? "", swing: formatMillions(view.tornado[0]?.swing ?? 0) })}
            formatValue={formatMillions}
            unit={strings.millions}
            testId="uncertainty-tornado"
          />
        </>
      ) : null}
    </>
  );
});
