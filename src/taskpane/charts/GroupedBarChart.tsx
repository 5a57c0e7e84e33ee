import type { ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { ChartLegend } from "./ChartLegend";
import { SERIES_COLORS } from "./colors";
import { labelEvery, niceTicks } from "./scale";

/** One series: a bar in each group. */
export interface BarSeries {
  readonly label: string;
  readonly values: readonly number[];
  readonly color: string;
}

/** What the grouped bar chart draws. */
export interface GroupedBarChartProps {
  readonly groups: readonly string[];
  readonly series: readonly BarSeries[];
  readonly ariaLabel: string;
  readonly formatTick: (value: number) => string;
  readonly testId?: string;
}

const W = 320;
const H = 170;
const M = { left: 34, right: 6, top: 10, bottom: 22 };

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block", fontFamily: tokens.fontFamilyBase },
  figure: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS }
});

/**
 * Grouped bars in plain SVG: one group per scenario (or year), one bar per series.
 *
 * @example
 * <GroupedBarChart groups={["Nuvarande", "Hälften"]} series={[{ label: "Kostnad", values: [12.2e6, 12.2e6], color: SERIES_COLORS.cost }]} ariaLabel="…" formatTick={formatMillions} />
 */
export function GroupedBarChart(props: GroupedBarChartProps): ReactNode {
  const styles = useStyles();
  const groups = props.groups.length;
  const max = Math.max(0, ...props.series.flatMap((s) => s.values));
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1] as number;
  const plotW = W - M.left - M.right;
  const groupW = plotW / Math.max(1, groups);
  const barW = Math.max(1, (groupW * 0.8) / Math.max(1, props.series.length));
  const y = (v: number): number => H - M.bottom - (Math.max(0, v) / top) * (H - M.top - M.bottom);
  const every = labelEvery(groups, 6);
  const clip = (text: string): string => (text.length > 14 ? `${text.slice(0, 13)}…` : text);
  return (
    <figure className={styles.figure} data-testid={props.testId}>
      <svg role="img" aria-label={props.ariaLabel} viewBox={`0 0 ${W} ${H}`} className={styles.svg}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} style={{ stroke: SERIES_COLORS.grid }} strokeWidth={1} />
            <text x={M.left - 4} y={y(t) + 3} textAnchor="end" fontSize={9} style={{ fill: SERIES_COLORS.axis }}>
              {props.formatTick(t)}
            </text>
          </g>
        ))}
        {props.groups.map((group, g) => (
          <g key={`${group}-${g}`}>
            {props.series.map((s, k) => {
              const v = s.values[g] ?? 0;
              return <rect key={s.label} x={M.left + g * groupW + groupW * 0.1 + k * barW} y={y(v)} width={barW - 1} height={H - M.bottom - y(v)} style={{ fill: s.color }} />;
            })}
            {g % every === 0 ? (
              <text x={M.left + g * groupW + groupW / 2} y={H - 8} textAnchor="middle" fontSize={9} style={{ fill: SERIES_COLORS.axis }}>
                {clip(group)}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <ChartLegend items={props.series} />
    </figure>
  );
}
