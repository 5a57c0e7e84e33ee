/**
 * Where parameter values go in the parameter block (the workbook name SINV_Parametrar:
 * labels in its first column, values in its second), found by label in Swedish or
 * English, never by a fixed row. Pure, shared by both gateways.
 */
import { cellKey } from "../engine/key";
import type { ResolvedScenario } from "../engine";
import type { ParamKey } from "../workbook/layout";
import type { Template } from "../workbook/template";
import type { CellValue } from "./plan";
import { WorkbookError } from "./workbookError";

/** Values to write, by parameter. */
export type ParameterValues = Readonly<Partial<Record<ParamKey, CellValue>>>;

/** The labels (any language, compared ignoring case and surrounding space) each parameter's row has in column A. */
export type ParameterLabels = Readonly<Partial<Record<ParamKey, readonly string[]>>>;

/** One write: the 0-based row within the block and the value for its second column. */
export interface ParameterWrite {
  readonly key: ParamKey;
  readonly row: number;
  readonly value: CellValue;
}

/** What a parameter write changed, for the pane to report. */
export interface WriteParametersReport {
  /** Sheet-qualified addresses written, e.g. ["Parametrar!B14"]. */
  readonly cells: readonly string[];
}

/**
 * The rows to write. Every parameter must be found; otherwise nothing is written and a
 * {@link WorkbookError} "parameterNotFound" names the missing labels.
 *
 * @example
 * parameterWrites([["Startår", 2017], ["Effektandel × (scenario)", 1]], { shareFactor: 0.5 }, { shareFactor: ["Effektandel × (scenario)", "Effect share × (scenario)"] });
 * // [{ key: "shareFactor", row: 1, value: 0.5 }]
 */
export function parameterWrites(block: readonly (readonly unknown[])[], values: ParameterValues, labels: ParameterLabels): ParameterWrite[] {
  const writes: ParameterWrite[] = [];
  const missing: string[] = [];
  for (const [key, value] of Object.entries(values) as [ParamKey, CellValue | undefined][]) {
    if (value === undefined) continue;
    const wanted = (labels[key] ?? []).map(cellKey);
    const row = block.findIndex((cells) => wanted.includes(cellKey(cells[0])));
    if (row < 0) missing.push(`"${labels[key]?.[0] ?? key}"`);
    else writes.push({ key, row, value });
  }
  if (missing.length > 0) throw new WorkbookError("parameterNotFound", { labels: missing.join(", ") });
  return writes;
}

/** The parameters a finance director's scenario is written to, base year included. */
export const SCENARIO_PARAMETERS = ["shareFactor", "volumeFactor", "unitCostFactor", "discountRate", "baseYear", "includeDuring"] as const satisfies readonly ParamKey[];

/**
 * The parameter-block values of a scenario the engine resolved (every setting decided).
 *
 * @example
 * scenarioParameterValues({ shareFactor: 0.5, volumeFactor: 1, unitCostFactor: 1, discountRate: 0.035, baseYear: 2019, includeDuring: false, horizonYears: 10 });
 * // { shareFactor: 0.5, volumeFactor: 1, unitCostFactor: 1, discountRate: 0.035, baseYear: 2019, includeDuring: false }
 */
export function scenarioParameterValues(scenario: ResolvedScenario): ParameterValues {
  return Object.fromEntries(SCENARIO_PARAMETERS.map((key) => [key, scenario[key]]));
}

/**
 * The labels of the scenario's parameter rows in both languages, from the template.
 *
 * @example
 * scenarioParameterLabels(orebro).baseYear;    // ["Basår för diskontering", "Base year for discounting"]
 * scenarioParameterLabels(orebro).shareFactor; // ["Effektandel × (scenario)", "Effect share × (scenario)"]
 */
export function scenarioParameterLabels(template: Pick<Template, "labels">): ParameterLabels {
  return Object.fromEntries(SCENARIO_PARAMETERS.map((key) => [key, [template.labels[key].sv, template.labels[key].en]]));
}
