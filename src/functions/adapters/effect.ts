import { checkNonNegative, checkShare } from "../../engine/checks";
import { dec } from "../../engine/decimal";
import { singleYearSaving } from "../../engine/effect";
import type { Result } from "../../engine/result";
import { isDomainError } from "../../engine/errors";
import { optionalNumber, requiredNumber } from "../cells";
import { moneyOut } from "../output";
import { parseAll } from "../parseAll";

/**
 * SINV.EFFECT: cells → one year's saving in kronor (öre).
 *
 * @example
 * effectCells(20, 0.3, 900000); // 5400000
 */
export function effectCells(volume: unknown, share: unknown, unitCost: unknown, quantity: unknown, deadweight: unknown): Result<number> {
  const a = parseAll({
    volume: () => requiredNumber(volume, "volume"),
    share: () => requiredNumber(share, "share"),
    unitCost: () => requiredNumber(unitCost, "unitCost"),
    quantity: () => optionalNumber(quantity, "quantity", 1),
    deadweight: () => optionalNumber(deadweight, "deadweight", 0)
  });
  if (isDomainError(a)) return a;
  const bad =
    checkNonNegative(a.volume, "volume") ??
    checkShare(a.share, "share") ??
    checkNonNegative(a.unitCost, "unitCost") ??
    checkNonNegative(a.quantity, "quantity") ??
    checkShare(a.deadweight, "deadweight", true);
  if (bad) return bad;
  return moneyOut(singleYearSaving(dec(a.volume), dec(a.share), dec(a.unitCost), dec(a.quantity), dec(a.deadweight)));
}
