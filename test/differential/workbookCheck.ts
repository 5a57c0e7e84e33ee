/**
 * One generated workbook checked against the engine: every formula cell's recalculated
 * value against its `expect` (the engine's figure), and the named results against the
 * engine's summary. Shared by the HyperFormula and LibreOffice properties.
 */
import type { Appraisal } from "../../src/engine";
import { appraise, isDomainError } from "../../src/engine";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import { buildWorkbook } from "../../src/workbook/buildWorkbook";
import type { Template } from "../../src/workbook/template";
import type { Computed } from "../support/hyperformula";
import { evaluatePlan } from "../support/hyperformula";
import { orebroTemplate } from "../support/scenarioFiles";
import { cellMismatches } from "./cellCompare";
import { amountFormats } from "../../src/workbook/amountFormat";
import { engineNameValues, nameMismatches } from "./workbookNames";

let template: Template | undefined;

/** The language a generated file's workbook is built in: both occur, decided by the file. */
export function langOf(file: ScenarioFile): "sv" | "en" {
  return file.investment.startYear % 2 === 0 ? "sv" : "en";
}

/**
 * The plan the generator builds for the file, and the engine's appraisal of it.
 *
 * @example
 * const { plan, appraisal } = generated(file, "native");
 */
export function generated(file: ScenarioFile, formulas: "native" | "sinv"): { plan: WorkbookPlan; appraisal: Appraisal } {
  template ??= orebroTemplate();
  const plan = buildWorkbook(file, { template, lang: langOf(file), formulas });
  if (isDomainError(plan)) throw new Error(`the generator refuses a valid file: ${plan.en}`);
  const appraisal = appraise(file);
  if (isDomainError(appraisal)) throw new Error(`the engine refuses a valid file: ${appraisal.en}`);
  return { plan, appraisal };
}

/**
 * The plan recalculated by HyperFormula with plain IEEE arithmetic, as Excel and LibreOffice
 * compute: HyperFormula's default "smart rounding" rounds sums to fewer digits (66296178.9 +
 * 49722134.175 gives 116018313.07 there, 116018313.075 in Excel), which would put a false
 * 0.005 kr on a cumulative row.
 *
 * @example
 * recalculated(plan).get("Översikt!C9"); // 12200000
 */
export function recalculated(plan: WorkbookPlan): Map<string, Computed> {
  return evaluatePlan(plan, { smartRounding: false });
}

/**
 * Everything in the recalculated workbook that is not the engine's figure, in words; empty
 * when the workbook agrees cell by cell (0.01 kr) and name by name.
 *
 * @example
 * disagreements(file, plan, appraisal, evaluatePlan(plan)); // []
 */
export function disagreements(file: ScenarioFile, plan: WorkbookPlan, appraisal: Appraisal, computed: ReadonlyMap<string, Computed>): string[] {
  template ??= orebroTemplate();
  const cells = cellMismatches(plan, computed, amountFormats(template)).map((m) => `${m.cell} =${m.formula}\n      engine (expect) ${JSON.stringify(m.expected)}, recalculated ${JSON.stringify(m.got)}`);
  const names = nameMismatches(plan, computed, engineNameValues(appraisal, template, plan.lang, file.investment.name, file.investment.startYear));
  return [...names, ...cells];
}

/**
 * The failure text for a list of disagreements (the first 15, and how many there are).
 *
 * @example
 * describeDisagreements("native", "sv", ["Översikt!C11 …"]);
 */
export function describeDisagreements(variant: string, lang: string, found: readonly string[]): string {
  return `${found.length} disagreement(s) in the ${variant} workbook (${lang}):\n${found.slice(0, 15).map((d) => `  ${d}`).join("\n")}${found.length > 15 ? `\n  … and ${found.length - 15} more` : ""}`;
}
