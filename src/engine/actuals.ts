/**
 * Actuals completion, owned here (decided in the one-source-of-truth issue): per year, an
 * actual value where the evaluator gave one, otherwise the plan; every year is marked
 * actual or forecast. The same for each effect's share. The pane, the CLI and the
 * workbook's follow-up (a blank actual cell reads the planned one) all follow this rule.
 */
import { valueByKey } from "./key";
import type { Actuals, Investment } from "./model";

/** A value and whether the evaluator gave it (true) or it is the plan, a forecast (false). */
export interface Marked {
  readonly value: number;
  readonly actual: boolean;
}

/** The actuals with every gap filled by the plan, and each value marked. */
export interface CompletedActuals {
  /** Per target group id: the volume of each timeline year. */
  readonly volumes: ReadonlyMap<string, readonly Marked[]>;
  /** Per effect id: the share. */
  readonly shares: ReadonlyMap<string, Marked>;
  /** Whether the evaluator gave any value at all. */
  readonly any: boolean;
}

/**
 * Completes the actuals over the timeline.
 *
 * @example
 * // Worked example (10 pupils a year 2017–2019), only 2017's actual volume given (8):
 * const c = completeActuals(inv, { volumes: { pupils: { "2017": 8 } } }, [2017, 2018, 2019, 2020]);
 * c.volumes.get("pupils"); // [{8, actual}, {10, forecast}, {10, forecast}, {0, forecast}]
 */
export function completeActuals(inv: Pick<Investment, "targetGroups" | "effects">, actuals: Actuals | undefined, years: readonly number[]): CompletedActuals {
  let any = false;
  const volumes = new Map<string, Marked[]>();
  for (const g of inv.targetGroups) {
    const given = valueByKey(actuals?.volumes, g.id);
    volumes.set(
      g.id,
      years.map((y) => {
        const a = given !== undefined && Object.prototype.hasOwnProperty.call(given, String(y)) ? given[String(y)] : undefined;
        if (a !== undefined) {
          any = true;
          return { value: a, actual: true };
        }
        const planned = Object.prototype.hasOwnProperty.call(g.volumes, String(y)) ? g.volumes[String(y)] : undefined;
        return { value: planned ?? 0, actual: false };
      })
    );
  }
  const shares = new Map<string, Marked>();
  for (const e of inv.effects) {
    const a = actuals?.shares ? valueByKey(actuals.shares, e.id) : undefined;
    if (a !== undefined) any = true;
    shares.set(e.id, a !== undefined ? { value: a, actual: true } : { value: e.share, actual: false });
  }
  return { volumes, shares, any };
}
