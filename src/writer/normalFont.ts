/**
 * The workbook's Normal font: the font of empty cells and the one Excel and LibreOffice
 * measure column widths in. ExcelJS always writes Calibri 11 there; LibreOffice without
 * Calibri (or its metric twin Carlito) then measures columns in a wider substitute, and the
 * printed sheet shrinks by a third. Decided here: Normal is the cells' own font (Arial 10,
 * src/sheetModel/cellFonts.ts), whose digit is as wide as Calibri 11's, so column widths
 * mean the same in Excel and print alike in LibreOffice.
 */
import type { Workbook } from "exceljs";
import { BODY_SIZE, FONT_NAME } from "../sheetModel/cellFonts";

/** The Normal font as styles.xml holds it. */
export const NORMAL_FONT_XML = `<font><sz val="${BODY_SIZE}"/><color theme="1"/><name val="${FONT_NAME}"/><family val="2"/></font>`;

interface StylesModel {
  readonly styles?: { readonly model?: { fonts?: string[] } };
}

/**
 * Makes the workbook write {@link NORMAL_FONT_XML} as its first font (Normal) instead of
 * ExcelJS's Calibri 11, by replacing it in the style model just before styles.xml is made.
 *
 * @example
 * useNormalFont(workbook); await workbook.xlsx.writeBuffer();
 * // xl/styles.xml: <fonts …><font><sz val="10"/><color theme="1"/><name val="Arial"/>…
 */
export function useNormalFont(workbook: Workbook): void {
  const xlsx = workbook.xlsx as unknown as { addStyles: (zip: unknown, model: StylesModel) => Promise<void> };
  const addStyles = xlsx.addStyles.bind(xlsx);
  xlsx.addStyles = (zip, model) => {
    const fonts = model.styles?.model?.fonts;
    if (!Array.isArray(fonts) || fonts.length === 0) throw new Error("ExcelJS wrote no fonts: the Normal font cannot be set / ExcelJS skrev inga typsnitt.");
    fonts[0] = NORMAL_FONT_XML;
    return addStyles(zip, model);
  };
}
