/**
 * The font of each cell style, in one place: the writer writes it, and the planner measures
 * text with it to size rows and pages. Decided here: Arial (Liberation Sans, with the same
 * metrics, where Arial is missing — as in LibreOffice on Linux), so the PDF that LibreOffice
 * prints has the line breaks and page breaks Excel has. Arial 10 is about as wide as Excel's
 * default Calibri 11, so the column widths keep their meaning.
 */
import type { CellStyle } from "./plan";

/** A cell's font: name, size in points and weight. */
export interface CellFont {
  readonly name: string;
  readonly size: number;
  readonly bold: boolean;
  readonly italic: boolean;
}

/** The family every cell is written in. */
export const FONT_NAME = "Arial";

/** The body text size in points. */
export const BODY_SIZE = 10;

/**
 * The font of a cell style; table cells have the body font, table headers the bold one.
 *
 * @example
 * cellFont("title");  // { name: "Arial", size: 14, bold: true, italic: false }
 * cellFont(undefined); // { name: "Arial", size: 10, bold: false, italic: false }
 */
export function cellFont(style: CellStyle | undefined): CellFont {
  const font = (size: number, bold: boolean, italic = false): CellFont => ({ name: FONT_NAME, size, bold, italic });
  switch (style) {
    case "title":
      return font(14, true);
    case "subtitle":
      return font(12, true);
    case "header":
    case "result":
    case "total":
    case "warning":
      return font(BODY_SIZE, true);
    case "note":
      return font(BODY_SIZE, false, true);
    default:
      return font(BODY_SIZE, false);
  }
}
