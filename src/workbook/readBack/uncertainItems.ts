/**
 * The Osäkerhet sheet's ranges and grades put onto the investment's items as read from the
 * other input tables: each effect, target group and unit cost gets the `uncertainty` the
 * sheet gives it (by the engine's match key of its id or code). A range or grade for an item
 * the tables do not have is a problem naming the table and the key.
 */
import type { Effect, TargetGroup, UnitCost } from "../../engine";
import { matchKey } from "../../engine/key";
import { EFFECT_GRADES_TABLE, RANGE_TABLES, UNIT_COST_GRADES_TABLE } from "../../sheetModel/tables/uncertaintyTables";
import type { UncertaintyRead } from "./readUncertainty";
import type { ReadProblem } from "./tableReader";

interface Items {
  readonly effects: readonly Effect[];
  readonly targetGroups: readonly TargetGroup[];
  readonly unitCosts: readonly UnitCost[];
}

function unknownKeys(table: string, given: ReadonlyMap<string, unknown>, known: readonly string[]): ReadProblem[] {
  const keys = new Set(known.map(matchKey));
  return [...given.keys()]
    .filter((k) => !keys.has(k))
    .map((k) => ({
      table,
      row: 0,
      sv: `Tabellen ${table} har en rad för "${k}", som inte finns bland satsningens poster.`,
      en: `The table ${table} has a row for "${k}", which is not among the investment's items.`
    }));
}

const withUncertainty = <T extends { readonly uncertainty?: object }>(item: T, u: Record<string, unknown>): T => {
  const { uncertainty: _old, ...rest } = item;
  return (Object.keys(u).length > 0 ? { ...rest, uncertainty: u } : rest) as T;
};

/**
 * The items with the sheet's ranges and grades; unchanged when the workbook has no sheet.
 *
 * @example
 * // Share (0.1, 0.5) on "placement", its unit cost graded 6:
 * uncertainItems(items, read).effects[0].uncertainty; // { share: { low: 0.1, high: 0.5 } }
 */
export function uncertainItems(items: Items, read: UncertaintyRead): Items & { readonly problems: readonly ReadProblem[] } {
  if (!read.present) return { ...items, problems: [] };
  const effects = items.effects.map((e) => {
    const k = matchKey(e.id);
    const share = read.shareRanges.get(k);
    const grade = read.effectGrades.get(k);
    return withUncertainty(e, { ...(share ? { share } : {}), ...(grade !== undefined ? { confidenceGrade: grade } : {}) });
  });
  const targetGroups = items.targetGroups.map((g) => {
    const volumeFactor = read.volumeRanges.get(matchKey(g.id));
    return withUncertainty(g, volumeFactor ? { volumeFactor } : {});
  });
  const unitCosts = items.unitCosts.map((u) => {
    const k = matchKey(u.code);
    const unitCostFactor = read.unitCostRanges.get(k);
    const grade = read.unitCostGrades.get(k);
    return withUncertainty(u, { ...(unitCostFactor ? { unitCostFactor } : {}), ...(grade !== undefined ? { confidenceGrade: grade } : {}) });
  });
  const ids = { effects: items.effects.map((e) => e.id), groups: items.targetGroups.map((g) => g.id), codes: items.unitCosts.map((u) => u.code) };
  const problems = [
    ...unknownKeys(RANGE_TABLES.share.name, read.shareRanges, ids.effects),
    ...unknownKeys(RANGE_TABLES.volumeFactor.name, read.volumeRanges, ids.groups),
    ...unknownKeys(RANGE_TABLES.unitCostFactor.name, read.unitCostRanges, ids.codes),
    ...unknownKeys(EFFECT_GRADES_TABLE.name, read.effectGrades, ids.effects),
    ...unknownKeys(UNIT_COST_GRADES_TABLE.name, read.unitCostGrades, ids.codes)
  ];
  return { effects, targetGroups, unitCosts, problems };
}
