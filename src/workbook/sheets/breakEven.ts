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
  const { t, fmt } = ctx;
  const factor = overviewRef(ctx, "breakEvenFactor");
  b.value(firstRow, 1, t("breakEvenFactor"), { style: "label" });
  b.formula(firstRow, 3, factor, {
    numFmt: fmt.factor,
    style: "result",
    ...(ctx.summary.breakEvenFactor !== null ? { expect: ctx.summary.breakEvenFactor } : {})
  });
  return writeBreakEvenShares(b, ctx, layout, firstRow + 2);
}

/** Where the per-effect rows put the effect's name, its planned share (optional) and its break-even share. */
export interface BreakEvenColumns {
  readonly name: number;
  readonly planned?: number;
  readonly share: number;
}

/**
 * The break-even share of each municipal effect — the share of its target group that must
 * avoid the service for the investment to pay back (planned share × the factor on Översikt)
 * — under a heading, live. Returns the next free row.
 *
 * @example
 * writeBreakEvenShares(b, ctx, layout, 27, { name: 1, share: 3 });
 * // Bryggan: two rows, 20.5 % and 6.8 %
 */
export function writeBreakEvenShares(b: SheetBuilder, ctx: BuildContext, layout: Layout, firstRow: number, columns: BreakEvenColumns = { name: 1, planned: 2, share: 3 }): number {
  const { t, fmt, ev, file } = ctx;
  const factor = overviewRef(ctx, "breakEvenFactor");
  let row = firstRow;
  b.value(row, 1, t("breakEvenPerEffect"), { style: "subtitle" });
  row += 1;
  b.value(row, columns.name, t("effect"), { style: "header" });
  for (let c = columns.name + 1; c < columns.share; c++) b.value(row, c, "", { style: "header" });
  if (columns.planned !== undefined) b.value(row, columns.planned, t("share"), { style: "header" });
  b.value(row, columns.share, t("breakEvenShare"), { style: "header" });
  row += 1;
  const E = ctx.sheet("effects");
  const shareColumn = columnNumber(EFFECTS_TABLE, "share");
  file.investment.effects.forEach((effect, i) => {
    const expected = ev.breakEvenShares.get(ev.effects[i]!.id);
    if (ev.effects[i]!.payer !== MUNICIPAL_PAYER) return;
    const planned = `${onSheet(E, cellRef(layout.effects.firstRow + i, shareColumn, true))}*${layout.param("shareFactor")}`;
    b.value(row, columns.name, effect.name);
    if (columns.planned !== undefined) b.formula(row, columns.planned, planned, { numFmt: fmt.share, expect: ev.effects[i]!.share.toNumber() });
    const share = `${planned}*${factor}`;
    b.formula(row, columns.share, `IF(ISNUMBER(${factor}),IF(${share}>1,"${t("notReachable")}",${share}),"–")`, {
      numFmt: fmt.share,
      style: "result",
      expect: expected === undefined ? "–" : expected.gt(1) ? t("notReachable") : expected.toNumber()
    });
    row += 1;
  });
  return row;
}
