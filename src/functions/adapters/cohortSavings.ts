import { cohortSavings } from "../../engine/cohort";
import { cohortSavingsToOre } from "../../engine/cohortFast";
import { dec } from "../../engine/decimal";
import { isDomainError } from "../../engine/errors";
import type { Result } from "../../engine/result";
import { numbersWithin, optionalField, requiredField } from "../fieldArgs";
import { shapeLike, spread, toVector } from "../vectors";
import { yearSeries } from "../yearSeries";
import { moneyOut } from "../output";
import { parseAll } from "../parseAll";
import { cohortSavingsFast } from "../fast/cohortSavingsFast";

/**
 * SINV.COHORTSAVINGS: cells → savings per year, aligned with `years` (same shape).
 *
 * @example
 * cohortSavingsCells([[10, 10, 10, 0, 0, 0]], [[2017, 2018, 2019, 2020, 2021, 2022]], 0.3, 900000, 3, 1, null, null, null);
 * // [[0, 2700000, 5400000, 8100000, 5400000, 2700000]]
 */
export function cohortSavingsCells(
  volumes: unknown,
  years: unknown,
  share: unknown,
  unitCost: unknown,
  duration: unknown,
  lag: unknown,
  dropOff: unknown,
  quantity: unknown,
  deadweight: unknown
): Result<(number | "")[][]> {
  // The fast path does not check bounds: it runs only where the field table's hold.
  const inBounds = numbersWithin(volumes, "volumes") && numbersWithin(duration, "duration") && numbersWithin(lag, "lag") && numbersWithin(quantity, "quantity");
  return (
    (inBounds ? cohortSavingsFast(volumes, years, share, unitCost, duration, lag, dropOff, quantity, deadweight) : undefined) ??
    cohortSavingsGeneral(volumes, years, share, unitCost, duration, lag, dropOff, quantity, deadweight)
  );
}

/**
 * COHORTSAVINGS' general path: every input the contract allows (gaps, blanks, drop-off,
 * any decimals), and every error with its message.
 *
 * @example
 * cohortSavingsGeneral([[10, 0]], [[2017, 2018]], 0.3, 900000, 2, 0, 0.5, null, null); // [[2700000, 1350000]]
 */
export function cohortSavingsGeneral(
  volumes: unknown,
  years: unknown,
  share: unknown,
  unitCost: unknown,
  duration: unknown,
  lag: unknown,
  dropOff: unknown,
  quantity: unknown,
  deadweight: unknown
): Result<(number | "")[][]> {
  const a = parseAll({
    volumes: () => toVector(volumes, "volumes"),
    years: () => toVector(years, "years"),
    share: () => requiredField(share, "share", "share"),
    unitCost: () => requiredField(unitCost, "cost", "unitCost"),
    duration: () => requiredField(duration, "duration", "duration"),
    lag: () => optionalField(lag, "lag", "lag", 0),
    dropOff: () => optionalField(dropOff, "dropOff", "dropOff", 0),
    quantity: () => optionalField(quantity, "quantity", "quantity", 1),
    deadweight: () => optionalField(deadweight, "deadweight", "deadweight", 0)
  });
  if (isDomainError(a)) return a;
  const series = yearSeries(a.volumes, "volumes", a.years, "years", { increasing: true, field: "volumes" });
  if (isDomainError(series)) return series;
  const params = {
    share: a.share,
    unitCost: a.unitCost,
    duration: a.duration,
    lag: a.lag,
    dropOff: a.dropOff,
    quantity: a.quantity,
    deadweight: a.deadweight
  };
  const out =
    cohortSavingsToOre(series.values, series.years, params) ??
    cohortSavings(series.values.map(dec), series.years, {
      ...params,
      share: dec(a.share),
      unitCost: dec(a.unitCost),
      dropOff: dec(a.dropOff),
      quantity: dec(a.quantity),
      deadweight: dec(a.deadweight)
    }).map(moneyOut);
  return shapeLike(a.years, spread(a.years.cells.length, series.positions, out));
}
