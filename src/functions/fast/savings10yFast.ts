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
  // A single row (the common layout) is read in place; a column through flatCells.
  const rowS = singleRow(savings);
  const rowY = singleRow(years);
  if (rowS && rowY) return rowS.length === rowY.length ? sumWindow((i) => rowS[i], (i) => rowY[i], rowS.length, endYear, during) : undefined;
  const s = flatCells(savings);
  const y = flatCells(years);
  if (!s || !y || s.length !== y.length) return undefined;
  return sumWindow(s.at, y.at, s.length, endYear, during);
}

function singleRow(range: unknown): readonly unknown[] | undefined {
  if (!Array.isArray(range) || range.length !== 1) return undefined;
  const row: unknown = range[0];
  return Array.isArray(row) && row.length >= 2 ? row : undefined;
}

function sumWindow(saving: (i: number) => unknown, yearAt: (i: number) => unknown, n: number, endYear: number, during: boolean): number | undefined {
  if (n > MAX_CELLS) return undefined;
  let previous = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const year = yearAt(i);
    if (!isYear(year) || year <= previous) return undefined;
    previous = year;
    const v = saving(i);
    if (typeof v !== "number" || !Number.isInteger(v) || v >= MAX_WHOLE || v <= -MAX_WHOLE) return undefined;
    if (inWindow(year, endYear, 10, during)) total += v;
  }
  return total === 0 ? 0 : total;
}
