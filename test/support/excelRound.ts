/**
 * Excel's ROUND for HyperFormula. HyperFormula rounds the binary double
 * (Math.round(x × 10^n) / 10^n), so ROUND(2.675, 2) gives 2.67; Excel and LibreOffice
 * round the value as it is shown, to 15 significant digits, half away from zero, and give
 * 2.68 — as the engine does on exact decimals. The in-process recalculation stands in for
 * Excel, so it uses Excel's rule.
 */
import Decimal from "decimal.js";
import { FunctionArgumentType, FunctionPlugin, HyperFormula } from "hyperformula";

/* eslint-disable @typescript-eslint/no-explicit-any -- HyperFormula's plugin interface is untyped at this level. */
class ExcelRoundPlugin extends FunctionPlugin {
  static implementedFunctions = {
    ROUND: {
      method: "round",
      parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 }]
    }
  };
  round(ast: any, state: any): any {
    return this.runFunction(ast.args, state, this.metadata("ROUND"), (value: number, places: number) => excelRound(value, places));
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * Rounds as Excel's ROUND does: the 15-significant-digit value, half away from zero.
 *
 * @example
 * excelRound(2.675, 2);        // 2.68 (Math.round gives 2.67)
 * excelRound(-1234567.615, 2); // -1234567.62
 */
export function excelRound(value: number, places: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const shown = new Decimal(value.toPrecision(15));
  return shown.toDecimalPlaces(Math.trunc(places), Decimal.ROUND_HALF_UP).toNumber();
}

let registered = false;

/**
 * Replaces HyperFormula's ROUND with Excel's, once.
 *
 * @example
 * useExcelRound(); // then =ROUND(2.675,2) is 2.68
 */
export function useExcelRound(): void {
  if (registered) return;
  HyperFormula.unregisterFunction("ROUND");
  HyperFormula.registerFunctionPlugin(ExcelRoundPlugin as unknown as Parameters<typeof HyperFormula.registerFunctionPlugin>[0], { enGB: { ROUND: "ROUND" }, enUS: { ROUND: "ROUND" } });
  registered = true;
}
