/**
 * A workbook as data: what the generator builds and a writer applies. Pure values only,
 * so a plan can be tested, compared and written by more than one writer (ExcelJS bytes,
 * Office.js) without either knowing how it was made.
 */

/** A literal cell value. */
export type CellValue = number | string | boolean | null;

/** How a cell looks; the writer maps each style to fonts, fills and borders. */
export type CellStyle = "title" | "subtitle" | "header" | "label" | "input" | "result" | "total" | "note" | "warning" | "plain";

/** One cell: a value or a formula (English function names, `,` separators, no leading `=`). */
export interface CellPlan {
  /** A1 reference within the sheet, e.g. "B4". */
  readonly ref: string;
  readonly value?: CellValue;
  readonly formula?: string;
  /** Excel number format, e.g. `# ##0` or `0.0 %`. */
  readonly numFmt?: string;
  readonly style?: CellStyle;
  /**
   * What the engine computed for this formula cell (kronor rounded to öre, shares and
   * years as they are, booleans for tests). Spreadsheets recalculating the formula must
   * agree with it; the file writer stores it as the formula's cached value.
   */
  readonly expect?: number | boolean | string;
  /** The text wraps within the cell (or its merged range); the sheet's row heights make room for it. */
  readonly wrap?: boolean;
}

/** An Excel table (ListObject) over input data, with fixed names the add-in finds it by. */
export interface TablePlan {
  /** Workbook-unique table name, e.g. "SINV_Enhetskostnader". */
  readonly name: string;
  /** A1 reference of the header row's first cell. */
  readonly ref: string;
  readonly columns: readonly string[];
  /** Data rows, one value per column. */
  readonly rows: readonly (readonly CellValue[])[];
  /** Number formats per column (same length as columns; undefined for general). */
  readonly numFmts?: readonly (string | undefined)[];
  /** Columns whose data cells wrap their text (same length as columns; true to wrap). */
  readonly wrap?: readonly boolean[];
}

/** What a chart draws its series as: lines, stacked columns or side-by-side columns. */
export type ChartKind = "line" | "stackedColumn" | "clusteredColumn";

/**
 * One series of a chart. Every reference is an A1 range on the chart's own sheet, so the
 * chart is live: it follows the cells when an input changes.
 */
export interface ChartSeriesPlan {
  /** The cell holding the series' name (shown in the legend), e.g. "A41". */
  readonly name: string;
  /** The categories along the x axis, e.g. "D40:P40"; two columns (or rows) give two-level labels. */
  readonly categories: string;
  /** The values, one per category, e.g. "D41:P41". */
  readonly values: string;
  /**
   * Drawn other than as the chart's kind: "band", a row of 1 and 0 drawn as shaded columns
   * behind the other series, the full height of the plot where the row is 1 (it marks years,
   * e.g. the ten-year window); "line", a line over a column chart (a level such as the cost).
   */
  readonly as?: "band" | "line";
  /** Colour as six hex digits, e.g. "1F6FB2"; the writer's palette when left out. */
  readonly color?: string;
}

/** A native chart on a sheet, drawn from the sheet's own cells. */
export interface ChartPlan {
  readonly kind: ChartKind;
  /** The title, in the plan's language. */
  readonly title: string;
  /** The cells the chart covers, e.g. "A40:F60" (top-left to bottom-right, both covered). */
  readonly anchor: string;
  readonly series: readonly ChartSeriesPlan[];
}

/** One worksheet. */
export interface SheetPlan {
  readonly name: string;
  readonly cells: readonly CellPlan[];
  readonly tables: readonly TablePlan[];
  /** Column widths in characters, by 1-based column number. */
  readonly columnWidths: Readonly<Record<number, number>>;
  /** Rows and columns kept in view (frozen panes), 0 for none. */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  /** Native charts on the sheet (none when left out). */
  readonly charts?: readonly ChartPlan[];
  /** Row heights in points, by 1-based row number (rows not listed keep the default). */
  readonly rowHeights?: Readonly<Record<number, number>>;
  /** Merged ranges, e.g. "A2:H2" (a text spanning the sheet's width). */
  readonly merges?: readonly string[];
  /** How the sheet prints; without it the spreadsheet's defaults apply. */
  readonly print?: PrintPlan;
  /** A sheet kept out of view (and out of print): data the add-in reads back, e.g. the fund's source. */
  readonly hidden?: boolean;
}

/** A header or footer in three parts, each in Excel's header/footer code (`&P`, `&N`, `&A`, `&&` for a literal &). */
export interface HeaderFooterPlan {
  readonly left?: string;
  readonly center?: string;
  readonly right?: string;
}

/** How a sheet prints: paper, orientation, fitting, margins, repeated titles, header, footer and page breaks. */
export interface PrintPlan {
  /** Excel's paper size code: 9 = A4, 8 = A3, 1 = Letter. */
  readonly paperSize: number;
  readonly orientation: "portrait" | "landscape";
  /** Scaled to fit this many pages wide (any number of pages tall); 0 prints at 100 %. */
  readonly fitToWidth: number;
  /** Margins in inches (the file's unit). */
  readonly margins: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number; readonly header: number; readonly footer: number };
  /** Rows repeated at the top of every page (1-based, first and last). */
  readonly titleRows?: readonly [number, number];
  /** Columns repeated at the left of every page (1-based, first and last). */
  readonly titleColumns?: readonly [number, number];
  readonly header?: HeaderFooterPlan;
  readonly footer?: HeaderFooterPlan;
  /** Rows that begin a new page (1-based), in increasing order. */
  readonly pageBreaksBefore?: readonly number[];
}

/** A workbook-scoped name for a key result, e.g. SINV_TotalCost → Översikt!$C$8. */
export interface NamePlan {
  readonly name: string;
  readonly sheet: string;
  /** Absolute A1 reference within the sheet, e.g. "$C$8". */
  readonly ref: string;
}

/** The whole workbook. */
export interface WorkbookPlan {
  readonly title: string;
  readonly lang: "sv" | "en";
  /** "native": Excel's own functions; "sinv": SINV.* custom functions. */
  readonly formulas: "native" | "sinv";
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly NamePlan[];
  /**
   * Ranges ("Sheet!A1:B3", sheet unquoted) whose cells are inputs the user may change and the
   * pane reads back: a rebuild in place takes any value there as explained (src/sheetModel/rebuildPlan.ts).
   */
  readonly inputs?: readonly string[];
}
