/**
 * How each {@link CellStyle} of a plan looks in the written workbook: fonts, fills and
 * borders as ExcelJS style fragments.
 */
import type { Borders, Fill, Font, Style } from "exceljs";
import { cellFont } from "../sheetModel/cellFonts";
import type { CellStyle } from "../sheetModel/plan";

/** Light yellow: cells the user is meant to edit. */
export const INPUT_FILL = "FFFFF2CC";
/** Pale blue-grey behind headers. */
export const HEADER_FILL = "FFD9E1F2";
/** Excel's standard "Dark Red". */
export const WARNING_COLOR = "FFC00000";
/** Grey of notes, dark enough to read. */
export const NOTE_COLOR = "FF595959";

const THIN_GREY = { style: "thin", color: { argb: "FFBFBFBF" } } as const;

/** The font of a style (src/sheetModel/cellFonts.ts), with a colour where the style has one. */
function font(style: CellStyle | undefined, extra: Partial<Font> = {}): Partial<Font> {
  const f = cellFont(style);
  return { name: f.name, size: f.size, ...(f.bold ? { bold: true } : {}), ...(f.italic ? { italic: true } : {}), ...extra };
}

function solid(argb: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } };
}

/**
 * The ExcelJS style of a plan cell style; a fresh object on every call, so callers may
 * add a number format to it.
 *
 * @param style - the plan's style; undefined and "plain" give an empty style.
 * @returns font, fill and border settings to assign to `cell.style`.
 *
 * @example
 * excelStyle("input").fill; // { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" }, … }
 * excelStyle("title").font; // { name: "Arial", size: 14, bold: true }
 * excelStyle("plain");      // { font: { name: "Arial", size: 10 } }
 */
export function excelStyle(style: CellStyle | undefined): Partial<Style> {
  switch (style) {
    case "title":
      return { font: font("title") };
    case "subtitle":
      return { font: font("subtitle", { color: { argb: "FF404040" } }) };
    case "header":
      return {
        font: font("header"),
        fill: solid(HEADER_FILL),
        border: { bottom: { style: "thin", color: { argb: "FF8EA9DB" } } } as Partial<Borders>,
        alignment: { vertical: "bottom", wrapText: true }
      };
    case "label":
      return { font: font("label") };
    case "input":
      return {
        font: font("input"),
        fill: solid(INPUT_FILL),
        border: { top: THIN_GREY, left: THIN_GREY, bottom: THIN_GREY, right: THIN_GREY } as Partial<Borders>
      };
    case "result":
      return { font: font("result") };
    case "total":
      return { font: font("total"), border: { top: { style: "thin", color: { argb: "FF000000" } } } as Partial<Borders> };
    case "note":
      return { font: font("note", { color: { argb: NOTE_COLOR } }) };
    case "warning":
      return { font: font("warning", { color: { argb: WARNING_COLOR } }) };
    case "plain":
    case undefined:
      return { font: font(undefined) };
  }
}

/**
 * The style of a table's cell. The header row looks like every other header (bold on the
 * header fill, names wrapping so a long column name is read whole — set on the cells, so
 * LibreOffice, which does not draw Excel's table styles, shows it too), right-aligned over
 * a column of numbers as the numbers are; data cells have the body font and wrap, at the
 * top, where the table asks for it.
 *
 * @example
 * tableCellStyle(true, true, false).fill;     // { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" }, … }
 * tableCellStyle(true, false, true).alignment; // { vertical: "bottom", wrapText: true, horizontal: "right" }
 * tableCellStyle(false, false, false);         // { font: { name: "Arial", size: 10 } }
 * tableCellStyle(false, true, false).alignment; // { wrapText: true, vertical: "top" }
 */
export function tableCellStyle(header: boolean, wrap: boolean, numbers: boolean): Partial<Style> {
  if (header) {
    const style = excelStyle("header");
    return numbers ? { ...style, alignment: { ...style.alignment, horizontal: "right" } } : style;
  }
  const style: Partial<Style> = { font: font(undefined) };
  if (wrap) style.alignment = { wrapText: true, vertical: "top" };
  return style;
}
