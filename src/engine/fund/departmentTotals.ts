/**
 * The fund's departments: each department's repayment, savings and what it still owes,
 * per fund year, over every investment the fund counts. A department named in several
 * scenario files is one department when its ids match by the key rule (engine/key.ts).
 */
import type { Dec } from "../decimal";
import { ZERO } from "../decimal";
import type { DepartmentPart, InvestmentFlows } from "./investmentFlows";

/** One department across the fund, per fund year (öre). */
export interface DepartmentTotals {
  readonly key: string;
  /** The id and name as the first scenario file that names it gives them. */
  readonly id: string;
  readonly name: string;
  /** What the fund expects it to repay in all, and the part its savings cannot cover. */
  readonly repayable: Dec;
  readonly shortfall: Dec;
  readonly repaid: readonly Dec[];
  /** Its savings from the investments the fund counts (with the actuals once evaluated). */
  readonly savings: readonly Dec[];
  /** Still owed at the end of each year: what it owes for investments decided by then, less what it repaid so far. */
  readonly owed: readonly Dec[];
}

interface Totals {
  id: string;
  name: string;
  repayable: Dec;
  shortfall: Dec;
  repaid: Dec[];
  savings: Dec[];
  owed: Dec[];
}

function addPart(t: Totals, f: InvestmentFlows, d: DepartmentPart, years: readonly number[]): void {
  const actual = f.status.actualRepayment;
  const plan = actual ? d.actualPlan : d.plannedPlan;
  const savings = actual ? d.actualSavings : d.plannedSavings;
  const owes = actual ? d.actualOwed : d.plannedOwed;
  t.repayable = t.repayable.plus(owes);
  t.shortfall = t.shortfall.plus(actual ? d.actualShortfall : d.plannedShortfall);
  let repaidSoFar = ZERO;
  years.forEach((y, k) => {
    repaidSoFar = repaidSoFar.plus(plan[k] as Dec);
    t.repaid[k] = (t.repaid[k] as Dec).plus(plan[k] as Dec);
    t.savings[k] = (t.savings[k] as Dec).plus(savings[k] as Dec);
    if (y >= f.item.decisionYear) t.owed[k] = (t.owed[k] as Dec).plus(owes.minus(repaidSoFar));
  });
}

/**
 * Every department's totals over the investments the fund counts, in the order they are
 * first named.
 *
 * @example
 * // Bryggan alone, granted in 2017: soc owes 12 810 000 from 2017 and repays as its savings arise.
 * departmentTotals([bryggan], years)[0].owed[4].toNumber(); // 12810000 (2017)
 */
export function departmentTotals(flows: readonly InvestmentFlows[], years: readonly number[]): DepartmentTotals[] {
  const byKey = new Map<string, Totals>();
  for (const f of flows) {
    if (!f.status.counted) continue;
    for (const d of f.departments) {
      let t = byKey.get(d.key);
      if (!t) {
        t = { id: d.id, name: d.name, repayable: ZERO, shortfall: ZERO, repaid: years.map(() => ZERO), savings: years.map(() => ZERO), owed: years.map(() => ZERO) };
        byKey.set(d.key, t);
      }
      addPart(t, f, d, years);
    }
  }
  return [...byKey.entries()].map(([key, t]) => ({ key, ...t }));
}
