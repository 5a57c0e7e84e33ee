/**
 * What every fund sheet builder reads: the fund computed by the engine, the layout, the
 * language, the words and the number formats.
 */
import type { FundPortfolio } from "../../engine";
import type { NumberFormats } from "../../workbook/template";
import type { FundLayout } from "./fundLayout";
import type { FundSheetKey, FundWordKey } from "./fundWords";
import { FUND_SHEETS, FUND_WORDS } from "./fundWords";

/** The fund workbook's build context. */
export interface FundContext {
  readonly p: FundPortfolio;
  readonly layout: FundLayout;
  readonly lang: "sv" | "en";
  readonly fmt: NumberFormats;
  readonly columnWidths: { readonly label: number; readonly text: number; readonly value: number; readonly year: number };
  readonly t: (key: FundWordKey) => string;
  readonly sheet: (key: FundSheetKey) => string;
}

/**
 * A context for a fund, a language and the template's number formats and widths.
 *
 * @example
 * fundContext(p, layout, "en", template.numberFormats, template.columnWidths).sheet("register"); // "Fund register"
 */
export function fundContext(p: FundPortfolio, layout: FundLayout, lang: "sv" | "en", fmt: NumberFormats, columnWidths: FundContext["columnWidths"]): FundContext {
  return { p, layout, lang, fmt, columnWidths, t: (key) => FUND_WORDS[key][lang], sheet: (key) => FUND_SHEETS[key][lang] };
}
