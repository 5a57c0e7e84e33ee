/** The marks a chart over years carries: the approval window as a band and the end year as a line. */
import type { ReactNode } from "react";
import { tokens } from "@fluentui/react-components";
import { SERIES_COLORS } from "./colors";

/** Positions are in the chart's own units: the band's left and right edges, the end line's x. */
export interface YearMarksProps {
  readonly band?: { readonly x1: number; readonly x2: number; readonly label: string };
  readonly end?: { readonly x: number; readonly label: string };
  readonly top: number;
  readonly bottom: number;
}

/**
 * The window band (drawn first, behind the series) and the end-year line, each labelled.
 *
 * @example
 * <YearMarks band={{ x1: 120, x2: 300, label: "Fönster 2020–2029" }} end={{ x: 110, label: "Slut 2019" }} top={10} bottom={150} />
 */
export function YearMarks(props: YearMarksProps): ReactNode {
  const { band, end, top, bottom } = props;
  return (
    <g data-testid="chart-year-marks">
      {band ? (
        <g data-testid="chart-window">
          <rect x={band.x1} y={top} width={Math.max(0, band.x2 - band.x1)} height={bottom - top} style={{ fill: tokens.colorNeutralBackground3 }} />
          <text x={band.x2 - 2} y={bottom - 3} textAnchor="end" fontSize={8} style={{ fill: SERIES_COLORS.axis }}>
            {band.label}
          </text>
        </g>
      ) : null}
      {end ? (
        <g data-testid="chart-end-year">
          <line x1={end.x} x2={end.x} y1={top} y2={bottom} style={{ stroke: SERIES_COLORS.axis }} strokeWidth={1} />
          <text x={end.x - 2} y={top + 18} textAnchor="end" fontSize={8} style={{ fill: SERIES_COLORS.axis }}>
            {end.label}
          </text>
        </g>
      ) : null}
    </g>
  );
}
