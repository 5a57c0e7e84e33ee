/**
 * The fund workbook as a pure plan (src/sheetModel/plan.ts), written by the one writer
 * (src/writer/xlsxWriter.ts): overview, register, flows per investment, repayment by
 * department, warnings. Every computed cell is a live native formula carrying the engine's
 * value as its `expect`.
 */
import type { FundPortfolio } from "../../engine";
import type { WorkbookPlan } from "../../sheetModel/plan";
import type { Template } from "../../workbook/template";
import { fundContext } from "./fundContext";
import { fundLayout } from "./fundLayout";
import { departmentsSheet } from "./sheets/departmentsSheet";
import { flowsSheet } from "./sheets/flowsSheet";
import { overviewSheet } from "./sheets/overviewSheet";
import { registerSheet } from "./sheets/registerSheet";
import { warningsSheet } from "./sheets/warningsSheet";

/**
 * Builds the fund workbook from the engine's fund; number formats and column widths are
 * the template's.
 *
 * @example
 * const plan = buildFundWorkbook(fundPortfolio(orebro) as FundPortfolio, { template: orebroTemplate, lang: "sv" });
 * plan.sheets.map((s) => s.name); // ["Fondöversikt", "Fondregister", "Flöden per satsning", "Återföring per förvaltning", "Varningar"]
 */
export function buildFundWorkbook(p: FundPortfolio, options: { readonly template: Template; readonly lang: "sv" | "en" }): WorkbookPlan {
  const layout = fundLayout(p);
  const ctx = fundContext(p, layout, options.lang, options.template.numberFormats, options.template.columnWidths);
  const overview = overviewSheet(ctx);
  return {
    title: p.input.name,
    lang: options.lang,
    formulas: "native",
    sheets: [overview.sheet, registerSheet(ctx), flowsSheet(ctx), departmentsSheet(ctx), warningsSheet(ctx)],
    names: overview.names
  };
}
