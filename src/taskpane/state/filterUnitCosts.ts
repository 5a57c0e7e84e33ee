/** The unit-cost picker's search: by code and description, ignoring case and accents. */
import type { UnitCost } from "../../engine";
import { matchKey } from "../../engine";

const fold = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/**
 * The unit costs whose code or description contains every word of the query.
 *
 * @example
 * filterUnitCosts(catalogue, "grundskola orebro").map((u) => u.code); // ["SKOLA_GRUNDSKOLA_ELEV_AR_OREBRO"]
 * filterUnitCosts(catalogue, "").length === catalogue.length;          // true
 */
export function filterUnitCosts(catalogue: readonly UnitCost[], query: string): UnitCost[] {
  const words = fold(query).split(/[\s_]+/).filter((w) => w !== "");
  if (words.length === 0) return [...catalogue];
  return catalogue.filter((u) => {
    const haystack = fold(`${u.code} ${u.code.replace(/_/g, " ")} ${u.description}`);
    return words.every((w) => haystack.includes(w));
  });
}

/**
 * The catalogue the picker offers: the workbook's unit-cost table, then the draft's own
 * unit costs not in it (codes compared by the engine's match key: trimmed, without case).
 *
 * @example
 * mergeCatalogue([{ code: "A", … }], [{ code: "a", … }, { code: "B", … }]).map((u) => u.code); // ["A", "B"]
 */
export function mergeCatalogue(table: readonly UnitCost[], draft: readonly UnitCost[]): UnitCost[] {
  const seen = new Set(table.map((u) => matchKey(u.code)));
  return [...table, ...draft.filter((u) => !seen.has(matchKey(u.code)))];
}
