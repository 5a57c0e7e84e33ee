import { checkField } from "../../engine/fields/checkField";
import { oreNumber } from "../../engine/rounding";
import { Dec } from "../../engine/decimal";
import { domainError, isDomainError } from "../../engine/errors";
import { excelTrim, matchKey } from "../../engine/key";
import type { Result } from "../../engine/result";
import { at, describe, isBlank, requiredText } from "../cells";
import { checkSameLength, toVector } from "../vectors";
import { parseAll } from "../parseAll";

/**
 * SINV.UNITCOST: cells → the cost whose code matches.
 *
 * @example
 * unitCostCells("hvb_dygn", [["SKOLA_ELEV"], ["HVB_DYGN"]], [[98912], [4300]]); // 4300
 */
export function unitCostCells(code: unknown, codes: unknown, costs: unknown): Result<number> {
  const a = parseAll({
    code: () => requiredText(code, "code"),
    codes: () => toVector(codes, "codes"),
    costs: () => toVector(costs, "costs")
  });
  if (isDomainError(a)) return a;
  const shape = checkSameLength(a.codes, "codes", a.costs, "costs");
  if (shape) return shape;
  const wanted = matchKey(a.code);
  const firstSeen = new Map<string, number>();
  let match = -1;
  for (let i = 0; i < a.codes.cells.length; i++) {
    const c = a.codes.cells[i];
    const cost = a.costs.cells[i];
    if (!isBlank(cost) && (typeof cost !== "number" || !Number.isFinite(cost))) {
      return domainError("notNumber", { arg: at("costs", i + 1), got: describe(cost) });
    }
    if (isBlank(c)) continue;
    if (typeof c !== "string" && typeof c !== "number") return domainError("notText", { arg: at("codes", i + 1), got: describe(c) });
    const key = matchKey(String(c));
    const seen = firstSeen.get(key);
    if (seen !== undefined) return domainError("duplicateCode", { arg: "codes", code: key, first: seen + 1, pos: i + 1 });
    firstSeen.set(key, i);
    if (key === wanted) match = i;
  }
  if (match < 0) return domainError("unknownCode", { code: excelTrim(a.code), arg: "codes" });
  const cost = a.costs.cells[match];
  if (isBlank(cost)) return domainError("blankCost", { code: excelTrim(a.code), arg: "costs", pos: match + 1 });
  return checkField("cost", cost, at("costs", match + 1)) ?? oreNumber(new Dec(cost as number));
}
