/**
 * The fund workbook as a pure plan (src/sheetModel/plan.ts), written by the one writer
 * (src/writer/xlsxWriter.ts): overview, register, flows per investment, repayment by
 * department, warnings. Every computed cell is a live native formula carrying the engine's
 * value as its `expect`.
 */
import type { FundPortfolio } from "../../engine";
import { rangeRef } from "../../sheetModel/a1";
import type { NamePlan, WorkbookPlan } from "../../sheetModel/plan";
import type { Template } from "../../workbook/template";
import { today } from "../../workbook/buildWorkbook";
import type { FundContext } from "./fundContext";
import { fundContext } from "./fundContext";
import { FUND_SOURCE_NAMES } from "./fundNames";
import { withFundPrintLayout } from "./fundPrintLayout";
import { fundLayout } from "./fundLayout";
import { departmentsSheet } from "./sheets/departmentsSheet";
import { flowsSheet } from "./sheets/flowsSheet";
import { overviewSheet } from "./sheets/overviewSheet";
import { registerRange, registerSheet } from "./sheets/registerSheet";
import { sourceSheet } from "./sheets/sourceSheet";
import { warningsSheet } from "./sheets/warningsSheet";

/**
 * The cells the pane reads back (readBack/readFund.ts): the register's statuses and decision
 * years, the overview's allocations and rule for new investments, and the source text. A
 * rebuild in place (src/sheetModel/rebuildPlan.ts) takes any value there as the user's.
 */
function fundInputs(ctx: FundContext, names: readonly NamePlan[]): string[] {
  const o = ctx.layout.overview;
  const at = (name: string): string[] => names.filter((n) => n.name === name).map((n) => `${n.sheet}!${n.ref}`);
  const allocations = ctx.p.years.length > 0 ? [`${ctx.sheet("overview")}!${rangeRef(o.firstYearRow, o.col.allocated, o.lastYearRow, o.col.allocated)}`] : [];
  return [registerRange(ctx, "status"), registerRange(ctx, "decisionYear"), ...allocations, ...at(FUND_SOURCE_NAMES.maxNew), ...at(FUND_SOURCE_NAMES.source)];
}

/** How the fund workbook is generated. */
export interface FundBuildOptions {
  readonly template: Template;
  readonly lang: "sv" | "en";
  /** The date of generation printed in the footer, "YYYY-MM-DD"; today (local time) when not given. */
  readonly generatedOn?: string;
}

/**
 * Builds the fund workbook from the engine's fund; number formats and column widths are
 * the template's, and so is the print set-up (paper, fitting, margins, header and footer;
 * src/fund/workbook/fundPrintLayout.ts).
 *
 * @example
 * const plan = buildFundWorkbook(fundPortfolio(orebro) as FundPortfolio, { template: orebroTemplate, lang: "sv" });
 * plan.sheets.map((s) => s.name); // ["Fondöversikt", "Fondregister", "Flöden per satsning", "Återföring per förvaltning", "Varningar", "Fondkälla" (hidden: the fund's source)]
 */
export function buildFundWorkbook(p: FundPortfolio, options: FundBuildOptions): WorkbookPlan {
  const layout = fundLayout(p);
  const ctx = fundContext(p, layout, options.lang, options.template.numberFormats, options.template.columnWidths);
  const overview = overviewSheet(ctx);
  const source = sourceSheet(ctx);
  const generatedOn = options.generatedOn ?? today();
  return {
    title: p.input.name,
    lang: options.lang,
    formulas: "native",
    sheets: [overview.sheet, registerSheet(ctx), flowsSheet(ctx), departmentsSheet(ctx), warningsSheet(ctx), source.sheet].map((sheet) => withFundPrintLayout(sheet, ctx, options.template.print, generatedOn)),
    names: [...overview.names, ...source.names],
    inputs: fundInputs(ctx, source.names)
  };
}
