import Decimal from "decimal.js";

/**
 * The engine's own decimal constructor: a clone of decimal.js, so that no
 * setting here touches (or is touched by) a global `Decimal.set`.
 * 40 significant digits carry every product of money, shares and index factors
 * exactly; ROUND_HALF_UP in decimal.js is "half away from zero", as Excel's ROUND.
 *
 * @example
 * new Dec(0.1).plus(0.2).toString(); // "0.3"
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });

/** A decimal value produced by {@link Dec}. */
export type Dec = InstanceType<typeof Dec>;

/** Zero and one, shared so hot loops need not allocate them. */
export const ZERO: Dec = new Dec(0);
export const ONE: Dec = new Dec(1);

/**
 * A JavaScript number or decimal as an engine decimal. A number enters as Excel holds it:
 * rounded to 15 significant digits (0.1 becomes exactly 0.1, not the binary double, and a
 * spreadsheet's 0.07 × 1.25 = 0.08750000000000001 becomes 0.0875). Decided here, so a
 * value a sheet computed in binary enters the engine as the sheet shows it.
 *
 * @example
 * dec(0.3).times(900000).toNumber();    // 270000
 * dec(0.07 * 1.25).toString();          // "0.0875"
 */
export function dec(value: number | string | Dec): Dec {
  if (value instanceof Dec) return value;
  if (typeof value === "number" && Number.isFinite(value) && value !== 0) return new Dec(value.toPrecision(15));
  return new Dec(value);
}

/**
 * How far a number may lie from the decimal {@link dec} reads for it, relative: 15
 * significant digits are within 5·10^−16; 2^−46 (1.4·10^−14) is that doubled, with room.
 * The fast paths' error bounds count it once per number that enters.
 *
 * @example
 * Math.abs(0.1 + 0.2 - 0.3) / 0.3 <= ENTRY_ERROR; // true: 0.30000000000000004 enters as 0.3
 */
export const ENTRY_ERROR = 2 ** -46;

/**
 * Sum of decimals, exactly.
 *
 * @example
 * sum([dec(0.1), dec(0.2)]).toString(); // "0.3"
 */
export function sum(values: readonly Dec[]): Dec {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}
