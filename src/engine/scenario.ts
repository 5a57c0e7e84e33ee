/**
 * Scenario resolution, owned here: every setting of a finance director's scenario filled
 * in from the rules (discount rate, include-during, horizon) and the investment (base year
 * = start year), so every face computes with the same complete settings.
 */
import type { Investment, Scenario } from "./model";
import type { RuleSet } from "./rules";

/** A scenario with every setting decided. */
export interface ResolvedScenario {
  readonly shareFactor: number;
  readonly volumeFactor: number;
  readonly unitCostFactor: number;
  readonly discountRate: number;
  /** The year present values are discounted to (default: the start year). */
  readonly baseYear: number;
  readonly includeDuring: boolean;
  /** Years after the end year in which savings count (default: the rules'). */
  readonly horizonYears: number;
}

/**
 * Fills in a scenario: factors default to 1, the rest to the rules and the start year.
 *
 * @example
 * resolveScenario({ startYear: 2017 }, OREBRO_2013_2019, { discountRate: 0.035 });
 * // { shareFactor: 1, volumeFactor: 1, unitCostFactor: 1, discountRate: 0.035, baseYear: 2017, includeDuring: false, horizonYears: 10 }
 */
export function resolveScenario(inv: Pick<Investment, "startYear">, rules: Pick<RuleSet, "discountRate" | "includeDuring" | "horizonYears">, s: Scenario = {}): ResolvedScenario {
  return {
    shareFactor: s.shareFactor ?? 1,
    volumeFactor: s.volumeFactor ?? 1,
    unitCostFactor: s.unitCostFactor ?? 1,
    discountRate: s.discountRate ?? rules.discountRate,
    baseYear: s.baseYear ?? inv.startYear,
    includeDuring: s.includeDuring ?? rules.includeDuring,
    horizonYears: s.horizonYears ?? rules.horizonYears
  };
}
