import type { ReactNode } from "react";
import { uncertaintyStrings } from "../i18n/uncertaintyTable";
import { useMemo } from "react";
import { Body1, Body1Strong } from "@fluentui/react-components";
import { isDomainError } from "../../engine";
import { DistributionChart } from "../charts/DistributionChart";
import { SERIES_COLORS } from "../charts/colors";
import { TornadoChart } from "../charts/TornadoChart";
import { formatMillions, formatPercent } from "../i18n/format";
import { useDraft, useEvaluation, usePaneStatic } from "../state/PaneContext";
import { uncertaintyView } from "../state/uncertaintyView";
import { ErrorMessage } from "./ErrorMessage";
import { useFormStyles } from "./formStyles";
import { Section } from "./Section";

/**
 * How likely the investment is to pay back, from the engine's draws over the ranges: the
 * probabilities in words, the distribution of the window savings against the cost and the
 * planned repayment, and the tornado. Follows every edit in the same render.
 *
 * @example
 * <UncertaintyResults /> // "Sannolikheten att satsningen betalar sig inom tioårsfönstret är 80 %."
 */
export function UncertaintyResults(): ReactNode {
  const { strings } = usePaneStatic();
  const evaluation = useEvaluation();
  const draft = useDraft();
  const styles = useFormStyles();
  const u = uncertaintyStrings(strings.lang);
  const view = useMemo(
    () => (evaluation.ok ? uncertaintyView(evaluation.uncertainty, evaluation.biasCorrected, evaluation.evaluation.options.horizonYears, draft.investment, strings) : undefined),
    [evaluation, draft.investment, strings]
  );
  if (!evaluation.ok) return null;
  if (view === undefined) {
    return (
      <Section title={u.resultsHeading} testId="uncertainty-results">
        <Body1 as="p" block className={styles.note} style={{ margin: 0 }} data-testid="uncertainty-none">
          {u.noRanges}
        </Body1>
      </Section>
    );
  }
  if (isDomainError(view)) {
    return (
      <Section title={u.resultsHeading} testId="uncertainty-results">
        <ErrorMessage title={u.cannotDraw} error={view} lang={strings.lang} testId="uncertainty-error" />
      </Section>
    );
  }
  const h = view.histogram;
  const draws = h.counts.reduce((a, b) => a + b, 0);
  return (
    <Section title={u.resultsHeading} testId="uncertainty-results">
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
    </Section>
  );
}
