import { Dec, ZERO } from "../engine/decimal";
import type { DomainError } from "../engine/errors";
import { domainError, isDomainError } from "../engine/errors";
import { MAX_YEAR, MIN_YEAR, checkYear, checkYears } from "../engine/checks";
import type { Result } from "../engine/result";

/**
 * Parsing of cell values as Excel hands them to a custom function: checks of type and
 * shape, never arithmetic. Positions in messages are 1-based: `volumes[3]`.
 */

/** The orientation of a one-dimensional range. */
export type Orientation = "row" | "column" | "single";

/** A one-dimensional range, flattened, with the shape it came in. */
export interface Vector {
  readonly cells: readonly unknown[];
  readonly orientation: Orientation;
}

/**
 * Blank means null, undefined or "".
 *
 * @example
 * isBlank(""); // true
 * isBlank(0);  // false
 */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/**
 * How a wrong value is named in a message.
 *
 * @example
 * describe("100"); // 'text "100"'
 */
export function describe(value: unknown): string {
  if (typeof value === "string") return `text "${value.length > 30 ? value.slice(0, 30) + "…" : value}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return "a range";
  if (value instanceof Error) return "an error value";
  return typeof value;
}

/**
 * The label of a cell within a range argument.
 *
 * @example
 * at("volumes", 3); // "volumes[3]"
 */
export function at(arg: string, pos: number): string {
  return `${arg}[${pos}]`;
}

/** A finite JavaScript number, or the error naming the argument. */
function finiteNumber(value: unknown, arg: string): Result<number> {
  if (typeof value !== "number" || !Number.isFinite(value)) return domainError("notNumber", { arg, got: describe(value) });
  return value;
}

/**
 * A required numeric argument: a finite number (the engine reads it as the decimal its
 * shortest representation stands for).
 *
 * @example
 * requiredNumber(0.3, "share"); // 0.3
 * (requiredNumber("100", "cost") as DomainError).code; // "#VALUE!"
 */
export function requiredNumber(value: unknown, arg: string): Result<number> {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  const v = unwrapScalar(value, arg);
  if (isDomainError(v)) return v;
  if (isBlank(v)) return domainError("required", { arg });
  return finiteNumber(v, arg);
}

/**
 * An optional numeric argument: blank takes the default.
 *
 * @example
 * optionalNumber(null, "quantity", 1); // 1
 */
export function optionalNumber(value: unknown, arg: string, fallback: number): Result<number> {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  const v = unwrapScalar(value, arg);
  if (isDomainError(v)) return v;
  return isBlank(v) ? fallback : requiredNumber(v, arg);
}

/**
 * A required whole number (years, duration, lag) as a JavaScript number.
 *
 * @example
 * requiredWhole(3, "duration"); // 3
 */
export function requiredWhole(value: unknown, arg: string): Result<number> {
  const v = unwrapScalar(value, arg);
  if (isDomainError(v)) return v;
  if (isBlank(v)) return domainError("required", { arg });
  const n = finiteNumber(v, arg);
  if (isDomainError(n)) return n;
  return Number.isInteger(n) ? n : domainError("notWhole", { arg, got: n });
}

/**
 * An optional whole number; blank takes the default (which may be undefined).
 *
 * @example
 * optionalWhole("", "lag", 0); // 0
 */
export function optionalWhole<F extends number | undefined>(value: unknown, arg: string, fallback: F): Result<number | F> {
  const v = unwrapScalar(value, arg);
  if (isDomainError(v)) return v;
  return isBlank(v) ? fallback : requiredWhole(v, arg);
}

/**
 * A required year, whole and within 1900 … 2200.
 *
 * @example
 * requiredYear(2019, "endYear"); // 2019
 */
export function requiredYear(value: unknown, arg: string): Result<number> {
  if (typeof value === "number" && Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR) return value;
  const y = requiredWhole(value, arg);
  if (isDomainError(y)) return isBlank(value) ? y : y.key === "notWhole" ? domainError("yearRange", { arg, got: describe(value) }) : y;
  return checkYear(y, arg) ?? y;
}

/**
 * An optional year; blank gives the fallback.
 *
 * @example
 * optionalYear(null, "baseYear", undefined); // undefined
 */
export function optionalYear<F extends number | undefined>(value: unknown, arg: string, fallback: F): Result<number | F> {
  const v = unwrapScalar(value, arg);
  if (isDomainError(v)) return v;
  return isBlank(v) ? fallback : requiredYear(v, arg);
}

/**
 * An optional logical argument: TRUE/FALSE (or 1/0 as Excel allows); blank gives the default.
 *
 * @example
 * optionalBoolean(true, "includeDuring", false); // true
 */
export function optionalBoolean(value: unknown, arg: string, fallback: boolean): Result<boolean> {
  const v = unwrapScalar(value, arg);
  if (isDomainError(v)) return v;
  if (isBlank(v)) return fallback;
  if (typeof v === "boolean") return v;
  if (v === 0 || v === 1) return v === 1;
  return domainError("notBoolean", { arg, got: describe(v) });
}

/**
 * A required text argument (a code); numbers are read as their text.
 *
 * @example
 * requiredText(" hvb_dygn ", "code"); // " hvb_dygn "
 */
export function requiredText(value: unknown, arg: string): Result<string> {
  const v = unwrapScalar(value, arg);
  if (isDomainError(v)) return v;
  if (isBlank(v)) return domainError("required", { arg });
  if (typeof v === "string") return v;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return domainError("notText", { arg, got: describe(v) });
}

/** A scalar argument given as a 1 × 1 range is read as its cell; a larger range is an error. */
function unwrapScalar(value: unknown, arg: string): unknown {
  if (!Array.isArray(value)) return value;
  const rows = value.length;
  const first: unknown = value[0];
  const cols = Array.isArray(first) ? first.length : 1;
  if (rows === 1 && cols === 1) return Array.isArray(first) ? first[0] : first;
  return domainError("notNumber", { arg, got: `${describe(value)} (${rows} × ${cols})` });
}

/**
 * A range argument as a vector: a single row, a single column or a single cell.
 * A scalar counts as one cell; anything wider is an error.
 *
 * @example
 * toVector([[1], [2], [3]], "savings"); // { cells: [1, 2, 3], orientation: "column" }
 */
export function toVector(value: unknown, arg: string): Result<Vector> {
  if (!Array.isArray(value)) {
    if (isBlank(value)) return domainError("required", { arg });
    return { cells: [value], orientation: "single" };
  }
  const rows = value.length;
  if (rows === 0) return domainError("emptyRange", { arg });
  const rowArrays = value.map((r: unknown) => (Array.isArray(r) ? r : [r]));
  const cols = rowArrays[0]!.length;
  if (cols === 0) return domainError("emptyRange", { arg });
  for (const r of rowArrays) {
    if (r.length !== cols) return domainError("notVector", { arg, rows, cols: `${cols}…${r.length}` });
  }
  if (rows > 1 && cols > 1) return domainError("notVector", { arg, rows, cols });
  if (rows === 1 && cols === 1) return { cells: [rowArrays[0]![0]], orientation: "single" };
  return rows === 1 ? { cells: rowArrays[0]!, orientation: "row" } : { cells: rowArrays.map((r) => r[0]), orientation: "column" };
}

/**
 * An optional range: blank (or omitted) gives undefined.
 *
 * @example
 * optionalVector(null, "actualByDept"); // undefined
 */
export function optionalVector(value: unknown, arg: string): Result<Vector | undefined> {
  if (isBlank(value)) return undefined;
  if (Array.isArray(value) && value.every((r: unknown) => (Array.isArray(r) ? r.every(isBlank) : isBlank(r)))) return undefined;
  return toVector(value, arg);
}

/**
 * Lays values out in the shape of a vector: a row in, a row out; a column in, a column out.
 *
 * @example
 * shapeLike({ cells: [1, 2], orientation: "column" }, [10, 20]); // [[10], [20]]
 */
export function shapeLike<T>(vector: Vector, values: readonly T[]): T[][] {
  return vector.orientation === "column" ? values.map((v) => [v]) : [values.slice()];
}

/**
 * Two ranges that must have the same number of cells.
 *
 * @example
 * checkSameLength(v1, "savings", v2, "years"); // undefined when both have 13 cells
 */
export function checkSameLength(a: Vector, aArg: string, b: Vector, bArg: string): DomainError | undefined {
  return a.cells.length === b.cells.length
    ? undefined
    : domainError("shapeMismatch", { arg: bArg, got: b.cells.length, other: aArg, expected: a.cells.length });
}

/**
 * Numbers in a money range: blank counts as 0; text, booleans and errors are refused.
 * `min` (when given) is the least valid value.
 *
 * @example
 * (moneyCells({ cells: [1, "", 3], orientation: "row" }, "volumes", 0) as Dec[]).map(Number); // [1, 0, 3]
 */
export function moneyCells(vector: Vector, arg: string, min?: number): Result<Dec[]> {
  const out: Dec[] = new Array<Dec>(vector.cells.length);
  for (let i = 0; i < vector.cells.length; i++) {
    const c = vector.cells[i];
    if (isBlank(c)) {
      out[i] = ZERO;
      continue;
    }
    if (typeof c !== "number" || !Number.isFinite(c)) return domainError("notNumber", { arg: at(arg, i + 1), got: describe(c) });
    if (min !== undefined && c < min) return domainError("belowMin", { arg: at(arg, i + 1), min, got: c });
    out[i] = new Dec(c);
  }
  return out;
}

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
  /** Least valid value (volumes: 0). */
  readonly min?: number;
}

/**
 * Values with their years: same length; a pair with both blank is skipped; a blank year
 * next to a value is an error; a blank value with a year counts as 0; years are whole,
 * 1900 … 2200, never repeated (and increasing when asked).
 *
 * @example
 * const s = yearSeries(toVector([[5, 7]], "savings") as Vector, "savings", toVector([[2020, 2021]], "years") as Vector, "years", { increasing: true });
 * (s as YearSeries).years; // [2020, 2021]
 */
export function yearSeries(values: Vector, valuesArg: string, years: Vector, yearsArg: string, options: YearSeriesOptions): Result<YearSeries> {
  const shape = checkSameLength(values, valuesArg, years, yearsArg);
  if (shape) return shape;
  const positions: number[] = [];
  const ys: number[] = [];
  const vs: number[] = [];
  for (let i = 0; i < years.cells.length; i++) {
    const y = years.cells[i];
    const v = values.cells[i];
    let year: number;
    if (typeof y === "number" && Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR) {
      year = y;
    } else {
      if (isBlank(y)) {
        if (isBlank(v)) continue;
        return domainError("blankYear", { arg: yearsArg, pos: i + 1, other: valuesArg });
      }
      const checked = requiredYear(y, at(yearsArg, i + 1));
      if (isDomainError(checked)) return checked;
      year = checked;
    }
    let amount = 0;
    if (typeof v === "number" && Number.isFinite(v)) {
      amount = v;
    } else if (!isBlank(v)) {
      return domainError("notNumber", { arg: at(valuesArg, i + 1), got: describe(v) });
    }
    if (options.min !== undefined && amount < options.min) return domainError("belowMin", { arg: at(valuesArg, i + 1), min: options.min, got: amount });
    positions.push(i);
    ys.push(year);
    vs.push(amount);
  }
  if (ys.length === 0) return domainError("emptyRange", { arg: yearsArg });
  const bad = checkYears(ys, yearsArg, options.increasing, positions.map((p) => p + 1));
  return bad ?? { positions, years: ys, values: vs };
}

/**
 * Spreads values computed for the kept pairs back over every position of the range;
 * skipped (blank) pairs get "".
 *
 * @example
 * spread(4, [0, 2], [10, 20]); // [10, "", 20, ""]
 */
export function spread<T>(length: number, positions: readonly number[], values: readonly T[]): (T | "")[] {
  const out: (T | "")[] = new Array<T | "">(length).fill("");
  positions.forEach((p, i) => {
    out[p] = values[i] as T;
  });
  return out;
}
