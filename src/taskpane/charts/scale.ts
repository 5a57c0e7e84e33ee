/** Axis arithmetic for the pane's SVG charts. */

/**
 * Round tick values from 0 to at least `max`, about `count` of them.
 *
 * @example
 * niceTicks(16200000, 4); // [0, 5000000, 10000000, 15000000, 20000000]
 * niceTicks(0, 4);        // [0, 1]
 */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power) as number;
  const ticks: number[] = [];
  for (let v = 0; v < max + step / 2 && ticks.length < 50; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  if ((ticks[ticks.length - 1] as number) < max) ticks.push((ticks[ticks.length - 1] as number) + step);
  return ticks;
}

/**
 * Which of `n` x labels to print so that about `room` fit.
 *
 * @example
 * labelEvery(13, 7); // 2: every second year is labelled
 */
export function labelEvery(n: number, room: number): number {
  return Math.max(1, Math.ceil(n / Math.max(1, room)));
}

/** The vertical axis of a chart: its round ticks and where a value lands. */
export interface ValueAxis {
  /** Tick values from 0 up to the top of the axis. */
  readonly ticks: readonly number[];
  /** The SVG y coordinate of a value (negative values sit on the zero line). */
  readonly y: (value: number) => number;
}

/** A chart's drawing area: its size and the margins around the plot. */
export interface ChartBox {
  readonly width: number;
  readonly height: number;
  readonly margin: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
}

/**
 * The value axis for `values` in `box`: zero at the bottom of the plot, the top tick at its top.
 *
 * @example
 * const axis = valueAxis([0, 16.2e6], { width: 320, height: 170, margin: { left: 34, right: 6, top: 10, bottom: 22 } });
 * axis.ticks;      // [0, 5000000, 10000000, 15000000, 20000000]
 * axis.y(20e6);    // 10
 */
export function valueAxis(values: readonly number[], box: ChartBox): ValueAxis {
  const ticks = niceTicks(Math.max(0, ...values));
  const top = ticks[ticks.length - 1] as number;
  const { height: h, margin: m } = box;
  return { ticks, y: (v) => h - m.bottom - (Math.max(0, v) / top) * (h - m.top - m.bottom) };
}
