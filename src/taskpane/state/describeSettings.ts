/** A scenario's settings in words, for the list of named scenarios. */
import type { ScenarioSettings } from "../../sheetModel/namedScenarios";
import type { PaneStrings } from "../i18n";
import { formatNumber, formatPercent } from "../i18n/format";

/**
 * A scenario's settings in a few words.
 *
 * @example
 * describeSettings({ shareFactor: 0.5, volumeFactor: 1, unitCostFactor: 1, discountRate: 0.035, includeDuring: false }, SV);
 * // "andel ×0,5, volym ×1, enhetskostnad ×1, ränta 3,5 %"
 */
export function describeSettings(settings: ScenarioSettings, strings: PaneStrings): string {
  return strings.scenarios.settingsSummary({
    share: formatNumber(settings.shareFactor, 2),
    volume: formatNumber(settings.volumeFactor, 2),
    unitCost: formatNumber(settings.unitCostFactor, 2),
    rate: formatPercent(settings.discountRate),
    during: settings.includeDuring ? `, ${strings.scenarios.includeDuring.toLowerCase()}` : ""
  });
}
