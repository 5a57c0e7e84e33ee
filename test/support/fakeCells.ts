/**
 * The cells of the task pane's fake Excel: writes of values and formulas, queued until
 * `context.sync()` like Office.js, each counted so a test can make the n-th one fail.
 */
import { cellAddress, parseCell } from "../../src/sheetModel/a1";
import { officeError, type PaneFakeOptions, type Sheet } from "./fakeExcelPaneTypes";

/** A formula text: a string starting with "=". */
export const isFormula = (v: unknown): v is string => typeof v === "string" && v.startsWith("=");

/** What a range's `values` / `formulas` setters do. */
export interface FakeRangeWriter {
  values: unknown[][];
  formulas: unknown[][];
}

/** The fake's cell writes. */
export interface FakeCells {
  /** Writes one cell now (a formula when `asFormula` and the value starts with "="); may fail as the options say. */
  write(sheet: Sheet, ref: string, value: unknown, asFormula?: boolean): void;
  /** A range from `origin` whose setters queue the writes. */
  writer(sheet: () => Sheet, origin: { row: number; col: number }): FakeRangeWriter;
  /** A cell's formula as `range.formulas` gives it: the formula, or the value. */
  formulaAt(sheet: Sheet | undefined, address: string): unknown;
  /** Cell writes attempted so far. */
  writes(): number;
}

/**
 * The cell writes of a fake over `queue`.
 *
 * @example
 * const cells = fakeCells({ failAtWrite: 2 }, queue); cells.writer(() => sheet, { row: 1, col: 1 }).values = [[1, 2]]; // the second write fails at sync
 */
export function fakeCells(options: PaneFakeOptions, queue: (() => void)[]): FakeCells {
  let writes = 0;
  let writeFailed = false;
  const write = (sheet: Sheet, ref: string, value: unknown, asFormula = false): void => {
    writes += 1;
    if (options.failOn === "write" || writes === options.failAtWrite || (writeFailed && options.failAllWritesAfter)) {
      writeFailed = true;
      throw officeError("GeneralException", `The write of ${ref} failed.`);
    }
    const address = cellAddress(parseCell(ref));
    if (asFormula && isFormula(value)) {
      sheet.formulas.set(address, value);
      sheet.cells.set(address, "");
    } else {
      sheet.formulas.delete(address);
      sheet.cells.set(address, value);
    }
  };
  const writer = (sheet: () => Sheet, origin: { row: number; col: number }): FakeRangeWriter => {
    const each = (matrix: unknown[][], asFormula: boolean): void =>
      void queue.push(() => matrix.forEach((row, r) => row.forEach((v, c) => write(sheet(), cellAddress({ row: origin.row + r, col: origin.col + c }), v, asFormula))));
    return {
      set values(matrix: unknown[][]) {
        each(matrix, false);
      },
      set formulas(matrix: unknown[][]) {
        each(matrix, true);
      }
    };
  };
  const formulaAt = (sheet: Sheet | undefined, address: string): unknown => sheet?.formulas.get(address) ?? sheet?.cells.get(address) ?? "";
  return { write, writer, formulaAt, writes: () => writes };
}
