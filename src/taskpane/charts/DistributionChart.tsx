import type { ReactNode } from "react";
import type { Histogram } from "../state/histogram";
import { ChartFrame } from "./ChartFrame";
import type { LegendItem } from "./ChartLegend";
import { SERIES_COLORS } from "./colors";
import type { ChartBox } from "./scale";
import { valueAxis } from "./scale";

/** A vertical line at a value (the cost, the planned repayment). */
export interface ValueMark {
  readonly label: string;
  readonly value: number;
  readonly color: string;
  readonly dashed?: boolean;
}

/** What the distribution chart draws. */
export interface DistributionChartProps {
  readonly histogram: Histogram;
  /** The bars' legend entry. */
  readonly barLabel: string;
  readonly marks: readonly ValueMark[];
  readonly ariaLabel: string;
  /** Labels of the x axis (millions of kronor). */
  readonly formatValue: (value: number) => string;
  /** The values' unit, after the top value ("mnkr"). */
  readonly unit: string;
  readonly testId?: string;
}

const W = 320;
const H = 150;
const M = { left: 34, right: 8, top: 10, bottom: 22 };
const BOX: ChartBox = { width: W, height: H, margin: M };

/**
 * The draws' window savings as bars (how many draws per bin), with a line at the total
 * cost and at the planned repayment: the bars right of the cost line are the draws in
 * which the investment pays back. Plain SVG, as the pane's other charts.
 *
 * @example
 * <DistributionChart histogram={histogram(sim.window, 24, [cost], cost)} barLabel="Dragningar" marks={[{ label: "Total kostnad", value: 12.2e6, color: SERIES_COLORS.cost }]} ariaLabel="…" formatValue={formatMillions} />
 */
export function DistributionChart(props: DistributionChartProps): ReactNode {
  const { counts, from, width } = props.histogram;
  const n = Math.max(1, counts.length);
  const axis = valueAxis(counts, BOX);
  const plotW = W - M.left - M.right;
  const to = from + width * n;
  const x = (v: number): number => M.left + ((v - from) / (to - from)) * plotW;
  const barW = plotW / n;
  const legend: LegendItem[] = [{ label: props.barLabel, color: SERIES_COLORS.savings }, ...props.marks.map((m) => ({ label: m.label, color: m.color, dashed: m.dashed === true }))];
  const ticks = [from, from + (to - from) / 2, to];
  return (
    <ChartFrame box={BOX} axis={axis} formatTick={(v) => String(v)} ariaLabel={props.ariaLabel} legend={legend} testId={props.testId}>
      {counts.map((c, k) => (
        <rect key={k} x={M.left + k * barW} y={axis.y(c)} width={Math.max(0.5, barW - 1)} height={H - M.bottom - axis.y(c)} style={{ fill: SERIES_COLORS.savings }} />
      ))}
      {props.marks.map((m) => (
        <line
          key={m.label}
          x1={x(m.value)}
          x2={x(m.value)}
          y1={M.top}
          y2={H - M.bottom}
          strokeWidth={2}
          strokeDasharray={m.dashed === true ? "4 3" : undefined}
          style={{ stroke: m.color }}
          data-testid={props.testId ? `${props.testId}-mark` : undefined}
        />
      ))}
      {ticks.map((t, i) => (
        <text key={i} x={x(t)} y={H - 8} textAnchor={i === 0 ? "start" : i === 2 ? "end" : "middle"} fontSize={9} style={{ fill: SERIES_COLORS.axis }}>
          {i === 2 ? `${props.formatValue(t)} ${props.unit}` : props.formatValue(t)}
        </text>
      ))}
    </ChartFrame>
  );
}
