import { checkNumber } from "../../src/engine/fields/checkField";
import type { NumberFieldName } from "../../src/engine/fields/fieldTable";
import { FIELDS } from "../../src/engine/fields/fieldTable";
import { EN } from "../../src/taskpane/i18n/en";
import { SV } from "../../src/taskpane/i18n/sv";
import { formatForInput, parseInput, ruleOfField } from "../../src/taskpane/state/parseInput";

/**
 * The pane's number fields take their rule from the field table: what a field accepts at
 * its greatest value the engine accepts too, and one step beyond is refused in the pane
 * before the engine ever sees it.
 */

/** The fields the pane edits with a rule from the table. */
const PANE_FIELDS: readonly NumberFieldName[] = ["startYear", "endYear", "share", "duration", "lag", "shareFactor", "volumeFactor", "unitCostFactor", "discountRate"];

describe("the pane's number fields follow the field table", () => {
  test.each(PANE_FIELDS.map((f) => [f] as const))("%s: the greatest value is typed in and accepted, one step beyond refused", (name) => {
    const spec = FIELDS[name];
    const rule = ruleOfField(name);
    for (const strings of [SV, EN]) {
      const top = parseInput(formatForInput(spec.max, rule), rule, strings);
      expect(top).toEqual({ ok: true, value: spec.max });
      expect(checkNumber(spec, spec.max, name)).toBeUndefined();
      const beyond = rule.kind === "percent" ? spec.max * 100 + 1 : spec.max + 1;
      const refused = parseInput(String(beyond), rule, strings);
      expect(refused.ok).toBe(false);
      expect(checkNumber(spec, rule.kind === "percent" ? beyond / 100 : beyond, name)).toBeDefined();
    }
  });

  test("whole fields refuse decimals; the slider ranges lie within the valid range", () => {
    expect(parseInput("2,5", ruleOfField("duration"), SV).ok).toBe(false);
    for (const name of ["shareFactor", "volumeFactor", "unitCostFactor", "discountRate"] as const) {
      const { explore, min, max } = FIELDS[name];
      expect([explore.min >= Math.max(min, 0), explore.max <= max, explore.step > 0]).toEqual([true, true, true]);
    }
  });
});
