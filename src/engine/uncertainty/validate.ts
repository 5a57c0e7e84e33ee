/**
 * The engine's checks of uncertainty: each value against its field in the field table, then
 * what the table cannot say — a range in order around its base (low ≤ base ≤ high), no range
 * on a planned share of 0, and no share the scenario factor pushes above 1. A relation is
 * reported at the range (`effects[1].uncertainty.share`), a bound at the value.
 */
import type { DomainError } from "../errors";
import { domainError } from "../errors";
import { dec } from "../decimal";
import { checkField } from "../fields/checkField";
import type { NumberFieldName } from "../fields/fieldTable";
import type { Investment, Scenario } from "../model";
import type { Range, UncertaintySettings } from "./model";

type Check = DomainError | undefined;

function checkRange(field: NumberFieldName, range: Range | undefined, base: number, arg: string): Check {
  if (range === undefined) return undefined;
  const bad = checkField(field, range.low, `${arg}.low`) ?? checkField(field, range.high, `${arg}.high`);
  if (bad) return bad;
  return range.low <= base && base <= range.high ? undefined : domainError("rangeOrder", { arg, low: range.low, base, high: range.high });
}

function optionalGrade(grade: number | undefined, arg: string): Check {
  return grade === undefined ? undefined : checkField("confidenceGrade", grade, arg);
}

function firstOf<T>(items: readonly T[], check: (item: T, arg: string) => Check, list: string): Check {
  for (const [i, item] of items.entries()) {
    const bad = check(item, `${list}[${i + 1}]`);
    if (bad) return bad;
  }
  return undefined;
}

/**
 * Checks an investment's ranges and grades and the simulation's settings; the first problem,
 * or undefined. `scenario` is the file's scenario (its factor on shares bounds the high share).
 *
 * @example
 * validateUncertainty({ ...inv, effects: [{ ...effect, uncertainty: { share: { low: 0.4, high: 0.5 } } }] })?.en;
 * // "effects[1].uncertainty.share: the low (0.4), planned (0.3) and high value (0.5) must be in order, low ≤ planned ≤ high."
 * validateUncertainty(inv, {}, { draws: 0 })?.params.arg; // "uncertainty.draws"
 */
export function validateUncertainty(inv: Investment, scenario: Scenario = {}, settings: UncertaintySettings = {}): DomainError | undefined {
  const factor = scenario.shareFactor ?? 1;
  return (
    firstOf(
      inv.effects,
      (e, arg) => {
        const u = e.uncertainty;
        if (u === undefined) return undefined;
        const at = `${arg}.uncertainty.share`;
        const bad = checkRange("shareRange", u.share, e.share, at) ?? optionalGrade(u.confidenceGrade, `${arg}.uncertainty.confidenceGrade`);
        if (bad || !u.share) return bad;
        if (e.share === 0) return domainError("rangeOnZeroShare", { arg: at });
        const top = dec(u.share.high).times(dec(factor));
        return top.gt(1) ? domainError("rangeTimesFactor", { arg: at, high: u.share.high, factor, got: top.toString() }) : undefined;
      },
      "effects"
    ) ??
    firstOf(inv.targetGroups, (g, arg) => checkRange("volumeFactorRange", g.uncertainty?.volumeFactor, 1, `${arg}.uncertainty.volumeFactor`), "targetGroups") ??
    firstOf(
      inv.unitCosts,
      (u, arg) => checkRange("unitCostFactorRange", u.uncertainty?.unitCostFactor, 1, `${arg}.uncertainty.unitCostFactor`) ?? optionalGrade(u.uncertainty?.confidenceGrade, `${arg}.uncertainty.confidenceGrade`),
      "unitCosts"
    ) ??
    (settings.draws === undefined ? undefined : checkField("draws", settings.draws, "uncertainty.draws")) ??
    (settings.seed === undefined ? undefined : checkField("seed", settings.seed, "uncertainty.seed"))
  );
}
