/**
 * The checks that the workbook is on its base case: each scenario setting on Parametrar
 * against the value the engine resolves when no scenario is given (factors 1, the rules'
 * discount rate, horizon and include-during, the start year as base year). A finance
 * director's scenario written to Parametrar makes them fail, and Översikt says so.
 */
import { resolveScenario } from "../../engine";
import type { ResolvedScenario } from "../../engine";
import type { BuildContext } from "../context";
import type { Layout } from "../layout";
import { PARAM_ROWS } from "../layout";
import { PARAM_LABELS } from "../parameterLabels";
import type { PlanCells } from "./checksPlan";
import type { CheckRow } from "./checksRows";

/**
 * The base case: the scenario the engine resolves for the investment and its rules without
 * any scenario of the file's.
 *
 * @example
 * baseScenario(ctx).shareFactor; // 1
 */
export function baseScenario(ctx: BuildContext): ResolvedScenario {
  return resolveScenario(ctx.file.investment, ctx.rules);
}

/**
 * One check per scenario setting (every key of the engine's resolved scenario): the value
 * on Parametrar equals the base case's.
 *
 * @example
 * baseCaseChecks(ctx, layout, cells).map((r) => r.kind); // ["same", "same", …] (7 settings)
 */
export function baseCaseChecks(ctx: BuildContext, layout: Layout, cells: PlanCells): CheckRow[] {
  const base = baseScenario(ctx);
  const P = ctx.sheet("parameters");
  return (Object.keys(base) as (keyof ResolvedScenario)[]).map((key) => {
    const held = cells.held(P, PARAM_ROWS[key], 2);
    const numFmt = cells.numFmt(P, PARAM_ROWS[key], 2);
    return {
      kind: "same",
      description: ctx.t(PARAM_LABELS[key]),
      found: { formula: layout.param(key), value: held.value ?? null },
      expected: base[key],
      ...(numFmt ? { numFmt } : {})
    };
  });
}
