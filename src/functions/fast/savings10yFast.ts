import { inWindow } from "../../engine/window";
import { flatCells, isYear, numberOr } from "./flatCells";

const MAX_WHOLE = 1e12;
const MAX_CELLS = 9000;

/**
 * SAVINGS10Y's fast path for the common case: undiscounted, every saving a whole number of
 * kronor (|s| < 10^12), years whole and increasing, no blanks, at most 9 000 cells. The
 * sum of such integers is exact in a double, so the answer is the decimal path's to the
 * öre. Anything else returns undefined and the general path (which also names errors) runs.
 *
 * @example
 * savings10yFast([[0, 2.7e6, 5.4e6, 8.1e6]], [[2017, 2018, 2019, 2020]], 2019, null, null, null); // 8100000
 */
export function savings10yFast(savings: unknown, years: unknown, endYear: unknown, discountRate: unknown, baseYear: unknown, includeDuring: unknown): number | undefined {
  if (numberOr(discountRate, 0) !== 0) return undefined;
  if (!isYear(endYear)) return undefined;
  if (!(baseYear === null || baseYear === undefined || baseYear === "" || isYear(baseYear))) return undefined;
  let during = false;
  if (includeDuring === true) during = true;
  else if (!(includeDuring === false || includeDuring === null || includeDuring === undefined || includeDuring === "")) return undefined;
  const s = flatCells(savings);
  const y = flatCells(years);
  if (!s || !y || s.length !== y.length || s.length > MAX_CELLS) return undefined;
  let previous = 0;
  let total = 0;
  for (let i = 0; i < y.length; i++) {
    const year = y.at(i);
    if (!isYear(year) || year <= previous) return undefined;
    previous = year;
    const v = s.at(i);
    if (typeof v !== "number" || !Number.isInteger(v) || v >= MAX_WHOLE || v <= -MAX_WHOLE) return undefined;
    if (inWindow(year, endYear, 10, during)) total += v;
  }
  return total === 0 ? 0 : total;
}
