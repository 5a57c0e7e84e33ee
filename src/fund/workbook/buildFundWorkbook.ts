/**
 * The fund workbook as a pure plan (src/sheetModel/plan.ts), written by the one writer
 * (src/writer/xlsxWriter.ts): overview, register, flows per investment, repayment by
 * department, warnings. Every computed cell is a live native formula carrying the engine's
 * value as its `expect`.
 */
import type { FundPortfolio } from "../../engine";
import type { WorkbookPlan } from "../../sheetModel/plan";
import type { Template } from "../../workbook/template";
import { today } from "../../workbook/buildWorkbook";
import { fundContext } from "./fundContext";
import { withFundPrintLayout } from "./fundPrintLayout";
import { fundLayout } from "./fundLayout";
import { departmentsSheet } from "./sheets/departmentsSheet";
import { flowsSheet } from "./sheets/flowsSheet";
import { overviewSheet } from "./sheets/overviewSheet";
import { registerSheet } from "./sheets/registerSheet";
import { sourceSheet } from "./sheets/sourceSheet";
import { warningsSheet } from "./sheets/warningsSheet";

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
    names: [...overview.names, ...source.names]
  };
}
