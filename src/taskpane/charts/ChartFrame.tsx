import type { ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { LegendItem } from "./ChartLegend";
import { ChartLegend } from "./ChartLegend";
import { SERIES_COLORS } from "./colors";
import type { ChartBox, ValueAxis } from "./scale";

/** What the frame around a chart's plot needs. */
export interface ChartFrameProps {
  readonly box: ChartBox;
  readonly axis: ValueAxis;
  readonly formatTick: (value: number) => string;
  /** What the chart shows, in words, for screen readers (role="img"). */
  readonly ariaLabel: string;
  readonly legend: readonly LegendItem[];
  readonly testId?: string;
  /** The plot itself (bars, lines, labels), drawn over the grid. */
  readonly children: ReactNode;
}

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block", fontFamily: tokens.fontFamilyBase },
  figure: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS }
});

/**
 * What every pane chart has around its plot: the figure, the SVG with its text
 * alternative, a grid line and label per value tick, and the legend underneath.
 *
 * @example
 * <ChartFrame box={BOX} axis={valueAxis(values, BOX)} formatTick={formatMillions} ariaLabel="…" legend={series}>
 *   {bars}
 * </ChartFrame>
 */
export function ChartFrame(props: ChartFrameProps): ReactNode {
  const styles = useStyles();
  const { width: w, height: h, margin: m } = props.box;
  const { ticks, y } = props.axis;
  return (
    <figure className={styles.figure} data-testid={props.testId}>
      <svg role="img" aria-label={props.ariaLabel} viewBox={`0 0 ${w} ${h}`} className={styles.svg}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={m.left} x2={w - m.right} y1={y(t)} y2={y(t)} style={{ stroke: SERIES_COLORS.grid }} strokeWidth={1} />
            <text x={m.left - 4} y={y(t) + 3} textAnchor="end" fontSize={9} style={{ fill: SERIES_COLORS.axis }}>
              {props.formatTick(t)}
            </text>
          </g>
        ))}
        {props.children}
      </svg>
      <ChartLegend items={props.legend} />
    </figure>
  );
}
