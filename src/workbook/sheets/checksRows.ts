/**
 * One row of the checks sheet as data, and how it is written: description, the value found,
 * the value expected, the difference and OK (TRUE/FALSE), each a live formula carrying the
 * plan's value. An OK cell is never an error: anything that cannot be compared is not OK.
 */
import type { Dec } from "../../engine";
import { oreNumber } from "../../engine";
import { cellRef } from "../../sheetModel/a1";
import type { SheetBuilder } from "../sheetBuilder";
import type { Amount, Figure } from "./checksPlan";

/**
 * The tolerance for amounts (kronor): half an öre, so parts rounded to öre that add up pass
 * and a part off by one öre fails. Written on the sheet, where the formulas read it.
 */
export const MONEY_TOLERANCE = 0.005;

/**
 * A check:
 * - "sum": two amounts agree within the tolerance (parts against their total);
 * - "atMost": the first amount does not exceed the second by more than the tolerance;
 * - "count": a count of problems (cells out of range, lookups not found) is 0;
 * - "same": a value equals the one expected (a number or TRUE/FALSE).
 */
export type CheckRow =
  | { readonly kind: "sum" | "atMost"; readonly description: string; readonly found: Figure<Amount>; readonly expected: Figure<Amount> }
  | { readonly kind: "count"; readonly description: string; readonly found: Figure<number | undefined> }
  | {
      readonly kind: "same";
      readonly description: string;
      readonly found: Figure<number | boolean | string | null>;
      readonly expected: number | boolean;
      readonly numFmt?: string;
    };

/** Number formats of the checks sheet (from the template). */
export interface CheckFormats {
  readonly money: string;
  readonly integer: string;
}

/** Columns of the checks sheet. */
export const CHECK_COLUMNS = { description: 1, found: 2, expected: 3, difference: 4, ok: 5 } as const;

function optional<T>(value: T | undefined): { expect?: T } {
  return value === undefined ? {} : { expect: value };
}

/**
 * Whether a check passes on the plan's values, by the rule its OK formula applies; undefined
 * when a value is unknown (a cell the engine could give no value).
 *
 * @example
 * checkPasses({ kind: "count", description: "…", found: { formula: "…", value: 0 } }); // true
 */
export function checkPasses(row: CheckRow): boolean | undefined {
  switch (row.kind) {
    case "sum":
    case "atMost": {
      const [f, e] = [row.found.value, row.expected.value];
      if (f === undefined || e === undefined) return undefined;
      const d = f.minus(e);
      return (row.kind === "sum" ? d.abs() : d).lte(MONEY_TOLERANCE);
    }
    case "count":
      return row.found.value === undefined ? undefined : row.found.value === 0;
    case "same":
      return typeof row.found.value === typeof row.expected && row.found.value === row.expected;
  }
}

function ore(x: Dec | undefined): number | undefined {
  return x === undefined ? undefined : oreNumber(x);
}

/**
 * Writes one check on row `r`: description, found, expected, difference and OK. `tolerance`
 * is the absolute reference of the tolerance cell. Returns whether it passes on the plan.
 *
 * @example
 * writeCheckRow(b, row, 12, "$B$6", { money: "#,##0.00", integer: "0" });
 * // B12 = the found formula, C12 the expected, D12 =B12-C12, E12 =IFERROR(ABS(D12)<=$B$6,FALSE())
 */
export function writeCheckRow(b: SheetBuilder, row: CheckRow, r: number, tolerance: string, fmt: CheckFormats): boolean | undefined {
  const C = CHECK_COLUMNS;
  const found = cellRef(r, C.found);
  const expected = cellRef(r, C.expected);
  const difference = cellRef(r, C.difference);
  const passes = checkPasses(row);
  b.value(r, C.description, row.description);
  switch (row.kind) {
    case "sum":
    case "atMost": {
      b.formula(r, C.found, row.found.formula, { numFmt: fmt.money, ...optional(ore(row.found.value)) });
      b.formula(r, C.expected, row.expected.formula, { numFmt: fmt.money, ...optional(ore(row.expected.value)) });
      const d = row.found.value && row.expected.value ? row.found.value.minus(row.expected.value) : undefined;
      b.formula(r, C.difference, `${found}-${expected}`, { numFmt: fmt.money, ...optional(ore(d)) });
      const test = row.kind === "sum" ? `ABS(${difference})<=${tolerance}` : `${difference}<=${tolerance}`;
      b.formula(r, C.ok, `IFERROR(${test},FALSE())`, { style: "result", ...optional(passes) });
      break;
    }
    case "count":
      b.formula(r, C.found, row.found.formula, { numFmt: fmt.integer, ...optional(row.found.value) });
      b.value(r, C.expected, 0, { numFmt: fmt.integer });
      b.formula(r, C.difference, `${found}-${expected}`, { numFmt: fmt.integer, ...optional(row.found.value) });
      b.formula(r, C.ok, `IFERROR(${difference}=0,FALSE())`, { style: "result", ...optional(passes) });
      break;
    case "same": {
      const numFmt = row.numFmt ? { numFmt: row.numFmt } : {};
      const value = row.found.value;
      // A blank parameter reads as 0 in a formula.
      b.formula(r, C.found, row.found.formula, { ...numFmt, expect: value ?? 0 });
      b.value(r, C.expected, row.expected, numFmt);
      const isNumber = typeof row.expected === "number";
      if (isNumber) b.formula(r, C.difference, `${found}-${expected}`, { ...numFmt, ...(typeof value === "number" ? { expect: value - (row.expected as number) } : {}) });
      const kind = isNumber ? `ISNUMBER(${found})` : `ISLOGICAL(${found})`;
      b.formula(r, C.ok, `IFERROR(AND(${kind},${found}=${expected}),FALSE())`, { style: "result", expect: passes === true });
      break;
    }
  }
  return passes;
}
