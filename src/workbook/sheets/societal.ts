import { cellRef, onSheet, rangeRef } from "../../sheetModel/a1";
import type { BuildContext } from "../context";
import type { Layout } from "../layout";
import type { SheetPlan } from "../../sheetModel/plan";
import { SheetBuilder } from "../sheetBuilder";
import type { Dec, Payer } from "../../engine";
import { ZERO, oreNumber, windowSum } from "../../engine";
import { sameKey, sumWhere } from "../formulas/keyMatch";
import { windowFormula } from "./effectFormula";


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
  b.value(2, 1, t("societalNote"), { style: "note" });
  b.value(4, 1, t("payer"), { style: "header" });
  years.forEach((y, k) => b.value(4, 3 + k, y, { numFmt: fmt.year, style: "header" }));
  b.value(4, 3 + n, t("inWindow"), { style: "header" });
  const first = e.blockFirstRow;
  const last = e.blockFirstRow + Math.max(ctx.file.investment.effects.length, 1) - 1;
  const payers = onSheet(E, rangeRef(first, 3, last, 3));
  const payerList: Payer[] = ["region", "staten"];
  const yearsHere = rangeRef(4, 3, 4, 2 + n);
  payerList.forEach((payer, i) => {
    const r = 5 + i;
    const row = ev.societalByPayer.get(payer);
    b.value(r, 1, payer);
    years.forEach((_, k) => {
      const block = onSheet(E, rangeRef(first, e.firstYearCol + k, last, e.firstYearCol + k));
      b.formula(r, 3 + k, sumWhere(block, [sameKey(payers, cellRef(r, 1, true))]), { numFmt: fmt.money, expect: oreNumber(row ? (row[k] as Dec) : ZERO) });
    });
    const windowExpected = row ? windowSum(row, years, ev.options) : ZERO;
    b.formula(r, 3 + n, windowFormula(ctx, layout, rangeRef(r, 3, r, 2 + n), yearsHere), { numFmt: fmt.money, style: "total", expect: oreNumber(windowExpected) });
  });
  b.value(8, 1, t("exclusionCost"), { style: "label" });
  b.value(9, 1, t("exclusionNote"), { style: "note" });
  b.width(1, ctx.template.columnWidths.text);
  for (let k = 3; k <= 3 + n; k++) b.width(k, ctx.template.columnWidths.value);
  return b.build();
}
