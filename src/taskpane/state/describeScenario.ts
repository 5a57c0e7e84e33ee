/** A named scenario in words, for the list of named scenarios. */
import type { ResolvedScenario, Scenario } from "../../engine";
import type { PaneStrings } from "../i18n";
import { formatNumber, formatPercent } from "../i18n/format";

/**
 * A scenario in a few words: the values the engine resolved it to, and the base year when
 * the scenario chooses one (otherwise it follows the start year).
 *
 * @example
 * describeScenario({ shareFactor: 0.5 }, resolveScenario(workedExample, OREBRO_2013_2019, { shareFactor: 0.5 }), SV);
 * // "andel ×0,5, volym ×1, enhetskostnad ×1, ränta 0 %"
 * describeScenario({ discountRate: 0.035, baseYear: 2019 }, resolveScenario(workedExample, OREBRO_2013_2019, { discountRate: 0.035, baseYear: 2019 }), SV);
 * // "andel ×1, volym ×1, enhetskostnad ×1, ränta 3,5 % till basår 2019"
 */
export function describeScenario(scenario: Scenario, resolved: ResolvedScenario, strings: PaneStrings): string {
  return strings.scenarios.settingsSummary({
    share: formatNumber(resolved.shareFactor, 2),
    volume: formatNumber(resolved.volumeFactor, 2),
    unitCost: formatNumber(resolved.unitCostFactor, 2),
    rate: formatPercent(resolved.discountRate),
    base: scenario.baseYear === undefined ? "" : String(resolved.baseYear),
    during: resolved.includeDuring ? `, ${strings.scenarios.includeDuring.toLowerCase()}` : ""
  });
}
