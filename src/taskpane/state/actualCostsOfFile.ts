/**
 * The pane holds the actual costs beside the other actuals (state.actualCosts, edited in
 * CostFollowUpPanel); the scenario file holds them inside them (`actuals.costs`). These two
 * functions move between the two shapes, so a read fills the pane's actual costs and a
 * generated workbook or file carries them.
 */
import type { Actuals } from "../../engine";
import type { ActualCosts } from "../../engine/costFollowUp";

/**
 * A file's actuals as the pane holds them: volumes and shares, and the actual costs apart.
 *
 * @example
 * splitActualCosts({ volumes: { pupils: { "2017": 8 } }, costs: { staff: { "2017": 3100000 } } });
 * // { actuals: { volumes: { pupils: { "2017": 8 } } }, actualCosts: { staff: { "2017": 3100000 } } }
 */
export function splitActualCosts(actuals: Actuals): { actuals: Actuals; actualCosts: ActualCosts } {
  const { costs, ...rest } = actuals;
  return { actuals: rest, actualCosts: costs ?? {} };
}

/**
 * The pane's actuals with its actual costs, as a file holds them (no `costs` key without any).
 *
 * @example
 * withActualCosts({ shares: { placement: 0.1 } }, { staff: { "2017": 3100000 } });
 * // { shares: { placement: 0.1 }, costs: { staff: { "2017": 3100000 } } }
 * withActualCosts({ shares: { placement: 0.1 } }, {}); // { shares: { placement: 0.1 } }
 */
export function withActualCosts(actuals: Actuals, costs: ActualCosts): Actuals {
  const given = Object.entries(costs).filter(([, byYear]) => Object.keys(byYear).length > 0);
  return given.length > 0 ? { ...actuals, costs: Object.fromEntries(given) } : actuals;
}
