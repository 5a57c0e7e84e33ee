/** Editing the evaluator's actual costs as data. */
import type { ActualCosts } from "../../engine/costFollowUp";

/**
 * The actual costs with one line's cost in one year set, or removed (undefined: the budget again).
 *
 * @example
 * setActualCost({}, "staff", 2017, 3100000);                          // { staff: { "2017": 3100000 } }
 * setActualCost({ staff: { "2017": 3100000 } }, "staff", 2017, undefined); // {}
 */
export function setActualCost(costs: ActualCosts, lineId: string, year: number, value: number | undefined): ActualCosts {
  const line = { ...(costs[lineId] ?? {}) };
  if (value === undefined) delete line[String(year)];
  else line[String(year)] = value;
  const next = { ...costs };
  if (Object.keys(line).length === 0) delete next[lineId];
  else next[lineId] = line;
  return next;
}
