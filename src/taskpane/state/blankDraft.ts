/** The form a new investment starts from. */
import { OREBRO_2013_2019 } from "../../engine";
import type { ScenarioFile } from "../../scenario/scenarioFile";
import type { PaneStrings } from "../i18n";

/**
 * A new, empty investment: three years from `startYear`, two departments without names,
 * one fund-financed cost line and one target group, all at zero, and no effects yet.
 *
 * @example
 * blankDraft(2025, SV).investment.endYear; // 2027
 */
export function blankDraft(startYear: number, strings: PaneStrings): ScenarioFile {
  const years = [startYear, startYear + 1, startYear + 2];
  const zeros = Object.fromEntries(years.map((y) => [String(y), 0]));
  return {
    format: "sinv-scenario/1",
    rules: { preset: OREBRO_2013_2019.id },
    investment: {
      name: "",
      startYear,
      endYear: startYear + 2,
      departments: [
        { id: "d1", name: "", area: "" },
        { id: "d2", name: "", area: "" }
      ],
      partners: [],
      costLines: [{ id: "c1", description: strings.costs.newLine(1), category: "staff", departmentId: "d1", financing: "fund", amounts: zeros }],
      targetGroups: [{ id: "g1", name: strings.groups.newGroup(1), volumes: zeros }],
      unitCosts: [],
      effects: []
    }
  };
}

/**
 * An id not yet used: `prefix` and the lowest number free.
 *
 * @example
 * freshId("d", ["d1", "d2"]); // "d3"
 */
export function freshId(prefix: string, taken: readonly string[]): string {
  const used = new Set(taken);
  for (let n = 1; ; n += 1) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}
