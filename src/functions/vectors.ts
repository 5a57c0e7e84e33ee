import { Dec, ZERO } from "../engine/decimal";
import type { DomainError } from "../engine/errors";
import { domainError } from "../engine/errors";
import { checkField } from "../engine/fields/checkField";
import type { NumberFieldName } from "../engine/fields/fieldTable";
import type { Result } from "../engine/result";
import { at, describe, isBlank } from "./cells";

/**
 * Range arguments as one-dimensional vectors: their shape in and out, and money cells.
 */

/** The orientation of a one-dimensional range. */
export type Orientation = "row" | "column" | "single";

/** A one-dimensional range, flattened, with the shape it came in. */
export interface Vector {
  readonly cells: readonly unknown[];
  readonly orientation: Orientation;
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
  const first: unknown = value[0];
  if (rows === 1 && Array.isArray(first) && first.length > 1) return { cells: first, orientation: "row" }; // the common row, uncopied
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
 * Numbers in a money range: blank counts as 0; text, booleans and errors are refused;
 * every number is checked against its field in the table.
 *
 * @example
 * (moneyCells({ cells: [1, "", 3], orientation: "row" }, "savingsByDept", "savings") as Dec[]).map(Number); // [1, 0, 3]
 */
export function moneyCells(vector: Vector, arg: string, field: NumberFieldName): Result<Dec[]> {
  const out: Dec[] = new Array<Dec>(vector.cells.length);
  for (let i = 0; i < vector.cells.length; i++) {
    const c = vector.cells[i];
    if (isBlank(c)) {
      out[i] = ZERO;
      continue;
    }
    if (typeof c !== "number" || !Number.isFinite(c)) return domainError("notNumber", { arg: at(arg, i + 1), got: describe(c) });
    const bad = checkField(field, c, at(arg, i + 1));
    if (bad) return bad;
    out[i] = new Dec(c);
  }
  return out;
}

/**
 * Spreads values computed for the kept pairs back over every position of the range;
 * skipped (blank) pairs get "". When none was skipped, that is `values` itself (not a copy).
 *
 * @example
 * spread(4, [0, 2], [10, 20]); // [10, "", 20, ""]
 */
export function spread<T>(length: number, positions: readonly number[], values: readonly T[]): (T | "")[] {
  if (positions.length === length) return values as (T | "")[]; // nothing was skipped: the values themselves
  const out: (T | "")[] = new Array<T | "">(length).fill("");
  positions.forEach((p, i) => {
    out[p] = values[i] as T;
  });
  return out;
}
