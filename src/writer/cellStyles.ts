/**
 * How each {@link CellStyle} of a plan looks in the written workbook: fonts, fills and
 * borders as ExcelJS style fragments.
 */
import type { Borders, Fill, Font, Style } from "exceljs";
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

function font(extra: Partial<Font>): Partial<Font> {
  return { name: "Calibri", size: 11, ...extra };
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
 * excelStyle("title").font; // { name: "Calibri", size: 16, bold: true }
 */
export function excelStyle(style: CellStyle | undefined): Partial<Style> {
  switch (style) {
    case "title":
      return { font: font({ size: 16, bold: true }) };
    case "subtitle":
      return { font: font({ size: 13, bold: true, color: { argb: "FF404040" } }) };
    case "header":
      return {
        font: font({ bold: true }),
        fill: solid(HEADER_FILL),
        border: { bottom: { style: "thin", color: { argb: "FF8EA9DB" } } } as Partial<Borders>,
        alignment: { vertical: "bottom", wrapText: true }
      };
    case "label":
      return { font: font({}) };
    case "input":
      return {
        font: font({}),
        fill: solid(INPUT_FILL),
        border: { top: THIN_GREY, left: THIN_GREY, bottom: THIN_GREY, right: THIN_GREY } as Partial<Borders>
      };
    case "result":
      return { font: font({ bold: true }) };
    case "total":
      return { font: font({ bold: true }), border: { top: { style: "thin", color: { argb: "FF000000" } } } as Partial<Borders> };
    case "note":
      return { font: font({ italic: true, color: { argb: NOTE_COLOR } }) };
    case "warning":
      return { font: font({ bold: true, color: { argb: WARNING_COLOR } }) };
    case "plain":
    case undefined:
      return {};
  }
}
