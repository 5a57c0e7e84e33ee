import { checkYears } from "../engine/checks";
import { domainError, isDomainError } from "../engine/errors";
import { checkField, checkNumber } from "../engine/fields/checkField";
import type { NumberSpec } from "../engine/fields/fieldSpec";
import { FIELDS } from "../engine/fields/fieldTable";
import type { NumberFieldName } from "../engine/fields/fieldTable";
import type { Result } from "../engine/result";
import { at, describe, isBlank } from "./cells";
import { requiredField } from "./fieldArgs";
import type { Vector } from "./vectors";
import { checkSameLength } from "./vectors";

/** Values paired with years, blank pairs dropped. */
export interface YearSeries {
  /** Positions (0-based) in the original ranges of the kept pairs. */
  readonly positions: readonly number[];
  readonly years: readonly number[];
  /** Finite numbers; a blank value beside a year is 0. */
  readonly values: readonly number[];
}

/** How a year series is read. */
export interface YearSeriesOptions {
  /** Years must rise (REPAYMENTPLAN, PAYBACK, COHORTSAVINGS). */
  readonly increasing: boolean;
  /** The field of the values (volumes, savings), whose bounds every value must keep. */
  readonly field: NumberFieldName;
}

/**
 * Values with their years: same length; a pair with both blank is skipped; a blank year
 * next to a value is an error; a blank value with a year counts as 0; years are whole
 * years of the field table, never repeated (and increasing when asked); every value keeps
 * its field's bounds.
 *
 * @example
 * const s = yearSeries(toVector([[5, 7]], "savings") as Vector, "savings", toVector([[2020, 2021]], "years") as Vector, "years", { increasing: true, field: "savings" });
 * (s as YearSeries).years; // [2020, 2021]
 */
export function yearSeries(values: Vector, valuesArg: string, years: Vector, yearsArg: string, options: YearSeriesOptions): Result<YearSeries> {
  const shape = checkSameLength(values, valuesArg, years, yearsArg);
  if (shape) return shape;
  // The common case, rising years each with a number in bounds, is taken as it stands: no copies.
  if (years.cells.length > 0 && risingPlain(years.cells, values.cells, FIELDS[options.field])) {
    return { positions: identity(years.cells.length), years: years.cells as number[], values: values.cells as number[] };
  }
  const positions: number[] = [];
  const ys: number[] = [];
  const vs: number[] = [];
  for (let i = 0; i < years.cells.length; i++) {
    const y = years.cells[i];
    const v = values.cells[i];
    if (isBlank(y)) {
      if (isBlank(v)) continue;
      return domainError("blankYear", { arg: yearsArg, pos: i + 1, other: valuesArg });
    }
    const year = requiredField(y, "years", at(yearsArg, i + 1));
    if (isDomainError(year)) return year;
    let amount = 0;
    if (typeof v === "number" && Number.isFinite(v)) {
      amount = v;
    } else if (!isBlank(v)) {
      return domainError("notNumber", { arg: at(valuesArg, i + 1), got: describe(v) });
    }
    const bad = checkField(options.field, amount, at(valuesArg, i + 1));
    if (bad) return bad;
    positions.push(i);
    ys.push(year);
    vs.push(amount);
  }
  if (ys.length === 0) return domainError("emptyRange", { arg: yearsArg });
  const bad = checkYears(ys, yearsArg, options.increasing, positions.map((p) => p + 1));
  return bad ?? { positions, years: ys, values: vs };
}


/**
 * Whether every pair is a year above the one before with a number, and all keep their
 * fields. Bounds are monotone, so checking the least and the greatest value (and one that is
 * not whole, if any) against the field is checking them all: the comparisons stay in
 * checkNumber, called a few times per range instead of once per cell.
 */
function risingPlain(yearCells: readonly unknown[], valueCells: readonly unknown[], spec: NumberSpec): boolean {
  const n = yearCells.length;
  let previous = -Infinity;
  let least = Infinity;
  let greatest = -Infinity;
  let fraction: number | undefined;
  let yearFraction: number | undefined;
  for (let i = 0; i < n; i++) {
    const y = yearCells[i];
    const v = valueCells[i];
    if (typeof y !== "number" || typeof v !== "number" || !(y > previous) || !Number.isFinite(v)) return false;
    if (yearFraction === undefined && !Number.isInteger(y)) yearFraction = y;
    if (fraction === undefined && !Number.isInteger(v)) fraction = v;
    if (v < least) least = v;
    if (v > greatest) greatest = v;
    previous = y;
  }
  const years = FIELDS.years;
  if (checkNumber(years, yearCells[0], "") || checkNumber(years, previous, "") || (yearFraction !== undefined && checkNumber(years, yearFraction, ""))) return false;
  return !(checkNumber(spec, least, "") || checkNumber(spec, greatest, "") || (fraction !== undefined && checkNumber(spec, fraction, "")));
}

const identities: (readonly number[])[] = [];

/** 0, 1, …, n − 1, shared and frozen: the positions when no pair was skipped. */
function identity(n: number): readonly number[] {
  let ids = identities[n];
  if (!ids) {
    ids = Object.freeze(Array.from({ length: n }, (_, i) => i));
    if (n <= 1024) identities[n] = ids;
  }
  return ids;
}
