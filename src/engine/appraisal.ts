import type { Dec} from "./decimal";
import { ZERO } from "./decimal";
import { domainError } from "./errors";
import type { Result } from "./result";

/**
 * The first year in which cumulative savings (from the first year listed) reach `cost`;
 * undefined if they never do. `years` are increasing.
 *
 * @example
 * paybackYear([0, 2.7e6, 5.4e6, 8.1e6].map((v) => new Dec(v)), [2017, 2018, 2019, 2020], new Dec(12200000)); // 2020
 */
export function paybackYear(savings: readonly Dec[], years: readonly number[], cost: Dec): number | undefined {
  let cumulative = ZERO;
  for (let i = 0; i < years.length; i++) {
    cumulative = cumulative.plus(savings[i] as Dec);
    if (cumulative.gte(cost)) return years[i];
  }
  return undefined;
}

/**
 * Break-even share: share × cost / savings — the share at which savings equal the cost.
 * Savings of 0 give `#DIV/0!`, negative savings `#N/A`.
 *
 * @example
 * (breakEvenShare(new Dec(12200000), new Dec(16200000), new Dec(0.3)) as Dec).toNumber(); // 0.2259259259259259…
 */
export function breakEvenShare(cost: Dec, savings: Dec, share: Dec): Result<Dec> {
  if (savings.isZero()) return domainError("zeroSavings");
  if (savings.isNegative()) return domainError("negativeSavings", { got: savings.toString() });
  return share.times(cost).div(savings);
}

/** The approval test and its companions. */
export interface Approval {
  /** Savings ≥ cost (rule 4). */
  readonly approved: boolean;
  /** Savings − cost (kronor; negative when the test fails). */
  readonly margin: Dec;
  /** Savings / cost, undefined when the cost is 0. */
  readonly ratio: Dec | undefined;
}

/**
 * The approval test: an application is approved only if expected savings ≥ cost.
 *
 * @example
 * approval(new Dec(16200000), new Dec(12200000)).margin.toNumber(); // 4000000
 */
export function approval(savings: Dec, cost: Dec): Approval {
  return { approved: savings.gte(cost), margin: savings.minus(cost), ratio: cost.isZero() ? undefined : savings.div(cost) };
}
