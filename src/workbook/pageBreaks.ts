/**
 * Where pages begin. The sheet is scaled to fit its width on the paper; its rows then fall
 * into pages. Sections — runs of rows with something in them, between empty rows — are kept
 * on one page when they fit on one: a section that does not fit on the rest of a page starts
 * a new one, so no page ends with a heading or a table's header row without its rows. A
 * section taller than a page breaks between rows, never right after a header or heading.
 */
import type { CellStyle, PrintPlan, SheetPlan } from "../sheetModel/plan";
import { parseCell } from "../sheetModel/a1";
import type { PrintedCell } from "./printedCells";
import { lastColumn, lastRow, printedCells, spanPoints } from "./printedCells";
import { DEFAULT_ROW_HEIGHT } from "./rowHeights";

/** Decided here: plan with 93 % of a page, so a page the spreadsheet fills a little fuller than estimated still ends where planned. */
const USABLE = 0.93;

/** The paper, orientation, fitting and margins, as the page breaks need them. */
export type PageGeometry = Pick<PrintPlan, "orientation" | "fitToWidth" | "margins" | "titleRows"> & {
  /** The paper's width and height in points (portrait). */
  readonly paper: readonly [number, number];
};

const KEEP_WITH_NEXT: readonly (CellStyle | undefined)[] = ["header", "subtitle", "title"];

/**
 * The scale the spreadsheet prints the sheet at: as large as fits its width on the pages
 * wide asked for, never above 100 %, in whole percent.
 *
 * @example
 * printScale(sheet, geometry); // 0.61 for a 13-year table on landscape A4
 */
export function printScale(sheet: SheetPlan, g: PageGeometry, cells: readonly PrintedCell[] = printedCells(sheet)): number {
  if (g.fitToWidth <= 0) return 1;
  const pageWidth = (g.orientation === "landscape" ? g.paper[1] : g.paper[0]) - (g.margins.left + g.margins.right) * 72;
  const width = spanPoints(sheet, 1, lastColumn(sheet, cells));
  return Math.min(100, Math.floor((100 * pageWidth * g.fitToWidth) / width)) / 100;
}

/**
 * The rows that begin a new page (1-based, increasing): before each section that would not
 * fit on what is left of the page, and inside a section taller than a page where it fills one.
 *
 * @param sheet - the sheet plan.
 * @param heights - the planned row heights (others have the default).
 * @param g - paper, orientation, fitting, margins and repeated title rows.
 * @param cells - the sheet's printed cells, when the caller has them already.
 *
 * @example
 * pageBreaksOf(sheet, heights, geometry); // [31] — the per-department table starts page 2
 */
export function pageBreaksOf(sheet: SheetPlan, heights: Readonly<Record<number, number>>, g: PageGeometry, cells: readonly PrintedCell[] = printedCells(sheet)): number[] {
  const scale = printScale(sheet, g, cells);
  const pageHeight = (g.orientation === "landscape" ? g.paper[0] : g.paper[1]) - (g.margins.top + g.margins.bottom) * 72;
  const capacity = (pageHeight * USABLE) / scale;
  const height = (row: number): number => heights[row] ?? DEFAULT_ROW_HEIGHT;
  const titles = g.titleRows ? sum(g.titleRows[0], g.titleRows[1], height) : 0;
  const filled = new Set<number>();
  const keep = new Set<number>();
  for (const table of sheet.tables) keep.add(parseCell(table.ref).row);
  for (const cell of sheet.cells) {
    const row = parseCell(cell.ref).row;
    if (cell.value !== null && cell.value !== undefined) filled.add(row);
    if (cell.formula !== undefined) filled.add(row);
    if (KEEP_WITH_NEXT.includes(cell.style)) keep.add(row);
  }
  for (const table of sheet.tables) {
    const top = parseCell(table.ref).row;
    for (let r = top; r <= top + Math.max(table.rows.length, 1); r++) filled.add(r);
  }
  // A chart's rows are one section with what stands right above it (its heading or source rows).
  let last = lastRow(sheet, cells);
  for (const chart of sheet.charts ?? []) {
    const [from, to] = chart.anchor.split(":").map((ref) => parseCell(ref).row);
    for (let r = from!; r <= to!; r++) filled.add(r);
    last = Math.max(last, to!);
  }
  const breaks: number[] = [];
  let used = 0;
  let row = 1;
  while (row <= last) {
    if (!filled.has(row)) {
      used += height(row);
      row += 1;
      continue;
    }
    let end = row;
    while (end + 1 <= last && filled.has(end + 1)) end += 1;
    const section = sum(row, end, height);
    if (used > titles && used + section > capacity && titles + section <= capacity) {
      breaks.push(row);
      used = titles;
    }
    for (let r = row; r <= end; r++) {
      if (used + height(r) > capacity && used > titles) {
        let at = r;
        while (at > row && keep.has(at - 1)) at -= 1; // a heading or header row goes with its rows
        if (at === row && breaks[breaks.length - 1] === row) at = r; // nothing to keep it with on this page
        breaks.push(at);
        used = titles + sum(at, r - 1, height);
      }
      used += height(r);
    }
    row = end + 1;
  }
  return [...new Set(breaks)].filter((b) => b > 1).sort((a, b) => a - b);
}

function sum(first: number, last: number, height: (row: number) => number): number {
  let s = 0;
  for (let r = first; r <= last; r++) s += height(r);
  return s;
}
