import type { Result } from "../engine";
import { appraise, isDomainError } from "../engine";
import type { ScenarioFile } from "../scenario/scenarioFile";
import type { BuildContext } from "./context";
import { computeLayout } from "./layout";
import { withPrintLayout } from "./printLayout";
import { amountFormat } from "./amountFormat";
import type { WorkbookPlan } from "../sheetModel/plan";
import { checksSheet, withChecksStatus } from "./sheets/checks";
import { costsSheet } from "./sheets/costs";
import { effectsSheet } from "./sheets/effects";
import { evaluationSheet } from "./sheets/evaluation";
import { followUpSheet } from "./sheets/followUp";
import { overviewSheet } from "./sheets/overview";
import { parametersSheet } from "./sheets/parameters";
import { repaymentSheet } from "./sheets/repayment";
import { sensitivitySheet } from "./sheets/sensitivity";
import { societalSheet } from "./sheets/societal";
import { targetGroupsSheet } from "./sheets/targetGroups";
import { unitCostsSheet } from "./sheets/unitCosts";
import type { Template } from "./template";
import { uncertaintySheet } from "./sheets/uncertaintySheet";

/** How the workbook is generated. */
export interface BuildOptions {
  readonly template: Template;
  readonly lang: "sv" | "en";
  /** "native" (default): Excel's own functions; "sinv": SINV.* custom functions where they apply. */
  readonly formulas: "native" | "sinv";
  /** The date of generation printed in the footer, "YYYY-MM-DD"; today (local time) when not given. */
  readonly generatedOn?: string;
}

/**
 * Today's date, "YYYY-MM-DD" in local time: the default date of generation.
 *
 * @example
 * today(); // "2024-05-01" on that day
 */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}


/**
 * Builds the application workbook as a pure plan: twelve sheets from the template (the last,
 * Kontroller, checks the others), every computed cell a live formula carrying the engine's
 * value as its `expect`, input tables with fixed names, and workbook names for the key
 * results and the master check (SINV_ChecksOK). Returns the engine's error
 * (with its Swedish and English message) when the inputs cannot be evaluated.
 *
 * @example
 * const plan = buildWorkbook(workedExampleFile, { template: orebro, lang: "sv", formulas: "native" }) as WorkbookPlan;
 * plan.sheets.map((s) => s.name); // ["Översikt", "Parametrar", "Kostnadskalkyl", …]
 */
export function buildWorkbook(file: ScenarioFile, options: BuildOptions): Result<WorkbookPlan> {
  const appraisal = appraise(file);
  if (isDomainError(appraisal)) return appraisal;
  const { rules, scenario, evaluation: ev, summary, followUp: fu } = appraisal;
  if (isDomainError(fu)) return fu;
  const { template, lang } = options;
  const ctx: BuildContext = {
    lang,
    formulas: options.formulas,
    template,
    file,
    rules,
    scenario,
    ev,
    summary,
    followUp: fu,
    years: ev.years,
    actualRepayment: appraisal.actualRepayment,
    t: (key) => template.labels[key][lang],
    both: (key) => [template.labels[key].sv, template.labels[key].en],
    sheet: (key) => template.sheets[key][lang],
    fmt: { ...template.numberFormats, money: amountFormat(template.numberFormats.money, template.amountUnit) },
    inputFmt: { ...template.numberFormats, money: amountFormat(template.numberFormats.money, "kr") }
  };
  const layout = computeLayout(ctx);
  const overview = overviewSheet(ctx, layout);
  // Only when the file has ranges (docs/uncertainty.md); files without them get no Osäkerhet sheet.
  const uncertainty = uncertaintySheet(ctx, layout, appraisal.uncertainty, appraisal.biasCorrected);
  const others = [
    parametersSheet(ctx, layout),
    costsSheet(ctx, layout),
    targetGroupsSheet(ctx, layout),
    unitCostsSheet(ctx, layout),
    effectsSheet(ctx, layout),
    repaymentSheet(ctx, layout),
    sensitivitySheet(ctx, layout),
    ...(uncertainty ? [uncertainty.sheet] : []),
    followUpSheet(ctx, layout),
    evaluationSheet(ctx),
    societalSheet(ctx, layout)
  ];
  // The checks read the other sheets as planned; their status line then goes onto Översikt.
  const checks = checksSheet(ctx, layout, [overview.sheet, ...others]);
  const plan: WorkbookPlan = {
    title: file.investment.name,
    lang,
    formulas: options.formulas,
    sheets: [withChecksStatus(overview.sheet, ctx, checks.status), ...others, checks.sheet],
    names: [...overview.names, ...(uncertainty?.names ?? []), ...checks.names]
  };
  const generatedOn = options.generatedOn ?? today();
  return { ...plan, sheets: plan.sheets.map((sheet) => withPrintLayout(sheet, ctx, layout, generatedOn)) };
}
