import fc from "fast-check";
import type { Vector } from "../../src/functions/vectors";
import { yearSeries } from "../../src/functions/yearSeries";

/**
 * yearSeries takes a range of rising years, each with a number in bounds, as it stands.
 * Appending a blank pair sends the same cells through the cell-by-cell path: both must
 * give the same series, or the same error.
 */
const year = fc.oneof({ arbitrary: fc.integer({ min: 1890, max: 2210 }), weight: 8 }, { arbitrary: fc.constantFrom(2019.5, Number.NaN), weight: 1 });
const value = fc.oneof(
  { arbitrary: fc.integer({ min: -1000, max: 2e7 }), weight: 6 },
  { arbitrary: fc.integer({ min: -1e5, max: 1e9 }).map((m) => m / 100), weight: 3 },
  { arbitrary: fc.constantFrom(1e13, -1e13, 2.5, Number.POSITIVE_INFINITY, 0, -0), weight: 1 }
);

function row(cells: unknown[]): Vector {
  return { cells, orientation: "row" };
}

test("the uncopied rising range and the cell-by-cell path agree", () => {
  let taken = 0;
  fc.assert(
    fc.property(
      fc.array(fc.tuple(year, value), { minLength: 1, maxLength: 16 }),
      fc.boolean(),
      fc.constantFrom("volumes" as const, "savings" as const),
      fc.boolean(),
      (pairs, sortYears, field, increasing) => {
        const ys = pairs.map(([y]) => y);
        if (sortYears) ys.sort((a, b) => a - b);
        const vs = pairs.map(([, v]) => v);
        const direct = yearSeries(row(vs), "values", row(ys), "years", { increasing, field });
        const viaCells = yearSeries(row([...vs, ""]), "values", row([...ys, ""]), "years", { increasing, field });
        if (!("kind" in direct) && direct.years === (ys as readonly number[])) taken += 1;
        expect(JSON.stringify(direct)).toBe(JSON.stringify(viaCells));
      }
    ),
    { numRuns: 1000 }
  );
  expect(taken).toBeGreaterThan(100); // the shortcut did answer
});
