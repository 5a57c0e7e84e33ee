import { cellRef, onSheet, rangeRef } from "../../sheetModel/a1";
import type { BuildContext } from "../context";
import type { Layout } from "../layout";
import type { SheetPlan } from "../../sheetModel/plan";
import { SheetBuilder } from "../sheetBuilder";
import type { Scenario } from "../../engine";
import { oreNumber, sensitivityCase } from "../../engine";
import type { LabelKey } from "../template";
import { overviewRef } from "./overviewRefs";
import { writeBreakEven } from "./breakEven";
import { EFFECTS_TABLE } from "../../sheetModel/tables/inputTables";
import { columnNumber } from "../../sheetModel/tables/tableSpec";
import { addSensitivityChart } from "../chartsSensitivity";

/**
 * Känslighet: savings in the window, the savings/cost ratio and the approval test when the
 * share, the volumes or the unit costs change by the template's steps (−50 %, −25 %,
 * +25 % …). Savings are proportional to each, so each row is the base times (1 + change);
 * the engine's sensitivityCase gives each case's expected values. Shares pushed above 100 % are
 * flagged. Below, the break-even factor and the break-even share of each effect.
 *
 * @example
 * sensitivitySheet(ctx, layout); // share −50 %: 8 100 000 and "Nej" for the worked example
 */
export function sensitivitySheet(ctx: BuildContext, layout: Layout): SheetPlan {
  const { t, fmt } = ctx;
  const b = new SheetBuilder(ctx.sheet("sensitivity"));
  const savings = overviewRef(ctx, "savings10y");
  const cost = overviewRef(ctx, "totalCost");
  b.value(1, 1, t("sensitivityTitle"), { style: "title" });
  ["variable", "change", "savingsAtChange", "ratioAtChange", "approvedAtChange", "note"].forEach((key, c) =>
    b.value(3, c + 1, t(key as LabelKey), { style: "header" })
  );
  const variables: [LabelKey, keyof Scenario][] = [
    ["shareFactor", "shareFactor"],
    ["volumeFactor", "volumeFactor"],
    ["unitCostFactor", "unitCostFactor"]
  ];
  const E = ctx.sheet("effects");
  const shareCol = columnNumber(EFFECTS_TABLE, "share");
  const shares = onSheet(E, rangeRef(layout.effects.firstRow, shareCol, layout.effects.firstRow + layout.effects.rows - 1, shareCol));
  const cases: [LabelKey | "base", keyof Scenario | undefined, number][] = [["base", undefined, 0]];
  for (const [label, key] of variables) for (const change of ctx.template.sensitivity) cases.push([label, key, change]);
  let row = 4;
  for (const [label, key, change] of cases) {
    b.value(row, 1, label === "base" ? t("baseCase") : t(label));
    b.value(row, 2, change, { numFmt: fmt.share, style: "input" });
    const result = sensitivityCase(ctx.ev, change);
    const at = `${savings}*(1+${cellRef(row, 2)})`;
    b.formula(row, 3, at, { numFmt: fmt.money, expect: oreNumber(result.windowSavings) });
    b.formula(row, 4, `IF(${cost}=0,"",${cellRef(row, 3)}/${cost})`, {
      numFmt: fmt.ratio,
      ...(result.approval.ratio ? { expect: result.approval.ratio.toNumber() } : {})
    });
    b.formula(row, 5, `IF(${cellRef(row, 3)}>=${cost},"${t("yes")}","${t("no")}")`, { expect: result.approval.approved ? t("yes") : t("no") });
    if (key === "shareFactor") {
      const over = ctx.file.investment.effects.some((e) => e.share * (ctx.scenario.shareFactor * (1 + change)) > 1);
      b.formula(row, 6, `IF(MAX(${shares})*${layout.param("shareFactor")}*(1+${cellRef(row, 2)})>1,"${t("shareAbove")}","")`, {
        style: "warning",
        expect: over ? t("shareAbove") : ""
      });
    }
    row += 1;
  }
  writeBreakEven(b, ctx, layout, row + 1);
  const w = ctx.template.columnWidths;
  b.width(1, w.label);
  b.width(2, w.value);
  b.width(3, w.value);
  b.width(4, w.value);
  b.width(5, w.value);
  b.width(6, w.text + 10);
  addSensitivityChart(b, ctx, { headerRow: 3, firstRow: 4, lastRow: 3 + cases.length });
  return b.build();
}
