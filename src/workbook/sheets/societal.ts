import { cellRef, onSheet, rangeRef } from "../../sheetModel/a1";
import type { BuildContext } from "../context";
import type { Layout } from "../layout";
import type { SheetPlan } from "../../sheetModel/plan";
import { SheetBuilder } from "../sheetBuilder";
import type { Dec, Payer } from "../../engine";
import { ZERO, oreNumber, windowSum } from "../../engine";
import { sameKey, sumWhere } from "../formulas/keyMatch";
import { windowFormula } from "./effectFormula";
import { hideZero } from "../amountFormat";
import { capitalized } from "./costs";


/**
 * Samhällsekonomi: effects that fall outside the municipality (region, state), per year and
 * in the window — shown, never repaid — and the reference figure for long-term exclusion.
 *
 * @example
 * societalSheet(ctx, layout); // a row for "region" and one for "staten"
 */
export function societalSheet(ctx: BuildContext, layout: Layout): SheetPlan {
  const { t, fmt, years, ev } = ctx;
  const e = layout.effects;
  const n = years.length;
  const b = new SheetBuilder(ctx.sheet("societal"));
  const E = ctx.sheet("effects");
  b.value(1, 1, t("societalTitle"), { style: "title" });
  b.prose(2, 1, t("societalNote"), { style: "note" });
  b.value(4, 1, t("payer"), { style: "header" });
  years.forEach((y, k) => b.value(4, 3 + k, y, { numFmt: fmt.year, style: "header" }));
  b.value(4, 3 + n, t("inWindow"), { style: "header" });
  const first = e.blockFirstRow;
  const last = e.blockFirstRow + Math.max(ctx.file.investment.effects.length, 1) - 1;
  const payers = onSheet(E, rangeRef(first, 3, last, 3));
  const payerList: Payer[] = ["region", "staten"];
  const yearsHere = rangeRef(4, 3, 4, 2 + n);
  // Without effects for the region or the state the rows stay live (a payer may be changed)
  // but print no zeros, and a line says there are none.
  const none = payerList.every((p) => !ev.societalByPayer.has(p));
  const money = none ? hideZero(fmt.money) : fmt.money;
  payerList.forEach((payer, i) => {
    const r = 5 + i;
    const row = ev.societalByPayer.get(payer);
    // The payer's word as readers read it; formulas compare it as TRIM(a)=TRIM(b) does, in any case.
    b.value(r, 1, capitalized(payer));
    years.forEach((_, k) => {
      const block = onSheet(E, rangeRef(first, e.firstYearCol + k, last, e.firstYearCol + k));
      b.formula(r, 3 + k, sumWhere(block, [sameKey(payers, cellRef(r, 1, true))]), { numFmt: money, expect: oreNumber(row ? (row[k] as Dec) : ZERO) });
    });
    const windowExpected = row ? windowSum(row, years, ev.options) : ZERO;
    b.formula(r, 3 + n, windowFormula(ctx, layout, rangeRef(r, 3, r, 2 + n), yearsHere), { numFmt: money, style: "total", expect: oreNumber(windowExpected) });
  });
  if (none) b.prose(7, 1, t("noSocietalEffects"), { style: "note" });
  b.prose(8, 1, t("exclusionCost"), { style: "label" });
  b.prose(9, 1, t("exclusionNote"), { style: "note" });
  b.width(1, ctx.template.columnWidths.text);
  for (let k = 3; k <= 3 + n; k++) b.width(k, k === 3 + n ? ctx.template.columnWidths.value : ctx.template.columnWidths.year);
  return b.build();
}
