/**
 * The template's print section and amount unit as data: paper, how many pages wide each
 * sheet is scaled to, margins, header and footer (with placeholders), each sheet's
 * orientation, and the unit amounts are shown in to readers (kr, tkr, mnkr). The shape is
 * checked here (zod); what the texts must meet is in src/workbook/printRules.ts.
 */
import { z } from "zod";

/** Papers a template may choose, and Excel's code for each. */
export const PAPER_SIZES = { A4: 9, A3: 8, letter: 1 } as const;

/** A paper's name. */
export type PaperName = keyof typeof PAPER_SIZES;

/** A paper's size in points (portrait: width, height). */
export const PAPER_POINTS: Readonly<Record<PaperName, readonly [number, number]>> = { A4: [595.28, 841.89], A3: [841.89, 1190.55], letter: [612, 792] };

/** Units amounts are shown in to readers; the values stay in kronor. */
export const AMOUNT_UNITS = ["kr", "tkr", "mnkr"] as const;

/** An amount unit. */
export type AmountUnit = (typeof AMOUNT_UNITS)[number];

/** Placeholders a header or footer text may hold, and what each stands for. */
export const PRINT_PLACEHOLDERS = ["investment", "date", "sheet", "page", "pages"] as const;

/** A header or footer part in both languages; `{investment}`, `{date}`, `{sheet}`, `{page}`, `{pages}` are filled in. */
export interface PrintText {
  readonly sv: string;
  readonly en: string;
}

/** A header or footer: left, centre and right parts, each optional. */
export interface PrintBand {
  readonly left?: PrintText;
  readonly center?: PrintText;
  readonly right?: PrintText;
}

/** The template's print section. */
export interface PrintSettings {
  readonly paperSize: PaperName;
  /** Each sheet is scaled to this many pages wide (0: not scaled, printed at 100 %). */
  readonly pagesWide: number;
  /** Margins in centimetres; header and footer are their distance from the paper's edge. */
  readonly marginsCm: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number; readonly header: number; readonly footer: number };
  readonly header: PrintBand;
  readonly footer: PrintBand;
  /** Orientation by sheet key; a sheet not named prints portrait. */
  readonly orientation: Readonly<Record<string, "portrait" | "landscape">>;
}

const text = z.strictObject({ sv: z.string().max(250), en: z.string().max(250) });
const band = z.strictObject({ left: text.optional(), center: text.optional(), right: text.optional() });
const margin = z.number().min(0).max(10);

/**
 * Decided here: a template without a print section (written before it existed) prints on A4,
 * one page wide, with the investment and the sheet in the header and the date and page
 * numbers in the footer — no words, so no language is assumed — and every sheet portrait.
 */
export const DEFAULT_PRINT: PrintSettings = {
  paperSize: "A4",
  pagesWide: 1,
  marginsCm: { left: 1.5, right: 1.5, top: 2, bottom: 2, header: 0.8, footer: 0.8 },
  header: { left: { sv: "{investment}", en: "{investment}" }, right: { sv: "{sheet}", en: "{sheet}" } },
  footer: { left: { sv: "{date}", en: "{date}" }, right: { sv: "{page} / {pages}", en: "{page} / {pages}" } },
  orientation: {}
};

/** The print section's schema (orientation keys are checked against the sheets in printRules.ts). */
export const printSchema = z
  .strictObject({
    paperSize: z.enum(["A4", "A3", "letter"]),
    pagesWide: z.number().int().min(0).max(9),
    marginsCm: z.strictObject({ left: margin, right: margin, top: margin, bottom: margin, header: margin, footer: margin }),
    header: band,
    footer: band,
    orientation: z.record(z.string(), z.enum(["portrait", "landscape"]))
  })
  .default(DEFAULT_PRINT);

/** The amount unit's schema; "kr" when a template leaves it out. */
export const amountUnitSchema = z.enum(AMOUNT_UNITS).default("kr");
