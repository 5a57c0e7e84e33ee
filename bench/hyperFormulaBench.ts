/**
 * (b) SINV.SAVINGS10Y as a HyperFormula custom function against the same window written as
 * a native SUMPRODUCT, both in one HyperFormula engine (one sheet each, same savings and
 * years), timing the recalculation after an input change (the end year), alternating.
 */
import { HyperFormula } from "hyperformula";
import { SAVINGS10Y_HORIZON } from "../src/functions/adapters/savings10y";
import type { Pair } from "./fair";
import { sideBySide } from "./fair";
import { registerSavings10y } from "./sinvHyperFormula";
import type { Row } from "./workload";
import { END_YEAR, YEARS } from "./workload";

/** Column letters A, B, … for a 0-based column (enough for the workload's width). */
function col(i: number): string {
  return String.fromCharCode(65 + i);
}

function sheetOf(rows: readonly Row[], formula: (r: number) => string): (number | string)[][] {
  const sheet: (number | string)[][] = [[...YEARS, "", END_YEAR]];
  rows.forEach((row, i) => sheet.push([...row.savings, formula(i + 2)]));
  return sheet;
}

/** The figures of (b). */
export interface HyperFormulaFigures {
  /** SINV recalculation time ÷ SUMPRODUCT recalculation time. */
  readonly pair: Pair;
  readonly buildMs: number;
  /** Both formulas give the float loop's answer for the first rows. */
  readonly agree: boolean;
}

/**
 * Builds one engine with two sheets, "sinv" and "native", and alternates end-year changes
 * on each, `rounds` rounds.
 *
 * @example
 * hyperFormulaBench(makeRows(10000), 15).pair.ratio.median; // e.g. 0.4 (SINV in 0.4× the native time)
 */
export function hyperFormulaBench(rows: readonly Row[], rounds: number): HyperFormulaFigures {
  registerSavings10y();
  const n = YEARS.length;
  const last = col(n - 1);
  const end = `$${col(n + 1)}$1`;
  const years = `$A$1:$${last}$1`;
  const sinv = sheetOf(rows, (r) => `=SINV.SAVINGS10Y(A${r}:${last}${r},${years},${end})`);
  const native = sheetOf(rows, (r) => `=SUMPRODUCT(A${r}:${last}${r},(${years}>${end})*(${years}<=${end}+${SAVINGS10Y_HORIZON}))`);
  const t0 = process.hrtime.bigint();
  const hf = HyperFormula.buildFromSheets({ sinv, native }, { licenseKey: "gpl-v3", useArrayArithmetic: true });
  const buildMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const ids = { sinv: hf.getSheetId("sinv") as number, native: hf.getSheetId("native") as number };
  const toggles = { sinv: 0, native: 0 };
  const change = (which: "sinv" | "native") => () => {
    toggles[which] += 1;
    hf.setCellContents({ sheet: ids[which], col: n + 1, row: 0 }, [[END_YEAR + (toggles[which] % 2)]]);
  };
  const pair = sideBySide(change("sinv"), change("native"), rounds);
  hf.setCellContents({ sheet: ids.sinv, col: n + 1, row: 0 }, [[END_YEAR]]);
  hf.setCellContents({ sheet: ids.native, col: n + 1, row: 0 }, [[END_YEAR]]);
  const sameAnswers = (): boolean => {
    for (let r = 0; r < Math.min(50, rows.length); r++) {
      if (hf.getCellValue({ sheet: ids.sinv, col: n, row: r + 1 }) !== hf.getCellValue({ sheet: ids.native, col: n, row: r + 1 })) return false;
    }
    return true;
  };
  let agree = sameAnswers();
  // A saving changes: both recalculate it (the plugin's cached range cells must not go stale).
  for (const sheet of [ids.sinv, ids.native]) hf.setCellContents({ sheet, col: 5, row: 1 }, [[123456.78]]);
  agree = agree && sameAnswers() && hf.getCellValue({ sheet: ids.sinv, col: n, row: 1 }) !== rows[0]!.savings.slice(3, 13).reduce((a, b) => a + b, 0);
  hf.destroy();
  return { pair, buildMs: Number(buildMs.toFixed(1)), agree };
}
