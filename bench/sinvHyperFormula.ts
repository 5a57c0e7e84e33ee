/* eslint-disable @typescript-eslint/no-explicit-any -- HyperFormula's plugin API passes untyped ASTs and values. */
/**
 * SINV.SAVINGS10Y registered as a HyperFormula custom function for the benchmark: the same
 * exported function Excel calls, with ranges handed over as Excel hands them (2-D arrays).
 * A range of plain numbers is passed as it is, without a copy; anything else is converted
 * cell by cell (blank → null, an error → an Error, a typed number → its value).
 */
import type { ImplementedFunctions } from "hyperformula";
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import { savings10y } from "../src/functions/functions";

function cellOf(value: unknown): unknown {
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof CellError) return new Error(value.type);
  if (typeof value === "object" && value !== null && typeof (value as { val?: unknown }).val === "number") return (value as { val: number }).val;
  return null;
}

function argOf(value: unknown): unknown {
  if (!(value instanceof SimpleRangeValue)) return cellOf(value);
  return value.hasOnlyNumbers() ? value.rawData() : value.rawData().map((row) => row.map(cellOf));
}

const ERRORS: Record<string, ErrorType> = { "#VALUE!": ErrorType.VALUE, "#N/A": ErrorType.NA, "#DIV/0!": ErrorType.DIV_BY_ZERO };
const ANY = { argumentType: FunctionArgumentType.ANY };
const OPTIONAL = { argumentType: FunctionArgumentType.ANY, optionalArg: true };
const RANGE = { argumentType: FunctionArgumentType.RANGE };

class SinvBenchPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = {
    "SINV.SAVINGS10Y": { method: "savings10y", parameters: [RANGE, RANGE, ANY, OPTIONAL, OPTIONAL, OPTIONAL] }
  } as unknown as ImplementedFunctions;

  savings10y(ast: any, state: any): any {
    return this.runFunction(ast.args, state, this.metadata("SINV.SAVINGS10Y"), (...a: unknown[]) => {
      try {
        return savings10y(argOf(a[0]) as any[][], argOf(a[1]) as any[][], argOf(a[2]), argOf(a[3]), argOf(a[4]), argOf(a[5]));
      } catch (e) {
        return new CellError(ERRORS[(e as { code?: string }).code ?? ""] ?? ErrorType.VALUE, (e as Error).message);
      }
    });
  }
}

let registered = false;

/**
 * Registers SINV.SAVINGS10Y with HyperFormula once.
 *
 * @example
 * registerSavings10y(); // then =SINV.SAVINGS10Y(A2:F2;A1:F1;2019) in a sheet gives 16 200 000 for the worked example
 */
export function registerSavings10y(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(SinvBenchPlugin as any, { enGB: { "SINV.SAVINGS10Y": "SINV.SAVINGS10Y" }, enUS: { "SINV.SAVINGS10Y": "SINV.SAVINGS10Y" } });
  registered = true;
}
