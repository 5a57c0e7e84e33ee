import { isDomainError } from "../../src/engine/errors";
import { checkNumber } from "../../src/engine/fields/checkField";
import type { FieldEntry } from "../../src/engine/fields/fieldTable";
import { FIELDS } from "../../src/engine/fields/fieldTable";
import { breakevenCells } from "../../src/functions/adapters/breakeven";
import { cohortSavingsCells } from "../../src/functions/adapters/cohortSavings";
import { effectCells } from "../../src/functions/adapters/effect";
import { indexCostCells } from "../../src/functions/adapters/indexCost";
import { paybackCells } from "../../src/functions/adapters/payback";
import { repaymentCells } from "../../src/functions/adapters/repayment";
import { repaymentPlanCells } from "../../src/functions/adapters/repaymentPlan";
import { repaymentSplitCells } from "../../src/functions/adapters/repaymentSplit";
import { savings10yCells } from "../../src/functions/adapters/savings10y";
import { staffCostCells } from "../../src/functions/adapters/staffCost";
import { unitCostCells } from "../../src/functions/adapters/unitCost";
import { rangeText } from "../../src/engine/fields/fieldSpec";
import { numberBounds } from "../support/fieldBounds";
import { readFunctionMetadata } from "../../scripts/functionDocs";

/**
 * Generated from the field table: every custom-function argument the table names keeps its
 * field's bounds, exactly as the scenario schema and the engine do (boundary in, just
 * outside out, the error naming the argument, or for a range the cell: `volumes[2]`), and
 * the message is the engine's, in Swedish and English.
 */

type Call = (...args: unknown[]) => unknown;

interface Fn {
  readonly call: Call;
  readonly names: readonly string[];
  readonly baseline: readonly unknown[];
}

const years4 = [[2017, 2018, 2019, 2020]];
const savings4 = [[0, 2700000, 5400000, 8100000]];

const FNS: Readonly<Record<string, Fn>> = {
  EFFECT: { call: effectCells as Call, names: ["volume", "share", "unitCost", "quantity", "deadweight"], baseline: [20, 0.3, 900000, 1, 0] },
  COHORTSAVINGS: {
    call: cohortSavingsCells as Call,
    names: ["volumes", "years", "share", "unitCost", "duration", "lag", "dropOff", "quantity", "deadweight"],
    baseline: [[[10, 10, 10, 0]], years4, 0.3, 900000, 3, 1, 0, 1, 0]
  },
  SAVINGS10Y: { call: savings10yCells as Call, names: ["savings", "years", "endYear", "discountRate", "baseYear", "includeDuring"], baseline: [savings4, years4, 2019, 0, 2017, false] },
  REPAYMENT: { call: repaymentCells as Call, names: ["cost", "actualSavings", "floorShare", "feeShare"], baseline: [12200000, 3000000, 0.3, 0.05] },
  REPAYMENTSPLIT: {
    call: repaymentSplitCells as Call,
    names: ["cost", "savingsByDept", "actualByDept", "floorShare", "feeShare"],
    baseline: [12200000, [[6e6], [3e6], [1e6]], [[1e6], [1e6], [1e6]], 0.3, 0.05]
  },
  REPAYMENTPLAN: { call: repaymentPlanCells as Call, names: ["savings", "years", "cost", "feeShare", "startYear"], baseline: [savings4, years4, 12200000, 0.05, 2017] },
  PAYBACK: { call: paybackCells as Call, names: ["savings", "years", "cost"], baseline: [savings4, years4, 12200000] },
  BREAKEVEN: { call: breakevenCells as Call, names: ["cost", "savings", "share"], baseline: [12200000, 16200000, 0.3] },
  STAFFCOST: { call: staffCostCells as Call, names: ["monthlySalary", "fte", "months", "payrollOverhead"], baseline: [38000, 0.5, 12, 0.4] },
  INDEXCOST: { call: indexCostCells as Call, names: ["amount", "fromYear", "toYear", "indexYears", "indexRates"], baseline: [900000, 2019, 2022, [[2020, 2021, 2022]], [[0.013, 0.021, 0.048]]] },
  UNITCOST: { call: unitCostCells as Call, names: ["code", "codes", "costs"], baseline: ["B", [["A"], ["B"]], [[1], [2]]] }
};

/** The range-type refusals: what a bound gives, never a relation or a lookup. */
const RANGE_KEYS = new Set(["belowMin", "aboveMax", "notAbove", "notBelow", "notWhole", "yearRange", "notNumber"]);

/** The arguments with the value put in (a range gets it in its second cell), and the name its error carries. */
function withArg(fn: Fn, name: string, value: unknown): { args: unknown[]; arg: string } {
  const i = fn.names.indexOf(name);
  const args = fn.baseline.slice();
  const base = args[i];
  if (!Array.isArray(base)) {
    args[i] = value;
    return { args, arg: name };
  }
  const rows = (base as unknown[][]).map((r) => r.slice());
  if (rows.length === 1) rows[0]![1] = value;
  else rows[1]![0] = value;
  args[i] = rows;
  return { args, arg: `${name}[2]` };
}

const cases = Object.entries(FIELDS).flatMap(([field, spec]) =>
  ((spec as FieldEntry).args ?? []).map((where) => {
    const [fn, name] = where.split(".") as [string, string];
    return { field, where, fn, name, spec };
  })
);

describe("the custom functions check their arguments by the field table", () => {
  test("every argument the table names exists, and every function is covered", () => {
    for (const c of cases) expect({ where: c.where, known: FNS[c.fn]?.names.includes(c.name) }).toEqual({ where: c.where, known: true });
    expect(new Set(cases.map((c) => c.fn))).toEqual(new Set(Object.keys(FNS)));
    expect(cases.length).toBeGreaterThan(40);
  });

  test("every baseline call is valid", () => {
    for (const [name, fn] of Object.entries(FNS)) expect({ name, error: isDomainError(fn.call(...fn.baseline)) }).toEqual({ name, error: false });
  });

  test.each(cases.map((c) => [c.where, c.field, c] as const))("%s (%s): bounds in, just outside out", (_where, _field, c) => {
    if (c.spec.type !== "number") throw new Error(`${c.where}: only numeric fields are function arguments`);
    const fn = FNS[c.fn] as Fn;
    const bounds = numberBounds(c.spec);
    for (const v of bounds.inside) {
      const { args, arg } = withArg(fn, c.name, v);
      const r = fn.call(...args);
      const rangeError = isDomainError(r) && RANGE_KEYS.has(r.key) && r.params.arg === arg ? r.en : undefined;
      expect({ value: v, rangeError }).toEqual({ value: v, rangeError: undefined });
    }
    for (const v of [...bounds.outside, Infinity, Number.NaN]) {
      const { args, arg } = withArg(fn, c.name, v);
      const r = fn.call(...args);
      expect({ value: v, error: isDomainError(r) ? [r.key, r.params.arg] : r }).toEqual({ value: v, error: [expect.any(String), arg] });
      if (!isDomainError(r)) continue;
      expect(RANGE_KEYS.has(r.key)).toBe(true);
      // The same refusal, word for word, as the engine's check of the field.
      const engine = Number.isFinite(v) ? checkNumber(c.spec, v, arg) : undefined;
      if (engine) expect([r.sv, r.en]).toEqual([engine.sv, engine.en]);
      expect(r.sv).not.toBe(r.en);
    }
  });
});

describe("no function answers Infinity within the table's bounds", () => {
  test("the largest inputs give finite numbers, and BREAKEVEN on vanishing savings an error", () => {
    const big = FIELDS.volumes.max;
    const money = FIELDS.cost.max;
    expect(Number.isFinite(effectCells(big, 1, money, FIELDS.quantity.max, 0))).toBe(true);
    // Discounted 300 years forward at the lowest rate: (1 + r)^300 in the denominator.
    const late = savings10yCells([[money, money, money]], [[2198, 2199, 2200]], 2190, FIELDS.discountRate.min, 1900, false);
    expect(typeof late === "number" && Number.isFinite(late) && late > money).toBe(true);
    const r = breakevenCells(money, 5e-324, 1);
    expect(isDomainError(r) ? [r.key, r.code] : r).toEqual(["tooLarge", "#VALUE!"]);
  });
});

describe("the functions' help text (Excel's metadata and the README) states each argument's range from the table", () => {
  test("every argument the table governs names its range", async () => {
    const meta = await readFunctionMetadata("src/functions/functions.ts");
    for (const c of cases) {
      if (c.spec.type !== "number") continue;
      const param = meta.functions.find((f) => f.name === c.fn)?.parameters.find((p) => p.name === c.name);
      const range = rangeText(c.spec, "en");
      expect({ where: c.where, says: param?.description?.includes(range) }).toEqual({ where: c.where, says: true });
    }
  });
});
