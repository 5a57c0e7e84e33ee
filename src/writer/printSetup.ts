/**
 * Writes a sheet plan's layout for reading and printing onto an ExcelJS worksheet: row
 * heights, merged ranges, wrapped text, and the print set-up — paper, orientation, fit to
 * the pages wide asked for (`sheetPr/pageSetUpPr fitToPage`, without which Excel and
 * LibreOffice ignore `fitToWidth`), margins, print titles (the `_xlnm.Print_Titles` name),
 * header and footer, and manual page breaks.
 */
import type { Worksheet } from "exceljs";
import { columnLetters } from "../sheetModel/a1";
import type { HeaderFooterPlan, PrintPlan, SheetPlan } from "../sheetModel/plan";

/** Excel's number of columns. */
const EXCEL_COLUMNS = 16384;

/** Excel's header/footer code of three parts. */
function code(band: HeaderFooterPlan | undefined): string | undefined {
  if (!band) return undefined;
  const text = `${band.left !== undefined ? `&L${band.left}` : ""}${band.center !== undefined ? `&C${band.center}` : ""}${band.right !== undefined ? `&R${band.right}` : ""}`;
  return text === "" ? undefined : text;
}

function writePrint(worksheet: Worksheet, print: PrintPlan): void {
  const fit = print.fitToWidth > 0;
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: print.paperSize as never, // ExcelJS types list a few paper codes only; 9 (A4) is Excel's
    orientation: print.orientation,
    fitToPage: fit,
    fitToWidth: fit ? print.fitToWidth : 1,
    fitToHeight: 0,
    scale: 100,
    margins: { ...print.margins },
    ...(print.titleRows ? { printTitlesRow: `${print.titleRows[0]}:${print.titleRows[1]}` } : {}),
    ...(print.titleColumns ? { printTitlesColumn: `${columnLetters(print.titleColumns[0])}:${columnLetters(print.titleColumns[1])}` } : {})
  };
  const header = code(print.header);
  const footer = code(print.footer);
  worksheet.headerFooter = { ...worksheet.headerFooter, ...(header ? { oddHeader: header } : {}), ...(footer ? { oddFooter: footer } : {}) };
  // ExcelJS writes a break below the row it is added to: a page that begins at row r breaks
  // below r − 1. The break spans every column (max 16383; ExcelJS's own default is 16838).
  for (const row of print.pageBreaksBefore ?? []) if (row > 1) worksheet.getRow(row - 1).addPageBreak(0, EXCEL_COLUMNS);
}

/**
 * Applies row heights, merges, wrapping and the print set-up of the plan to the worksheet
 * (after its cells and tables are written, so wrapping joins their styles).
 *
 * @param worksheet - the ExcelJS worksheet the plan's cells were written to.
 * @param sheet - the sheet plan.
 *
 * @example
 * applyPrintLayout(worksheet, { …, rowHeights: { 2: 27.25 }, merges: ["A2:H2"], print: { paperSize: 9, orientation: "landscape", fitToWidth: 1, … } });
 * // xl/worksheets/sheet1.xml: <pageSetUpPr fitToPage="1"/> … <pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0" …/>
 */
export function applyPrintLayout(worksheet: Worksheet, sheet: SheetPlan): void {
  for (const cell of sheet.cells) {
    if (cell.wrap !== true) continue;
    const target = worksheet.getCell(cell.ref);
    target.alignment = { ...target.alignment, wrapText: true, vertical: "top" };
  }
  for (const range of sheet.merges ?? []) worksheet.mergeCells(range);
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) {
    const target = worksheet.getRow(Number(row));
    target.height = height;
    // In a row made tall for a wrapped text, the other cells stand at the top beside it (headers keep their own alignment).
    target.eachCell((cell) => {
      if (cell.alignment?.vertical === undefined) cell.alignment = { ...cell.alignment, vertical: "top" };
    });
  }
  if (sheet.print) writePrint(worksheet, sheet.print);
}
