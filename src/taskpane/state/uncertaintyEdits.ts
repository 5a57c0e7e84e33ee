/**
 * The edits of the investment's uncertainty (docs/uncertainty.md), pure: a range per
 * effect's share, per target group's volume factor and per unit cost's factor, and a
 * confidence grade per effect and unit cost. A range or grade set to undefined is removed,
 * and an emptied `uncertainty` object with it, so a draft without ranges is the same file
 * as before (format `sinv-scenario/1` without the keys behaves as it always did).
 */
import type { Investment } from "../../engine";
import type { ScenarioFile } from "../../scenario/scenarioFile";
import { matchKey } from "../../engine";
import type { InputKind, Range, UncertaintySettings } from "../../engine/uncertainty/model";

/** An edit of a range or a grade. */
export type UncertaintyAction =
  /** `id`: the effect's id (share), the target group's id (volumeFactor) or the unit cost's code (unitCostFactor). */
  | { readonly type: "setRange"; readonly kind: InputKind; readonly id: string; readonly range: Range | undefined }
  | { readonly type: "setGrade"; readonly of: "effects" | "unitCosts"; readonly id: string; readonly grade: number | undefined };

type Uncertain = { readonly uncertainty?: object };

/** The item with one key of its `uncertainty` set or removed; no `uncertainty` when nothing is left. */
function withKey<T extends Uncertain>(item: T, key: string, value: unknown): T {
  const next: Record<string, unknown> = { ...(item.uncertainty ?? {}) };
  if (value === undefined) delete next[key];
  else next[key] = value;
  const { uncertainty: _old, ...rest } = item;
  return (Object.keys(next).length === 0 ? rest : { ...rest, uncertainty: next }) as T;
}

const LIST = { share: "effects", volumeFactor: "targetGroups", unitCostFactor: "unitCosts" } as const;

/**
 * The investment after an edit of its uncertainty. Effects and target groups are found by
 * id, unit costs by the engine's match key of their code.
 *
 * @example
 * const inv = editUncertainty(workedExample, { type: "setRange", kind: "share", id: "placement", range: { low: 0.1, high: 0.5 } });
 * inv.effects[0].uncertainty; // { share: { low: 0.1, high: 0.5 } }
 * editUncertainty(inv, { type: "setRange", kind: "share", id: "placement", range: undefined }).effects[0].uncertainty; // undefined
 */
export function editUncertainty(inv: Investment, action: UncertaintyAction): Investment {
  if (action.type === "setRange") {
    const list = LIST[action.kind];
    if (list === "unitCosts") return { ...inv, unitCosts: inv.unitCosts.map((u) => (matchKey(u.code) === matchKey(action.id) ? withKey(u, action.kind, action.range) : u)) };
    if (list === "targetGroups") return { ...inv, targetGroups: inv.targetGroups.map((g) => (g.id === action.id ? withKey(g, action.kind, action.range) : g)) };
    return { ...inv, effects: inv.effects.map((e) => (e.id === action.id ? withKey(e, action.kind, action.range) : e)) };
  }
  if (action.of === "unitCosts") return { ...inv, unitCosts: inv.unitCosts.map((u) => (matchKey(u.code) === matchKey(action.id) ? withKey(u, "confidenceGrade", action.grade) : u)) };
  return { ...inv, effects: inv.effects.map((e) => (e.id === action.id ? withKey(e, "confidenceGrade", action.grade) : e)) };
}

/**
 * The pane's ranges and grades carried onto an investment read from a workbook without the
 * Osäkerhet sheet (it is made only when the file has ranges; docs/uncertainty.md, "In the
 * workbook"), so an item read without `uncertainty` keeps the one the pane's item with the
 * same id (code, for unit costs; matched by the engine's key) had. Items read with their own
 * keep theirs.
 *
 * @example
 * // The pane had share (0.1, 0.5) on "placement"; the workbook's effect table changed:
 * carryUncertainty(paneInvestment, readInvestment).effects[0].uncertainty; // { share: { low: 0.1, high: 0.5 } }
 */
export function carryUncertainty(from: Investment, to: Investment): Investment {
  const carry = <T extends { readonly uncertainty?: object }>(items: readonly T[], old: readonly T[], key: (item: T) => string): T[] =>
    items.map((item) => {
      if (item.uncertainty !== undefined) return item;
      const had = old.find((o) => matchKey(key(o)) === matchKey(key(item)))?.uncertainty;
      return had === undefined ? item : { ...item, uncertainty: had };
    });
  return {
    ...to,
    effects: carry(to.effects, from.effects, (e) => e.id),
    targetGroups: carry(to.targetGroups, from.targetGroups, (g) => g.id),
    unitCosts: carry(to.unitCosts, from.unitCosts, (u) => u.code)
  };
}

/** The number of draws or the seed set on Scenarier (docs/uncertainty.md, "The draws"). */
export interface UncertaintySettingsAction {
  readonly type: "setUncertaintySettings";
  readonly draws?: number;
  readonly seed?: number;
}

/**
 * The draft after a change of the number of draws or the seed: the file's top-level
 * `uncertainty` with the given key replaced, the other kept.
 *
 * @example
 * editSettings({ ...file, uncertainty: { draws: 2000, seed: 1 } }, { type: "setUncertaintySettings", seed: 7 }).uncertainty; // { draws: 2000, seed: 7 }
 */
export function editSettings(file: ScenarioFile, action: UncertaintySettingsAction): ScenarioFile {
  const next: UncertaintySettings = {
    ...(file.uncertainty ?? {}),
    ...(action.draws !== undefined ? { draws: action.draws } : {}),
    ...(action.seed !== undefined ? { seed: action.seed } : {})
  };
  return { ...file, uncertainty: next };
}
