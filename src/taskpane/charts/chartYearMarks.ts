/** What a chart over years marks: the approval window and the end year, by position among its years. */

/** Positions (indices into the chart's years) and labels. */
export interface ChartYearMarks {
  /** The first and last position inside the window. */
  readonly window?: { readonly from: number; readonly to: number; readonly label: string };
  /** The end year's position: the line is drawn after it. */
  readonly end?: { readonly index: number; readonly label: string };
}

/**
 * The marks for a chart whose positions are `years`, given the window and the end year.
 *
 * @example
 * chartYearMarks([2018, 2019, 2020], { first: 2020, last: 2029 }, 2019, "Fönster 2020–2029", "Slut 2019");
 * // { window: { from: 2, to: 2, label: "Fönster 2020–2029" }, end: { index: 1, label: "Slut 2019" } }
 */
export function chartYearMarks(years: readonly number[], window: { readonly first: number; readonly last: number }, endYear: number, windowLabel: string, endLabel: string): ChartYearMarks {
  const inside = years.map((y, i) => (y >= window.first && y <= window.last ? i : -1)).filter((i) => i >= 0);
  const endIndex = years.indexOf(endYear);
  return {
    ...(inside.length > 0 ? { window: { from: inside[0] as number, to: inside[inside.length - 1] as number, label: windowLabel } } : {}),
    ...(endIndex >= 0 ? { end: { index: endIndex, label: endLabel } } : {})
  };
}
