import { cohortSavingsOre } from "../../engine/cohortOre";
import { isDomainError } from "../../engine/errors";
import type { Result } from "../../engine/result";
import { optionalField, requiredField } from "../fieldArgs";
import { shapeLike, spread, toVector } from "../vectors";
import { yearSeries } from "../yearSeries";
import { parseAll } from "../parseAll";

/**
 * SINV.COHORTSAVINGS: cells → savings per year, aligned with `years` (same shape).
 *
 * @example
 * cohortSavingsCells([[10, 10, 10, 0, 0, 0]], [[2017, 2018, 2019, 2020, 2021, 2022]], 0.3, 900000, 3, 1, null, null, null);
 * // [[0, 2700000, 5400000, 8100000, 5400000, 2700000]]
 * cohortSavingsCells([[10, 0]], [[2017, 2018]], 0.3, 900000, 2, 0, 0.5, null, null); // [[2700000, 1350000]]
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
  const out = cohortSavingsOre(series.values, series.years, a);
  if (isDomainError(out)) return out;
  return shapeLike(a.years, spread(a.years.cells.length, series.positions, out));
}
