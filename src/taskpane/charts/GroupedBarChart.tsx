import type { ReactNode } from "react";
import { ChartFrame } from "./ChartFrame";
import type { ChartYearMarks } from "./chartYearMarks";
import { YearMarks } from "./YearMarks";
import { SERIES_COLORS } from "./colors";
import type { ChartBox } from "./scale";
import { labelEvery, valueAxis } from "./scale";

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
  /** The approval window and the end year by group position (groups that are years). */
  readonly years?: ChartYearMarks;
}

const W = 320;
const H = 170;
const M = { left: 34, right: 6, top: 10, bottom: 22 };
const BOX: ChartBox = { width: W, height: H, margin: M };

/**
 * Grouped bars in plain SVG: one group per scenario (or year), one bar per series.
 *
 * @example
 * <GroupedBarChart groups={["Nuvarande", "Hälften"]} series={[{ label: "Kostnad", values: [12.2e6, 12.2e6], color: SERIES_COLORS.cost }]} ariaLabel="…" formatTick={formatMillions} />
 */
export function GroupedBarChart(props: GroupedBarChartProps): ReactNode {
  const groups = props.groups.length;
  const axis = valueAxis(props.series.flatMap((s) => s.values), BOX);
  const plotW = W - M.left - M.right;
  const groupW = plotW / Math.max(1, groups);
  const barW = Math.max(1, (groupW * 0.8) / Math.max(1, props.series.length));
  const y = axis.y;
  const every = labelEvery(groups, 6);
  const clip = (text: string): string => (text.length > 14 ? `${text.slice(0, 13)}…` : text);
  return (
    <ChartFrame box={BOX} axis={axis} formatTick={props.formatTick} ariaLabel={props.ariaLabel} legend={props.series} testId={props.testId}>
      {props.years ? (
        <YearMarks
          top={M.top}
          bottom={H - M.bottom}
          band={props.years.window ? { x1: M.left + props.years.window.from * groupW, x2: M.left + (props.years.window.to + 1) * groupW, label: props.years.window.label } : undefined}
          end={props.years.end ? { x: M.left + (props.years.end.index + 1) * groupW, label: props.years.end.label } : undefined}
        />
      ) : null}
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
    </ChartFrame>
  );
}
