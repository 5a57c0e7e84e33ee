import { cohortSavingsOre } from "../../engine/cohortOre";
import { isDomainError } from "../../engine/errors";
import type { Result } from "../../engine/result";
import { optionalField, requiredField } from "../fieldArgs";
import { shapeLike, spread, toVector } from "../vectors";
import { yearSeries } from "../yearSeries";

/**
 * SINV.COHORTSAVINGS: cells → savings per year, aligned with `years` (same shape).
 * The arguments are parsed one after the other, in the contract's order (the first error
 * wins), without parseAll's table of closures: this runs once per cell on every recalculation.
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
  const v = toVector(volumes, "volumes");
  if (isDomainError(v)) return v;
  const y = toVector(years, "years");
  if (isDomainError(y)) return y;
  const sh = requiredField(share, "share", "share");
  if (isDomainError(sh)) return sh;
  const uc = requiredField(unitCost, "cost", "unitCost");
  if (isDomainError(uc)) return uc;
  const d = requiredField(duration, "duration", "duration");
  if (isDomainError(d)) return d;
  const l = optionalField(lag, "lag", "lag", 0);
  if (isDomainError(l)) return l;
  const drop = optionalField(dropOff, "dropOff", "dropOff", 0);
  if (isDomainError(drop)) return drop;
  const q = optionalField(quantity, "quantity", "quantity", 1);
  if (isDomainError(q)) return q;
  const dw = optionalField(deadweight, "deadweight", "deadweight", 0);
  if (isDomainError(dw)) return dw;
  const series = yearSeries(v, "volumes", y, "years", { increasing: true, field: "volumes" });
  if (isDomainError(series)) return series;
  const out = cohortSavingsOre(series.values, series.years, { share: sh, unitCost: uc, duration: d, lag: l, dropOff: drop, quantity: q, deadweight: dw });
  if (isDomainError(out)) return out;
  return shapeLike(y, spread(y.cells.length, series.positions, out));
}
