/**
 * The pane holds actual costs beside the actuals (state.actualCosts); a file holds them in
 * `actuals.costs`. A pane started from a file, a read and a generation move between them.
 */
import { splitActualCosts, withActualCosts } from "../../src/taskpane/state/actualCostsOfFile";
import { initialPaneState } from "../../src/taskpane/state/transition";
import { workedExampleFile } from "../support/scenarioFiles";

test("split and joined again, a file's actuals are what they were; empty costs add no key", () => {
  const actuals = { volumes: { pupils: { "2017": 8 } }, costs: { staff: { "2017": 3_100_000 } } };
  const split = splitActualCosts(actuals);
  expect(split).toEqual({ actuals: { volumes: { pupils: { "2017": 8 } } }, actualCosts: { staff: { "2017": 3_100_000 } } });
  expect(withActualCosts(split.actuals, split.actualCosts)).toEqual(actuals);
  expect(withActualCosts({ shares: { placement: 0.1 } }, { staff: {} })).toEqual({ shares: { placement: 0.1 } });
});

test("a pane started from a file with actual costs holds them as its actual costs", () => {
  const state = initialPaneState({ ...workedExampleFile, actuals: { shares: { placement: 0.1 }, costs: { premises: { "2018": 900_000 } } } });
  expect(state.actualCosts).toEqual({ premises: { "2018": 900_000 } });
  expect(state.actuals).toEqual({ shares: { placement: 0.1 } });
});
