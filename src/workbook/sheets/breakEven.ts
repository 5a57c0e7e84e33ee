import { cellRef, onSheet } from "../../sheetModel/a1";
import { EFFECTS_TABLE, MUNICIPAL_PAYER } from "../../sheetModel/tables/inputTables";
import { columnNumber } from "../../sheetModel/tables/tableSpec";
import type { BuildContext } from "../context";
import type { Layout } from "../layout";
import type { SheetBuilder } from "../sheetBuilder";
import { overviewRef } from "./overviewRefs";

/**
 * The break-even block (MODEL.md "Break-even share"): the break-even **factor** — the share
 * of the planned effect at which savings equal the cost, C / savings — and, for each
 * municipal effect, its break-even **share** of the target group (planned share × factor),
 * live, each carrying the engine's value. Returns the next free row.
 *
 * @example
 * writeBreakEven(b, ctx, layout, 16);
 * // worked example: factor 0.753, share 22.6 %; Bryggan: 20.5 % and 6.8 %
 */
export function writeBreakEven(b: SheetBuilder, ctx: BuildContext, layout: Layout, firstRow: number): number {
  const { t, fmt, ev, file } = ctx;
  const factor = overviewRef(ctx, "breakEvenFactor");
  let row = firstRow;
  b.value(row, 1, t("breakEvenFactor"), { style: "label" });
  b.formula(row, 3, factor, {
    numFmt: fmt.factor,
    style: "result",
    ...(ctx.summary.breakEvenFactor !== null ? { expect: ctx.summary.breakEvenFactor } : {})
  });
  row += 2;
  b.value(row, 1, t("breakEvenPerEffect"), { style: "subtitle" });
  row += 1;
  b.value(row, 1, t("effect"), { style: "header" });
  b.value(row, 2, t("share"), { style: "header" });
  b.value(row, 3, t("breakEvenShare"), { style: "header" });
  row += 1;
  const E = ctx.sheet("effects");
  const shareColumn = columnNumber(EFFECTS_TABLE, "share");
  file.investment.effects.forEach((effect, i) => {
    const expected = ev.breakEvenShares.get(ev.effects[i]!.id);
    if (ev.effects[i]!.payer !== MUNICIPAL_PAYER) return;
    const planned = `${onSheet(E, cellRef(layout.effects.firstRow + i, shareColumn, true))}*${layout.param("shareFactor")}`;
    b.value(row, 1, effect.name);
    b.formula(row, 2, planned, { numFmt: fmt.share, expect: ev.effects[i]!.share.toNumber() });
    const share = `${cellRef(row, 2)}*${factor}`;
    b.formula(row, 3, `IF(ISNUMBER(${factor}),IF(${share}>1,"${t("notReachable")}",${share}),"–")`, {
      numFmt: fmt.share,
      style: "result",
      expect: expected === undefined ? "–" : expected.gt(1) ? t("notReachable") : expected.toNumber()
    });
    row += 1;
  });
  return row;
}
