import * as functions from "../../src/functions/functions";
import { SinvFunctionError } from "../../src/functions/raise";

type Fn = (...args: unknown[]) => unknown;
type Kind = "number" | "year" | "whole" | "bool" | "text" | "range";

interface ArgSpec {
  readonly name: string;
  readonly kind: Kind;
  readonly required: boolean;
  /** Values outside the valid range, each with the text the message must name. */
  readonly outOfRange?: readonly unknown[];
  /** For ranges: a bad cell at position 2 of the baseline range. */
  readonly badCell?: unknown;
  /** For ranges: the range its length must match. */
  readonly pairedWith?: number;
}

interface FnSpec {
  readonly fn: string;
  readonly baseline: readonly unknown[];
  readonly args: readonly ArgSpec[];
}

const years4 = [[2017, 2018, 2019, 2020]];
const savings4 = [[0, 2700000, 5400000, 8100000]];

const SPECS: readonly FnSpec[] = [
  {
    fn: "effect",
    baseline: [20, 0.3, 900000, 1, 0],
    args: [
      { name: "volume", kind: "number", required: true, outOfRange: [-1] },
      { name: "share", kind: "number", required: true, outOfRange: [1.5, -0.1] },
      { name: "unitCost", kind: "number", required: true, outOfRange: [-1] },
      { name: "quantity", kind: "number", required: false, outOfRange: [-1] },
      { name: "deadweight", kind: "number", required: false, outOfRange: [1, -0.5] }
    ]
  },
  {
    fn: "cohortSavings",
    baseline: [[[10, 10, 10, 0]], years4, 0.3, 900000, 3, 1, 0, 1, 0],
    args: [
      { name: "volumes", kind: "range", required: true, badCell: "abc", outOfRange: [[[10, -1, 10, 0]]], pairedWith: 1 },
      { name: "years", kind: "range", required: true, badCell: "2018", outOfRange: [[[2017, 1800, 2019, 2020]], [[2017, 2017, 2019, 2020]], [[2018, 2017, 2019, 2020]]], pairedWith: 0 },
      { name: "share", kind: "number", required: true, outOfRange: [2] },
      { name: "unitCost", kind: "number", required: true, outOfRange: [-900000] },
      { name: "duration", kind: "whole", required: true, outOfRange: [-1, 1.5] },
      { name: "lag", kind: "whole", required: false, outOfRange: [-1, 0.5] },
      { name: "dropOff", kind: "number", required: false, outOfRange: [1.1] },
      { name: "quantity", kind: "number", required: false, outOfRange: [-3] },
      { name: "deadweight", kind: "number", required: false, outOfRange: [1] }
    ]
  },
  {
    fn: "savings10y",
    baseline: [savings4, years4, 2019, 0, 2017, false],
    args: [
      { name: "savings", kind: "range", required: true, badCell: true, pairedWith: 1 },
      { name: "years", kind: "range", required: true, badCell: "x", outOfRange: [[[2017, 2017, 2019, 2020]], [[2017, 2018.5, 2019, 2020]]], pairedWith: 0 },
      { name: "endYear", kind: "year", required: true, outOfRange: [1899, 2201] },
      { name: "discountRate", kind: "number", required: false, outOfRange: [-1, -2] },
      { name: "baseYear", kind: "year", required: false, outOfRange: [3000] },
      { name: "includeDuring", kind: "bool", required: false }
    ]
  },
  {
    fn: "repayment",
    baseline: [12200000, 3000000, 0.3, 0.05],
    args: [
      { name: "cost", kind: "number", required: true, outOfRange: [-1] },
      { name: "actualSavings", kind: "number", required: false },
      { name: "floorShare", kind: "number", required: false, outOfRange: [1.01, -0.3] },
      { name: "feeShare", kind: "number", required: false, outOfRange: [2] }
    ]
  },
  {
    fn: "repaymentSplit",
    baseline: [12200000, [[6e6], [3e6], [1e6]], [[2e6], [4e6], [0]], 0.3, 0.05],
    args: [
      { name: "cost", kind: "number", required: true, outOfRange: [-5] },
      { name: "savingsByDept", kind: "range", required: true, badCell: "6000000", outOfRange: [[[-1], [0], [-3]]], pairedWith: 2 },
      { name: "actualByDept", kind: "range", required: false, badCell: false, pairedWith: 1 },
      { name: "floorShare", kind: "number", required: false, outOfRange: [5] },
      { name: "feeShare", kind: "number", required: false, outOfRange: [-0.05] }
    ]
  },
  {
    fn: "repaymentPlan",
    baseline: [savings4, years4, 12200000, 0.05, 2017],
    args: [
      { name: "savings", kind: "range", required: true, badCell: "many", pairedWith: 1 },
      { name: "years", kind: "range", required: true, badCell: true, outOfRange: [[[2017, 2019, 2018, 2020]]], pairedWith: 0 },
      { name: "cost", kind: "number", required: true, outOfRange: [-12200000] },
      { name: "feeShare", kind: "number", required: false, outOfRange: [1.5] },
      { name: "startYear", kind: "year", required: false, outOfRange: [20] }
    ]
  },
  {
    fn: "payback",
    baseline: [savings4, years4, 12200000],
    args: [
      { name: "savings", kind: "range", required: true, badCell: "n/a", pairedWith: 1 },
      { name: "years", kind: "range", required: true, badCell: "2018", outOfRange: [[[2020, 2019, 2018, 2017]]], pairedWith: 0 },
      { name: "cost", kind: "number", required: true, outOfRange: [-1] }
    ]
  },
  {
    fn: "breakeven",
    baseline: [12200000, 16200000, 0.3],
    args: [
      { name: "cost", kind: "number", required: true, outOfRange: [-1] },
      { name: "savings", kind: "number", required: true },
      { name: "share", kind: "number", required: false, outOfRange: [1.2] }
    ]
  },
  {
    fn: "staffCost",
    baseline: [38000, 0.5, 12, 0.4015],
    args: [
      { name: "monthlySalary", kind: "number", required: true, outOfRange: [-38000] },
      { name: "fte", kind: "number", required: true, outOfRange: [-0.5] },
      { name: "months", kind: "number", required: true, outOfRange: [-12] },
      { name: "payrollOverhead", kind: "number", required: true, outOfRange: [2.5, -0.1] }
    ]
  },
  {
    fn: "indexCost",
    baseline: [900000, 2019, 2022, [[2020, 2021, 2022]], [[0.013, 0.021, 0.048]]],
    args: [
      { name: "amount", kind: "number", required: true, outOfRange: [-900000] },
      { name: "fromYear", kind: "year", required: true, outOfRange: [1000] },
      { name: "toYear", kind: "year", required: true, outOfRange: [2222] },
      { name: "indexYears", kind: "range", required: true, badCell: "2021", outOfRange: [[[2020, 2020, 2022]]], pairedWith: 4 },
      { name: "indexRates", kind: "range", required: true, badCell: "2,1 %", outOfRange: [[[0.013, -1, 0.048]]], pairedWith: 3 }
    ]
  },
  {
    fn: "unitCost",
    baseline: ["hvb_dygn", [["SKOLA_ELEV"], ["HVB_DYGN"]], [[98912], [4300]]],
    args: [
      { name: "code", kind: "text", required: true },
      { name: "codes", kind: "range", required: true, badCell: true, outOfRange: [[["HVB_DYGN"], [" hvb_dygn"]]], pairedWith: 2 },
      { name: "costs", kind: "range", required: true, badCell: "4300 kr", outOfRange: [[[98912], [-4300]]], pairedWith: 1 }
    ]
  }
];

function call(fn: string, args: readonly unknown[]): unknown {
  return ((functions as unknown as Record<string, Fn>)[fn] as Fn)(...args);
}

function thrown(fn: string, args: readonly unknown[]): SinvFunctionError {
  let result: unknown;
  try {
    result = call(fn, args);
  } catch (e) {
    if (e instanceof SinvFunctionError) return e;
    throw e;
  }
  throw new Error(`${fn} returned ${JSON.stringify(result)} instead of an error`);
}

function withArg(args: readonly unknown[], i: number, value: unknown): unknown[] {
  const copy = args.slice();
  copy[i] = value;
  return copy;
}

/** The range with its second cell replaced. */
function withCell(range: unknown, value: unknown): unknown {
  const rows = (range as unknown[][]).map((r) => r.slice());
  if (rows.length === 1) rows[0]![1] = value;
  else rows[1]![0] = value;
  return rows;
}

/** One more cell than the range has, in the same orientation. */
function longer(range: unknown): unknown {
  const rows = (range as unknown[][]).map((r) => r.slice());
  if (rows.length === 1) rows[0]!.push(rows[0]![0]);
  else rows.push(rows[0]!.slice());
  return rows;
}

const cases: [string, string, () => void][] = [];
for (const spec of SPECS) {
  cases.push([
    spec.fn,
    "the baseline is valid and its arguments are not mutated",
    () => {
      const args = structuredClone(spec.baseline) as unknown[];
      expect(() => call(spec.fn, args)).not.toThrow();
      expect(args).toEqual(spec.baseline);
    }
  ]);
  spec.args.forEach((arg, i) => {
    const expectValueError = (value: unknown, mustName: string) => () => {
      const e = thrown(spec.fn, withArg(spec.baseline, i, value));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toContain(mustName);
    };
    if (arg.kind === "range") {
      cases.push([spec.fn, `${arg.name}: a wrong type in a cell names the position`, expectValueError(withCell(spec.baseline[i], arg.badCell), `${arg.name}[2]`)]);
      cases.push([spec.fn, `${arg.name}: a 2 × 2 range`, expectValueError([[1, 2], [3, 4]], arg.name)]);
      if (arg.pairedWith !== undefined) {
        cases.push([spec.fn, `${arg.name}: one cell more than ${spec.args[arg.pairedWith]!.name}`, expectValueError(longer(spec.baseline[i]), arg.name)]);
      }
    } else {
      const wrong = arg.kind === "bool" ? ["yes", 2] : arg.kind === "text" ? [true] : ["100", true];
      for (const w of wrong) cases.push([spec.fn, `${arg.name}: wrong type ${JSON.stringify(w)}`, expectValueError(w, arg.name)]);
      if (arg.kind === "year" || arg.kind === "whole") cases.push([spec.fn, `${arg.name}: not whole`, expectValueError(2019.5, arg.name)]);
      cases.push([spec.fn, `${arg.name}: an error value`, expectValueError(new Error("#REF!"), arg.name)]);
    }
    if (arg.required) {
      for (const blank of [null, undefined, ""]) cases.push([spec.fn, `${arg.name}: blank ${JSON.stringify(blank)} (required)`, expectValueError(blank, arg.name)]);
    } else {
      cases.push([
        spec.fn,
        `${arg.name}: blank means the default`,
        () => {
          const blankResult = call(spec.fn, withArg(spec.baseline, i, null));
          expect(typeof blankResult === "number" || Array.isArray(blankResult)).toBe(true);
        }
      ]);
    }
    for (const bad of arg.outOfRange ?? []) {
      cases.push([spec.fn, `${arg.name}: out of range ${JSON.stringify(bad)}`, expectValueError(bad, arg.name)]);
    }
  });
}

describe("bad input: every argument of every function", () => {
  test("all eleven functions are covered", () => {
    expect(new Set(SPECS.map((s) => s.fn)).size).toBe(11);
  });
  test.each(cases)("%s — %s", (_fn, _what, run) => run());
});

describe("defaults equal their explicit values", () => {
  test.each<[string, unknown[], unknown[]]>([
    ["effect", [20, 0.3, 900000], [20, 0.3, 900000, 1, 0]],
    ["savings10y", [savings4, years4, 2019], [savings4, years4, 2019, 0, 2017, false]],
    ["repayment", [12200000, 3000000], [12200000, 3000000, 0.3, 0.05]],
    ["repaymentPlan", [savings4, years4, 12200000], [savings4, years4, 12200000, 0.05, 2017]],
    ["breakeven", [12200000, 16200000], [12200000, 16200000, 1]]
  ])("%s", (fn, short, full) => {
    expect(call(fn, short)).toEqual(call(fn, full));
  });
});

describe("contract details", () => {
  test("a column in, a column out; a row in, a row out", () => {
    const col = call("cohortSavings", [[[10], [10], [10], [0]], [[2017], [2018], [2019], [2020]], 0.3, 900000, 3, 1]);
    expect(col).toEqual([[0], [2700000], [5400000], [8100000]]);
    const row = call("repaymentSplit", [300, [[1, 1, 1]]]);
    expect(row).toEqual([[105, 105, 105]]);
  });
  test("a split rounds cumulatively: 100 kr in three equal parts is 33.33 + 33.34 + 33.33 (fee 0)", () => {
    expect(call("repaymentSplit", [100, [[1], [1], [1]], null, null, 0])).toEqual([[33.33], [33.34], [33.33]]);
  });
  test("blank pairs are skipped and kept blank in the output", () => {
    expect(call("cohortSavings", [[[10, "", 10]], [[2017, "", 2018]], 0.3, 900000, 2, 0])).toEqual([[2700000, "", 5400000]]);
    expect(call("savings10y", [[[5, null, 7]], [[2020, null, 2021]], 2019])).toBe(12);
  });
  test("a blank year next to a value is an error naming the position", () => {
    const e = thrown("savings10y", [[[5, 6, 7]], [[2020, "", 2021]], 2019]);
    expect(e.message).toContain("2");
    expect(e.code).toBe("#VALUE!");
  });
  test("no department with positive savings: #VALUE!", () => {
    expect(thrown("repaymentSplit", [100, [[0], [-5]]]).code).toBe("#VALUE!");
  });
  test("#N/A: unknown code, blank cost, missing index year, never paid back", () => {
    expect(thrown("unitCost", ["X", [["A"]], [[1]]]).code).toBe("#N/A");
    expect(thrown("unitCost", ["A", [["A"], ["B"]], [[""], [1]]]).code).toBe("#N/A");
    expect(thrown("indexCost", [1, 2019, 2021, [[2020, 2021]], [[0.01, ""]]]).message).toContain("2021");
    expect(thrown("payback", [[[1, 1]], [[2020, 2021]], 3]).code).toBe("#N/A");
  });
  test("#DIV/0! only for a break-even with zero savings; #N/A for negative savings", () => {
    expect(thrown("breakeven", [1, 0]).code).toBe("#DIV/0!");
    expect(thrown("breakeven", [1, -1]).code).toBe("#N/A");
  });
  test("unit cost codes match trimmed and case-insensitive; a numeric code is read as text", () => {
    expect(call("unitCost", ["  Hvb_Dygn ", [["hvb_dygn"]], [[4300]]])).toBe(4300);
    expect(call("unitCost", [1234, [[1234]], [[5]]])).toBe(5);
  });
  test("indexing backwards divides", () => {
    expect(call("indexCost", [975526.29, 2022, 2019, [[2020, 2021, 2022]], [[0.013, 0.021, 0.048]]])).toBe(900000);
  });
  test("1 × 1 ranges count as scalars for scalar arguments", () => {
    expect(call("effect", [[[20]], [[0.3]], [[900000]]])).toBe(5400000);
  });
});

describe("messages follow Office's display language", () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Office;
  });
  test("Swedish outside Office and in Swedish Office", () => {
    expect(thrown("effect", [10, 1.5, 1000]).message).toBe("share får vara högst 1; fick 1.5.");
  });
  test("English when Office's display language is English", () => {
    (globalThis as Record<string, unknown>).Office = { context: { displayLanguage: "en-GB" } };
    expect(thrown("effect", [10, 1.5, 1000]).message).toBe("share must be at most 1; got 1.5.");
  });
});
