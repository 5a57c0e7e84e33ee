/**
 * The draft as the forms and the planned evaluation see it: without the ranges and grades
 * (each item's `uncertainty`) and without the draws and seed, which only the uncertainty
 * analysis reads. Kept as the same object while only those change, so a range typed on
 * Scenarier re-renders neither the Ansökan forms nor the planned results.
 */
import type { Investment } from "../../engine";
import type { ScenarioFile } from "../../scenario/scenarioFile";

/** The lists whose items may carry an `uncertainty`. */
const RANGED = ["effects", "targetGroups", "unitCosts"] as const;

type Item = { readonly uncertainty?: unknown };

/** The draft's part the forms read. */
export type DraftInputs = Pick<ScenarioFile, "format" | "rules" | "investment">;

/**
 * Whether the draft has a range or grade on any effect, target group or unit cost.
 *
 * @example
 * hasRanges(workedExampleFile()); // false
 * hasRanges(withShareRange);      // true (effects[0].uncertainty = { share: { low: 0.1, high: 0.5 } })
 */
export function hasRanges(draft: Pick<ScenarioFile, "investment">): boolean {
  return RANGED.some((list) => (draft.investment[list] as readonly Item[]).some((item) => item.uncertainty !== undefined));
}

function strip<T extends Item>(item: T): T {
  if (item.uncertainty === undefined) return item;
  const { uncertainty: _dropped, ...rest } = item;
  return rest as T;
}

/** Same keys and the same values (by identity), `uncertainty` aside. */
function sameBesidesRanges(a: object, b: object): boolean {
  if (a === b) return true;
  const ka = Object.keys(a).filter((k) => k !== "uncertainty");
  const kb = Object.keys(b).filter((k) => k !== "uncertainty");
  return ka.length === kb.length && ka.every((k) => Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function sameInvestment(a: Investment, b: Investment): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const x = (a as unknown as Record<string, unknown>)[key];
    const y = (b as unknown as Record<string, unknown>)[key];
    if ((RANGED as readonly string[]).includes(key)) {
      const xs = x as readonly object[];
      const ys = y as readonly object[];
      if (xs.length !== ys.length || xs.some((item, i) => !sameBesidesRanges(item, ys[i] as object))) return false;
    } else if (!Object.is(x, y)) return false;
  }
  return true;
}

/**
 * The draft without ranges, grades, draws and seed; `previous` itself when it is the same
 * draft in all else (so React sees no change), the draft's own objects where nothing is
 * stripped.
 *
 * @example
 * const a = draftInputs(workedExampleFile(), undefined);  // a.investment is the file's own (no ranges to strip)
 * const ranged = { ...file, investment: { ...inv, effects: [{ ...inv.effects[0], uncertainty: { share: { low: 0.1, high: 0.5 } } }] } };
 * draftInputs(ranged, a) === a;                           // true: only a range differs
 * draftInputs({ ...file, investment: { ...inv, endYear: 2020 } }, a) === a; // false: the period changed
 */
export function draftInputs(draft: ScenarioFile, previous: DraftInputs | undefined): DraftInputs {
  if (previous !== undefined && previous.format === draft.format && previous.rules === draft.rules && sameInvestment(previous.investment, draft.investment)) return previous;
  const inv = draft.investment;
  const investment = hasRanges(draft) ? { ...inv, effects: inv.effects.map(strip), targetGroups: inv.targetGroups.map(strip), unitCosts: inv.unitCosts.map(strip) } : inv;
  return { format: draft.format, rules: draft.rules, investment };
}
