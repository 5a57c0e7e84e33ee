import { breakEvenShare } from "../../engine/appraisal";
import { dec } from "../../engine/decimal";
import { isDomainError } from "../../engine/errors";
import type { Result } from "../../engine/result";
import { optionalField, requiredField } from "../fieldArgs";
import { finiteOut } from "../output";
import { parseAll } from "../parseAll";

/**
 * SINV.BREAKEVEN: cells → the share at which savings equal the cost (not rounded).
 *
 * @example
 * breakevenCells(12200000, 16200000, 0.3); // 0.22592592592592592
 */
export function breakevenCells(cost: unknown, savings: unknown, share: unknown): Result<number> {
  const a = parseAll({
    cost: () => requiredField(cost, "totalCost", "cost"),
    savings: () => requiredField(savings, "savings", "savings"),
    share: () => optionalField(share, "share", "share", 1)
  });
  if (isDomainError(a)) return a;
  const result = breakEvenShare(dec(a.cost), dec(a.savings), dec(a.share));
  return isDomainError(result) ? result : finiteOut(result, "BREAKEVEN");
}
