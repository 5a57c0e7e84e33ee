import { dec } from "../../engine/decimal";
import { oreNumber } from "../../engine/rounding";
import { singleYearSaving } from "../../engine/effect";
import type { Result } from "../../engine/result";
import { isDomainError } from "../../engine/errors";
import { optionalField, requiredField } from "../fieldArgs";
import { parseAll } from "../parseAll";

/**
 * SINV.EFFECT: cells → one year's saving in kronor (öre).
 *
 * @example
 * effectCells(20, 0.3, 900000); // 5400000
 */
export function effectCells(volume: unknown, share: unknown, unitCost: unknown, quantity: unknown, deadweight: unknown): Result<number> {
  const a = parseAll({
    volume: () => requiredField(volume, "volumes", "volume"),
    share: () => requiredField(share, "share", "share"),
    unitCost: () => requiredField(unitCost, "cost", "unitCost"),
    quantity: () => optionalField(quantity, "quantity", "quantity", 1),
    deadweight: () => optionalField(deadweight, "deadweight", "deadweight", 0)
  });
  if (isDomainError(a)) return a;
  return oreNumber(singleYearSaving(dec(a.volume), dec(a.share), dec(a.unitCost), dec(a.quantity), dec(a.deadweight)));
}
