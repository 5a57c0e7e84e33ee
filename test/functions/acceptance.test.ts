import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as functions from "../../src/functions/functions";

interface Case {
  fn: string;
  args: unknown[];
  expect: number | number[][] | { error: string };
  note?: string;
}

/** The acceptance cases, copied from shared/acceptance (the project must not need ../shared). */
const file = join(__dirname, "..", "fixtures", "acceptance", "functions.json");
const cases = JSON.parse(readFileSync(file, "utf8")) as Case[];

/** Compares as the acceptance README says: 1e-6 for money, 12 significant digits for shares. */
function close(actual: unknown, expected: number): boolean {
  if (typeof actual !== "number") return false;
  if (Math.abs(expected) < 1 && expected !== 0) return Number(actual.toPrecision(12)) === Number(expected.toPrecision(12));
  return Math.abs(actual - expected) <= 1e-6;
}

class FakeCfError extends Error {
  constructor(readonly code: string, message?: string) {
    super(message);
  }
}

describe("shared/acceptance/functions.json", () => {
  beforeAll(() => {
    (globalThis as Record<string, unknown>).CustomFunctions = { Error: FakeCfError };
  });
  afterAll(() => {
    delete (globalThis as Record<string, unknown>).CustomFunctions;
  });

  test("the file has cases for every function", () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  test.each(cases.map((c, i) => [`${i + 1} ${c.fn} ${c.note ?? ""}`, c] as const))("%s", (_name, c) => {
    const fn = (functions as unknown as Record<string, (...a: unknown[]) => unknown>)[c.fn];
    expect(typeof fn).toBe("function");
    if (typeof c.expect === "object" && !Array.isArray(c.expect)) {
      let thrown: unknown;
      try {
        fn!(...c.args);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(FakeCfError);
      const err = thrown as FakeCfError;
      expect(err.code).toBe(c.expect.error);
      if (c.expect.error === "#VALUE!" || c.expect.error === "#N/A") expect(err.message.length).toBeGreaterThan(5);
      return;
    }
    const got = fn!(...c.args);
    if (Array.isArray(c.expect)) {
      const rows = got as unknown[][];
      expect(rows.length).toBe(c.expect.length);
      c.expect.forEach((row, r) => {
        expect(rows[r]!.length).toBe(row.length);
        row.forEach((v, k) => expect(close(rows[r]![k], v)).toBe(true));
      });
    } else {
      expect(close(got, c.expect)).toBe(true);
    }
  });
});
