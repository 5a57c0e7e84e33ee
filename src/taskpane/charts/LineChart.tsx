import type { ReactNode } from "react";
import { ChartFrame } from "./ChartFrame";
import type { ChartYearMarks } from "./chartYearMarks";
import { YearMarks } from "./YearMarks";
import { SERIES_COLORS } from "./colors";
import type { ChartBox } from "./scale";
import { labelEvery, valueAxis } from "./scale";

/** One line of the chart. */
export interface LineSeries {
  readonly label: string;
  readonly values: readonly number[];
  readonly color: string;
  readonly dashed?: boolean;
}

/** What the line chart draws. */
export interface LineChartProps {
  readonly xLabels: readonly (string | number)[];
  readonly series: readonly LineSeries[];
  /** What the chart shows, in words, for screen readers (role="img"). */
  readonly ariaLabel: string;
  readonly formatTick: (value: number) => string;
  /** A vertical marker at one x position, e.g. the payback year. */
  readonly marker?: { readonly index: number; readonly label: string };
  /** The approval window (positions of its first and last year shown) and the end year's position, marked. */
  readonly years?: ChartYearMarks;
  readonly testId?: string;
}

const W = 320;
const H = 170;
const M = { left: 34, right: 14, top: 10, bottom: 20 };
const BOX: ChartBox = { width: W, height: H, margin: M };

/**
 * A line chart in plain SVG (no chart library), with round ticks, a legend and a text
 * alternative.
 *
 * @example
 * <LineChart xLabels={[2017, 2018]} series={[{ label: "Besparing", values: [0, 2.7e6], color: SERIES_COLORS.savings }]} ariaLabel="…" formatTick={formatMillions} />
 */
export function LineChart(props: LineChartProps): ReactNode {
  const n = props.xLabels.length;
  const axis = valueAxis(props.series.flatMap((s) => s.values), BOX);
  const x = (i: number): number => M.left + (n <= 1 ? 0 : (i * (W - M.left - M.right)) / (n - 1));
  const y = axis.y;
  const every = labelEvery(n, 7);
  const half = n <= 1 ? 0 : (W - M.left - M.right) / (n - 1) / 2;
  return (
    <ChartFrame box={BOX} axis={axis} formatTick={props.formatTick} ariaLabel={props.ariaLabel} legend={props.series} testId={props.testId}>
      {props.years ? (
        <YearMarks
          top={M.top}
          bottom={H - M.bottom}
          band={props.years.window ? { x1: x(props.years.window.from) - half, x2: Math.min(W - M.right, x(props.years.window.to) + half), label: props.years.window.label } : undefined}
          end={props.years.end ? { x: x(props.years.end.index) + half, label: props.years.end.label } : undefined}
        />
      ) : null}
      {props.xLabels.map((label, i) =>
        i % every === 0 ? (
          <text key={String(label)} x={x(i)} y={H - 6} textAnchor="middle" fontSize={9} style={{ fill: SERIES_COLORS.axis }}>
            {label}
          </text>
        ) : null
      )}
      {props.marker ? (
        <g>
          <line x1={x(props.marker.index)} x2={x(props.marker.index)} y1={M.top} y2={H - M.bottom} style={{ stroke: SERIES_COLORS.axis }} strokeDasharray="2 2" />
          <text x={Math.min(x(props.marker.index) + 3, W - 60)} y={M.top + 8} fontSize={9} style={{ fill: SERIES_COLORS.axis }}>
            {props.marker.label}
          </text>
        </g>
      ) : null}
      {props.series.map((s) => (
        <polyline
          key={s.label}
          points={s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ")}
          fill="none"
          style={{ stroke: s.color }}
          strokeWidth={2}
          strokeDasharray={s.dashed ? "5 3" : undefined}
        />
      ))}
    </ChartFrame>
  );
}
