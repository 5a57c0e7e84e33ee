import { checkYears } from "../../engine/checks";
import { oreNumber } from "../../engine/rounding";
import { checkField } from "../../engine/fields/checkField";
import type { Dec } from "../../engine/decimal";
import { dec } from "../../engine/decimal";
import { indexFactor } from "../../engine/indexation";
import type { Result } from "../../engine/result";
import { at, describe, isBlank } from "../cells";
import { requiredField } from "../fieldArgs";
import { checkSameLength, toVector } from "../vectors";
import { domainError, isDomainError } from "../../engine/errors";
import { parseAll } from "../parseAll";

/**
 * SINV.INDEXCOST: cells → the amount moved between price years with yearly rates.
 * A year listed with a blank rate counts as missing (#N/A if it is needed).
 *
 * @example
 * indexCostCells(900000, 2019, 2022, [[2020, 2021, 2022]], [[0.013, 0.021, 0.048]]); // 975526.29
 */
export function indexCostCells(amount: unknown, fromYear: unknown, toYear: unknown, indexYears: unknown, indexRates: unknown): Result<number> {
  const a = parseAll({
    amount: () => requiredField(amount, "amounts", "amount"),
    from: () => requiredField(fromYear, "startYear", "fromYear"),
    to: () => requiredField(toYear, "endYear", "toYear"),
    years: () => toVector(indexYears, "indexYears"),
    rates: () => toVector(indexRates, "indexRates")
  });
  if (isDomainError(a)) return a;
  const bad = checkSameLength(a.years, "indexYears", a.rates, "indexRates");
  if (bad) return bad;
  const years: number[] = [];
  const positions: number[] = [];
  const rates = new Map<number, Dec>();
  for (let i = 0; i < a.years.cells.length; i++) {
    const y = a.years.cells[i];
    const r = a.rates.cells[i];
    if (isBlank(y)) {
      if (isBlank(r)) continue;
      return domainError("blankYear", { arg: "indexYears", pos: i + 1, other: "indexRates" });
    }
    const year = requiredField(y, "years", at("indexYears", i + 1));
    if (isDomainError(year)) return year;
    years.push(year);
    positions.push(i + 1);
    if (isBlank(r)) continue;
    if (typeof r !== "number" || !Number.isFinite(r)) return domainError("notNumber", { arg: at("indexRates", i + 1), got: describe(r) });
    const badRate = checkField("indexRates", r, at("indexRates", i + 1));
    if (badRate) return badRate;
    rates.set(year, dec(r));
  }
  const dup = checkYears(years, "indexYears", false, positions);
  if (dup) return dup;
  const factor = indexFactor(a.from, a.to, rates);
  return isDomainError(factor) ? factor : oreNumber(dec(a.amount).times(factor));
}
