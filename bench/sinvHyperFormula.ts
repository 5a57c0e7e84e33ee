/* eslint-disable @typescript-eslint/no-explicit-any -- HyperFormula's plugin API passes untyped ASTs and values. */
/**
 * SINV.SAVINGS10Y registered as a HyperFormula custom function for the benchmark: the same
 * exported function Excel calls, with ranges handed over as Excel hands them (2-D arrays).
 * (test/support/sinvPlugin.ts registers every function through `runFunction` for the tests;
 * this one shows what a lean registration costs.)
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

/** The key under which a range's cells are kept in its range vertex's cache. */
const CELLS_KEY = "SINV.CELLS";

class SinvBenchPlugin extends FunctionPlugin {
  /**
   * A range's cells as a 2-D array, kept in HyperFormula's own cache of its range vertex
   * (the one SUM and COUNT use), which HyperFormula clears when a cell of the range
   * changes: a recalculation after the end year changes reads no range again.
   */
  private rangeCells(ast: any, state: any): unknown {
    const vertex = (this as any).dependencyGraph.getRange(ast.start.toSimpleCellAddress(state.formulaAddress), ast.end.toSimpleCellAddress(state.formulaAddress));
    if (vertex === undefined) return argOf(this.evaluateAst(ast, state));
    let cells: unknown = vertex.getFunctionValue(CELLS_KEY);
    if (cells === undefined) {
      cells = argOf(this.evaluateAst(ast, state));
      vertex.setFunctionValue(CELLS_KEY, cells);
    }
    return cells;
  }

  static implementedFunctions: ImplementedFunctions = {
    "SINV.SAVINGS10Y": { method: "savings10y", parameters: [RANGE, RANGE, ANY, OPTIONAL, OPTIONAL, OPTIONAL] }
  } as unknown as ImplementedFunctions;

  /**
   * Evaluates the arguments itself rather than through `runFunction`: SAVINGS10Y takes
   * ranges as they are and needs none of HyperFormula's coercion, vectorisation or
   * broadcasting, whose bookkeeping costs more than the function.
   */
  savings10y(ast: any, state: any): any {
    const args: any[] = ast.args;
    if (args.length < 3 || args.length > 6) return new CellError(ErrorType.NA, "SINV.SAVINGS10Y takes 3 to 6 arguments.");
    const values: unknown[] = new Array<unknown>(6);
    for (let i = 0; i < 6; i++) {
      const a = args[i];
      values[i] = a === undefined || a.type === "EMPTY" ? null : a.type === "CELL_RANGE" ? this.rangeCells(a, state) : argOf(this.evaluateAst(a, state));
    }
    try {
      return savings10y(values[0] as any[][], values[1] as any[][], values[2], values[3], values[4], values[5]);
    } catch (e) {
      return new CellError(ERRORS[(e as { code?: string }).code ?? ""] ?? ErrorType.VALUE, (e as Error).message);
    }
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
