/**
 * Which years the approval test counts (the engine's window, {@link inWindow}) and which
 * the payback year counts, for the pane's explanation and the charts' marks.
 */
import type { WindowOptions } from "../../engine";
import { inWindow } from "../../engine";

/** The window's first and last year. */
export interface WindowYears {
  readonly first: number;
  readonly last: number;
}

/**
 * The window's years: with `includeDuring` from the first year of the timeline, otherwise
 * from the year after the end year; to the end year + the horizon.
 *
 * @example
 * windowYears([2017, …, 2029], { endYear: 2019, horizonYears: 10, includeDuring: false }); // { first: 2020, last: 2029 }
 */
export function windowYears(years: readonly number[], o: Pick<WindowOptions, "endYear" | "horizonYears" | "includeDuring">): WindowYears {
  const counted = years.filter((y) => inWindow(y, o.endYear, o.horizonYears, o.includeDuring));
  return { first: counted[0] ?? o.endYear + 1, last: o.endYear + o.horizonYears };
}
