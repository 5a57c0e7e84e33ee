/**
 * Scenario settings: their defaults under a rule set, the engine's scenario they stand
 * for, and the parameter-block values and labels they are written to the workbook with.
 */
import type { RuleSet, Scenario } from "../../engine";
import type { ScenarioSettings } from "../../sheetModel/namedScenarios";
import type { ParameterLabels, ParameterValues } from "../../sheetModel/parameterWrites";
import type { ParamKey } from "../../workbook/layout";
import type { Template } from "../../workbook/template";

/**
 * The settings of the calculation as planned: factors 1, the rule set's discount rate and
 * include-during choice.
 *
 * @example
 * defaultSettings(OREBRO_2013_2019); // { shareFactor: 1, volumeFactor: 1, unitCostFactor: 1, discountRate: 0, includeDuring: false }
 */
export function defaultSettings(rules: Pick<RuleSet, "discountRate" | "includeDuring">): ScenarioSettings {
  return { shareFactor: 1, volumeFactor: 1, unitCostFactor: 1, discountRate: rules.discountRate, includeDuring: rules.includeDuring };
}

/**
 * The settings a scenario file's scenario holds, the rule set filling in what it leaves out.
 *
 * @example
 * settingsOf({ shareFactor: 0.5 }, OREBRO_2013_2019).shareFactor; // 0.5
 */
export function settingsOf(scenario: Scenario | undefined, rules: Pick<RuleSet, "discountRate" | "includeDuring">): ScenarioSettings {
  const base = defaultSettings(rules);
  return {
    shareFactor: scenario?.shareFactor ?? base.shareFactor,
    volumeFactor: scenario?.volumeFactor ?? base.volumeFactor,
    unitCostFactor: scenario?.unitCostFactor ?? base.unitCostFactor,
    discountRate: scenario?.discountRate ?? base.discountRate,
    includeDuring: scenario?.includeDuring ?? base.includeDuring
  };
}

/**
 * The engine's scenario for the settings.
 *
 * @example
 * toScenario({ shareFactor: 0.5, volumeFactor: 1, unitCostFactor: 1, discountRate: 0, includeDuring: false }).shareFactor; // 0.5
 */
export function toScenario(settings: ScenarioSettings): Scenario {
  return { ...settings };
}

/** The parameters a scenario is written to. */
export const SCENARIO_PARAMETERS = ["shareFactor", "volumeFactor", "unitCostFactor", "discountRate", "includeDuring"] as const satisfies readonly ParamKey[];

/**
 * The parameter-block values of the settings.
 *
 * @example
 * parameterValues(settings).discountRate; // 0.035 for 3.5 %
 */
export function parameterValues(settings: ScenarioSettings): ParameterValues {
  return Object.fromEntries(SCENARIO_PARAMETERS.map((key) => [key, settings[key]]));
}

/**
 * The labels of the scenario's parameter rows in both languages, from the template.
 *
 * @example
 * parameterLabels(orebro).shareFactor; // ["Effektandel × (scenario)", "Effect share × (scenario)"]
 */
export function parameterLabels(template: Template): ParameterLabels {
  return Object.fromEntries(SCENARIO_PARAMETERS.map((key) => [key, [template.labels[key].sv, template.labels[key].en]]));
}
