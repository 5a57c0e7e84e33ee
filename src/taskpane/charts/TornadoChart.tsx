import type { ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { ChartLegend } from "./ChartLegend";
import { SERIES_COLORS } from "./colors";

/** One bar: an input's name and the savings at its lowest and highest value (the others at base). */
export interface TornadoRow {
  readonly label: string;
  readonly atLow: number;
  readonly atHigh: number;
}

/** What the tornado draws. */
export interface TornadoChartProps {
  readonly rows: readonly TornadoRow[];
  /** The base case's window savings: where every bar turns. */
  readonly base: number;
  /** The total cost, as a line (bars across it decide the approval). */
  readonly cost: number;
  readonly lowLabel: string;
  readonly highLabel: string;
  readonly costLabel: string;
  readonly ariaLabel: string;
  readonly formatValue: (value: number) => string;
  /** The values' unit, after the top value ("mnkr"). */
  readonly unit: string;
  readonly testId?: string;
}

const W = 320;
const ROW = 30;
const M = { left: 6, right: 6, top: 4, bottom: 16 };
/** At most this many bars (decided here: beyond eight inputs the chart no longer fits a pane's screen; the widest come first). */
export const TORNADO_ROWS = 8;

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block", fontFamily: tokens.fontFamilyBase },
  figure: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS }
});

const clip = (text: string): string => (text.length > 52 ? `${text.slice(0, 51)}…` : text);

/**
 * The tornado: one horizontal bar per uncertain input, widest swing first, from the window
 * savings at its lowest value to those at its highest (every other input at its base), the
 * part below the base in one colour and above it in another, with the base and the cost as
 * lines. Each bar's name stands above it, so the chart fits a 350-pixel pane.
 *
 * @example
 * <TornadoChart rows={[{ label: "Andel: Placeringar", atLow: 5.4e6, atHigh: 27e6 }]} base={16.2e6} cost={12.2e6} … />
 */
export function TornadoChart(props: TornadoChartProps): ReactNode {
  const styles = useStyles();
  const rows = props.rows.slice(0, TORNADO_ROWS);
  const values = [props.base, props.cost, ...rows.flatMap((r) => [r.atLow, r.atHigh])];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi > lo ? hi - lo : 1;
  const plotW = W - M.left - M.right;
  const x = (v: number): number => M.left + ((v - lo) / span) * plotW;
  const H = M.top + rows.length * ROW + M.bottom;
  const low = tokens.colorPaletteDarkOrangeBorderActive;
  const high = SERIES_COLORS.savings;
  return (
    <figure className={styles.figure} data-testid={props.testId}>
      <svg role="img" aria-label={props.ariaLabel} viewBox={`0 0 ${W} ${H}`} className={styles.svg}>
        <line x1={x(props.base)} x2={x(props.base)} y1={M.top + 12} y2={H - M.bottom} strokeWidth={1} style={{ stroke: tokens.colorNeutralForeground1 }} />
        <line x1={x(props.cost)} x2={x(props.cost)} y1={M.top + 12} y2={H - M.bottom} strokeWidth={2} strokeDasharray="4 3" style={{ stroke: SERIES_COLORS.cost }} />
        {rows.map((r, i) => {
          const top = M.top + i * ROW;
          const a = Math.min(r.atLow, r.atHigh);
          const b = Math.max(r.atLow, r.atHigh);
          return (
            <g key={`${r.label}-${i}`} data-testid={props.testId ? `${props.testId}-bar` : undefined}>
              {/* The name over the lines, with a halo in the background colour so a line does not cross it. */}
              <text x={M.left} y={top + 10} fontSize={9} paintOrder="stroke" strokeWidth={3} style={{ fill: tokens.colorNeutralForeground2, stroke: tokens.colorNeutralBackground1 }}>
                {clip(r.label)}
              </text>
              <rect x={x(Math.min(a, props.base))} y={top + 14} width={Math.max(0.5, x(props.base) - x(Math.min(a, props.base)))} height={12} style={{ fill: r.atLow <= r.atHigh ? low : high }} />
              <rect x={x(props.base)} y={top + 14} width={Math.max(0.5, x(Math.max(b, props.base)) - x(props.base))} height={12} style={{ fill: r.atLow <= r.atHigh ? high : low }} />
            </g>
          );
        })}
        <text x={M.left} y={H - 4} fontSize={9} style={{ fill: SERIES_COLORS.axis }}>
          {props.formatValue(lo)}
        </text>
        <text x={W - M.right} y={H - 4} fontSize={9} textAnchor="end" style={{ fill: SERIES_COLORS.axis }}>
          {`${props.formatValue(hi)} ${props.unit}`}
        </text>
      </svg>
      <ChartLegend
        items={[
          { label: props.lowLabel, color: low },
          { label: props.highLabel, color: high },
          { label: props.costLabel, color: SERIES_COLORS.cost, dashed: true }
        ]}
      />
    </figure>
  );
}
