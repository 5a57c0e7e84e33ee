/**
 * Every sheet's print set-up, from the template's print section: A4 (or the template's
 * paper), the sheet's orientation, scaled to fit one page wide (any number of pages tall),
 * margins, the rows and columns repeated on every page, the header and footer (investment,
 * date of generation, sheet name, "sida X av Y"), row heights that fit wrapped text, and
 * page breaks between sections (src/workbook/pageBreaks.ts).
 */
import type { PrintPlan, SheetPlan } from "../sheetModel/plan";
import type { BuildContext } from "./context";
import { headerFooterPlan } from "./headerFooter";
import type { Layout } from "./layout";
import { pageBreaksOf } from "./pageBreaks";
import type { PrintSettings } from "./printTemplate";
import { PAPER_POINTS, PAPER_SIZES } from "./printTemplate";
import { rowHeightsOf } from "./rowHeights";
import { printedCells } from "./printedCells";
import type { SheetKey } from "./template";
import { SHEET_KEYS } from "./template";
import { CHECKS_ROWS } from "./sheets/checks";

/** Rows and columns repeated on every page. */
export interface Titles {
  readonly rows?: readonly [number, number];
  readonly columns?: readonly [number, number];
}

/**
 * What repeats on each sheet's pages: a single table's header rows where a sheet is one table
 * (Kontroller: one list of checks under one header; on sheets of several sections a repeated
 * header would stand above the wrong one), and the
 * label columns of the year tables (they matter when a template prints more than one page wide).
 */
function titlesOf(key: SheetKey | undefined, layout: Layout): Titles {
  switch (key) {
    case "targetGroups":
      return { rows: [layout.targetGroups.yearRow, layout.targetGroups.headerRow], columns: [1, 2] };
    case "unitCosts":
      return { rows: [layout.unitCosts.headerRow, layout.unitCosts.headerRow], columns: [1, 1] };
    case "evaluation":
      return { rows: [4, 4] };
    case "checks":
      return { rows: [CHECKS_ROWS.header, CHECKS_ROWS.header] };
    case "societal":
      return { rows: [4, 4], columns: [1, 1] };
    case "costs":
    case "effects":
    case "repayment":
    case "followUp":
      return { columns: [1, 2] };
    default:
      return {};
  }
}

const CM = 1 / 2.54;

/** What a sheet's print set-up needs beside the template's print section. */
export interface SheetPrint {
  readonly orientation: "portrait" | "landscape";
  readonly titles: Titles;
  /** The name in the header ({investment}): the investment's, or the fund's. */
  readonly name: string;
  readonly lang: "sv" | "en";
  /** The date of generation for the footer, e.g. "2024-05-01". */
  readonly generatedOn: string;
}

/**
 * A sheet with the template's print section applied — paper, fit, margins, repeated titles,
 * header and footer — plus row heights that fit wrapped text and page breaks between
 * sections. The one planner of the application and the fund workbooks.
 *
 * @example
 * applyPrint(costs, template.print, { orientation: "landscape", titles: { columns: [1, 2] }, name: "Skolnärvaro", lang: "sv", generatedOn: "2024-05-01" }).print?.fitToWidth; // 1
 */
export function applyPrint(sheet: SheetPlan, settings: PrintSettings, sheetPrint: SheetPrint): SheetPlan {
  const { titles, lang } = sheetPrint;
  const m = settings.marginsCm;
  const values = { investment: sheetPrint.name, date: sheetPrint.generatedOn };
  const print: PrintPlan = {
    paperSize: PAPER_SIZES[settings.paperSize],
    orientation: sheetPrint.orientation,
    fitToWidth: settings.pagesWide,
    margins: { left: m.left * CM, right: m.right * CM, top: m.top * CM, bottom: m.bottom * CM, header: m.header * CM, footer: m.footer * CM },
    ...(titles.rows ? { titleRows: titles.rows } : {}),
    ...(titles.columns ? { titleColumns: titles.columns } : {}),
    header: headerFooterPlan(settings.header, lang, values),
    footer: headerFooterPlan(settings.footer, lang, values)
  };
  const cells = printedCells(sheet);
  const rowHeights = { ...rowHeightsOf(sheet, cells), ...(sheet.rowHeights ?? {}) };
  const pageBreaksBefore = pageBreaksOf(sheet, rowHeights, { ...print, paper: PAPER_POINTS[settings.paperSize] }, cells);
  return { ...sheet, rowHeights, print: { ...print, pageBreaksBefore } };
}

/**
 * The sheet with its print set-up, row heights and page breaks.
 *
 * @param sheet - a sheet as its builder made it.
 * @param ctx - the template (print section) and the language.
 * @param layout - where the sheets' tables are (for the repeated header rows).
 * @param generatedOn - the date of generation for the footer, e.g. "2024-05-01".
 *
 * @example
 * withPrintLayout(costs, ctx, layout, "2024-05-01").print?.orientation; // "landscape"
 */
export function withPrintLayout(sheet: SheetPlan, ctx: BuildContext, layout: Layout, generatedOn: string): SheetPlan {
  const settings = ctx.template.print;
  const key = SHEET_KEYS.find((k) => ctx.sheet(k) === sheet.name);
  return applyPrint(sheet, settings, {
    orientation: (key && settings.orientation[key]) ?? "portrait",
    titles: titlesOf(key, layout),
    name: ctx.file.investment.name,
    lang: ctx.lang,
    generatedOn
  });
}
