/**
 * Entering SINV formulas again in the in-memory workbook: nothing is calculated there, so
 * this only turns the form Excel saves (`_xldudf_SINV_X(`) into `SINV.X(` and counts the
 * cells, as the Office gateway reports them.
 */
import { sinvFormulaToEnter } from "../sheetModel/formulaRepair";
import type { ReenterReport } from "../sheetModel/gateway";
import type { Sheet } from "./memoryWorkbook";

/**
 * Rewrites every SINV call of the sheets in place.
 *
 * @example
 * reenterInMemory([{ name: "Översikt", cells: new Map([["C4", { value: null, formula: "_xldudf_SINV_EFFECT(1,2,3)" }]]) }]);
 * // { entered: 1, sheets: ["Översikt"] }; C4's formula is now "SINV.EFFECT(1,2,3)"
 */
export function reenterInMemory(sheets: readonly Sheet[]): ReenterReport {
  const touched = new Set<string>();
  let entered = 0;
  for (const sheet of sheets) {
    for (const [address, cell] of sheet.cells) {
      const formula = cell.formula === undefined ? undefined : sinvFormulaToEnter(`=${cell.formula}`);
      if (formula === undefined) continue;
      sheet.cells.set(address, { ...cell, formula: formula.slice(1) });
      touched.add(sheet.name);
      entered += 1;
    }
  }
  return { entered, sheets: [...touched] };
}
