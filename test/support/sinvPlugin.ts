/* eslint-disable @typescript-eslint/no-explicit-any -- HyperFormula's plugin API passes untyped ASTs and values. */
import type { ImplementedFunctions } from "hyperformula";
import { ArraySize, CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import * as functions from "../../src/functions/functions";

/**
 * The SINV custom functions as a HyperFormula plugin, so tests can recalculate workbooks
 * written with `--formulas sinv` through the real functions (the same code Excel calls).
 * Ranges arrive as 2-D arrays as in Excel; a thrown function error becomes the cell error
 * of the same code.
 */
type Fn = (...args: unknown[]) => unknown;

const ANY = { argumentType: FunctionArgumentType.ANY };
const OPTIONAL = { argumentType: FunctionArgumentType.ANY, optionalArg: true };
const RANGE = { argumentType: FunctionArgumentType.RANGE };

const SIGNATURES: Record<string, { method: string; params: object[]; array?: boolean }> = {
  "SINV.EFFECT": { method: "effect", params: [ANY, ANY, ANY, OPTIONAL, OPTIONAL] },
  "SINV.COHORTSAVINGS": { method: "cohortSavings", params: [RANGE, RANGE, ANY, ANY, ANY, OPTIONAL, OPTIONAL, OPTIONAL, OPTIONAL], array: true },
  "SINV.SAVINGS10Y": { method: "savings10y", params: [RANGE, RANGE, ANY, OPTIONAL, OPTIONAL, OPTIONAL] },
  "SINV.REPAYMENT": { method: "repayment", params: [ANY, OPTIONAL, OPTIONAL, OPTIONAL] },
  "SINV.PAYBACK": { method: "payback", params: [RANGE, RANGE, ANY] },
  "SINV.BREAKEVEN": { method: "breakeven", params: [ANY, ANY, OPTIONAL] },
  "SINV.STAFFCOST": { method: "staffCost", params: [ANY, ANY, ANY, ANY] }
};

function toCell(value: unknown): unknown {
  if (value === undefined || value === null || typeof value === "symbol") return null;
  if (typeof value === "object" && (value as { type?: unknown }).type !== undefined && !(value instanceof SimpleRangeValue)) return new Error(String((value as { type: unknown }).type));
  return value;
}

function toArg(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map((v) => (typeof v === "symbol" || (typeof v === "object" && v !== null) ? null : v)));
  return toCell(value);
}

const ERRORS: Record<string, ErrorType> = { "#VALUE!": ErrorType.VALUE, "#N/A": ErrorType.NA, "#DIV/0!": ErrorType.DIV_BY_ZERO };

function call(name: string, args: unknown[]): any {
  try {
    const result = ((functions as unknown as Record<string, Fn>)[SIGNATURES[name]!.method] as Fn)(...args.map(toArg));
    return Array.isArray(result) ? SimpleRangeValue.onlyValues(result as any) : result;
  } catch (e) {
    return new CellError(ERRORS[(e as { code?: string }).code ?? ""] ?? ErrorType.VALUE, (e as Error).message);
  }
}

class SinvPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = Object.fromEntries(
    Object.entries(SIGNATURES).map(([name, s]) => [name, { method: s.method, parameters: s.params, ...(s.array ? { sizeOfResultArrayMethod: "cohortSize" } : {}) }])
  ) as unknown as ImplementedFunctions;

  effect(ast: any, state: any): any {
    return this.runFunction(ast.args, state, this.metadata("SINV.EFFECT"), (...a: unknown[]) => call("SINV.EFFECT", a));
  }
  cohortSavings(ast: any, state: any): any {
    return this.runFunction(ast.args, state, this.metadata("SINV.COHORTSAVINGS"), (...a: unknown[]) => call("SINV.COHORTSAVINGS", a));
  }
  cohortSize(ast: any): ArraySize {
    const years = ast.args[1];
    if (years?.start && years?.end) return new ArraySize(years.end.col - years.start.col + 1, years.end.row - years.start.row + 1);
    return ArraySize.error();
  }
  savings10y(ast: any, state: any): any {
    return this.runFunction(ast.args, state, this.metadata("SINV.SAVINGS10Y"), (...a: unknown[]) => call("SINV.SAVINGS10Y", a));
  }
  repayment(ast: any, state: any): any {
    return this.runFunction(ast.args, state, this.metadata("SINV.REPAYMENT"), (...a: unknown[]) => call("SINV.REPAYMENT", a));
  }
  payback(ast: any, state: any): any {
    return this.runFunction(ast.args, state, this.metadata("SINV.PAYBACK"), (...a: unknown[]) => call("SINV.PAYBACK", a));
  }
  breakeven(ast: any, state: any): any {
    return this.runFunction(ast.args, state, this.metadata("SINV.BREAKEVEN"), (...a: unknown[]) => call("SINV.BREAKEVEN", a));
  }
  staffCost(ast: any, state: any): any {
    return this.runFunction(ast.args, state, this.metadata("SINV.STAFFCOST"), (...a: unknown[]) => call("SINV.STAFFCOST", a));
  }
}

let registered = false;

/**
 * Registers the SINV functions with HyperFormula once.
 *
 * @example
 * registerSinvFunctions(); // then =SINV.REPAYMENT(12200000) computes 12 810 000
 */
export function registerSinvFunctions(): void {
  if (registered) return;
  const names = Object.fromEntries(Object.keys(SIGNATURES).map((n) => [n, n]));
  HyperFormula.registerFunctionPlugin(SinvPlugin as any, { enGB: names, enUS: names });
  registered = true;
}
