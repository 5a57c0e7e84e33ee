/**
 * The fund workbook's print set-up, as the application workbook's (docs/print.md): the
 * template's paper, fitting, margins, header and footer (the fund's name where the
 * application workbook prints the investment's), row heights that fit wrapped text and page
 * breaks between sections (the same planners, src/workbook/rowHeights.ts and pageBreaks.ts);
 * the orientation and the repeated titles per fund sheet are decided here.
 */
import type { SheetPlan } from "../../sheetModel/plan";
import { applyPrint, type Titles } from "../../workbook/printLayout";
import type { PrintSettings } from "../../workbook/printTemplate";
import type { FundContext } from "./fundContext";
import type { FundSheetKey } from "./fundWords";
import { FUND_SHEETS } from "./fundWords";

/**
 * Decided here: every fund sheet prints landscape — the overview has the chart beside the
 * key figures, the register twenty columns, the flows and the repayments a column a year,
 * the warnings a long message column.
 */
export const FUND_ORIENTATION: Readonly<Record<FundSheetKey, "portrait" | "landscape">> = {
  overview: "landscape",
  register: "landscape",
  flows: "landscape",
  departments: "landscape",
  warnings: "landscape",
  source: "landscape"
};

/**
 * What repeats on each fund sheet's pages: the register's and the warnings' header row (each
 * is one table), the label columns (id, name) of the register, the flows and the repayments,
 * and the flows' and repayments' year header (all their blocks share its columns).
 */
function titlesOf(key: FundSheetKey | undefined, ctx: FundContext): Titles {
  const l = ctx.layout;
  switch (key) {
    case "register":
      return { rows: [l.register.headerRow, l.register.headerRow], columns: [1, 2] };
    case "flows":
      return { rows: [l.flows.headerRow, l.flows.headerRow], columns: [1, 2] };
    case "departments":
      return { rows: [l.departments.headerRow, l.departments.headerRow], columns: [1, 2] };
    case "warnings":
      return { rows: [4, 4] };
    default:
      return {};
  }
}

/**
 * The fund sheet with its print set-up, row heights and page breaks ({@link applyPrint}).
 *
 * @param generatedOn - the date of generation for the footer, e.g. "2024-05-01".
 *
 * @example
 * withFundPrintLayout(register, ctx, template.print, "2024-05-01").print?.titleRows; // [4, 4]
 */
export function withFundPrintLayout(sheet: SheetPlan, ctx: FundContext, settings: PrintSettings, generatedOn: string): SheetPlan {
  const key = (Object.keys(FUND_SHEETS) as FundSheetKey[]).find((k) => ctx.sheet(k) === sheet.name);
  return applyPrint(sheet, settings, { orientation: key ? FUND_ORIENTATION[key] : "portrait", titles: titlesOf(key, ctx), name: ctx.p.input.name, lang: ctx.lang, generatedOn });
}
