import { cellRef, onSheet, rangeRef } from "../../sheetModel/a1";
import type { BuildContext } from "../context";
import type { Layout } from "../layout";
import { yearSpan } from "../layout";
import type { SheetPlan } from "../../sheetModel/plan";
import { SheetBuilder } from "../sheetBuilder";
import type { Dec } from "../../engine";
import { ZERO, oreNumber } from "../../engine";
import { effectRefs, writeEffectBlock } from "./effects";
import { overviewRef } from "./overviewRefs";
import { repaymentWeightRef } from "./repayment";
import { yearTableRows } from "./targetGroups";


/**
 * Uppföljning: actual volumes per target group and year (table SINV_UtfallVolymer) and
 * actual shares per effect (table SINV_UtfallAndelar) beside the planned ones — prefilled
 * with the plan until evaluators enter outcomes — the actual savings per effect and year,
 * actual against planned per department, the variance, and the repayment under the
 * risk-sharing rule: max(floor × C × w, min(R × w, actual⁺)).
 *
 * @example
 * followUpSheet(ctx, layout); // with an actual share of 0.1: repayment 5 400 000 (worked example)
 */
export function followUpSheet(ctx: BuildContext, layout: Layout): SheetPlan {
  const { t, fmt, years, file, followUp } = ctx;
  const inv = file.investment;
  const f = layout.followUp;
  const e = layout.effects;
  const n = years.length;
  const S = ctx.sheet("followUp");
  const b = new SheetBuilder(S);
  b.value(1, 1, t("followUpTitle"), { style: "title" });
  b.value(2, 1, t("followUpHint"), { style: "note" });

  b.value(f.yearRow - 1, 1, t("actualVolumes"), { style: "subtitle" });
  b.value(f.yearRow, 2, t("year"), { style: "label" });
  years.forEach((y, k) => b.value(f.yearRow, 3 + k, y, { numFmt: fmt.year, style: "header" }));
  const actualGroups = inv.targetGroups.map((g) => ({ ...g, volumes: file.actuals?.volumes?.[g.id] ?? g.volumes }));
  b.table(
    {
      name: "SINV_UtfallVolymer",
      columns: [t("id"), t("targetGroup"), ...years.map(String)],
      rows: yearTableRows(actualGroups, years),
      numFmts: [undefined, undefined, ...years.map(() => fmt.integer)]
    },
    f.headerRow,
    1
  );

  b.value(f.sharesHeaderRow - 1, 1, t("actualShares"), { style: "subtitle" });
  b.table(
    {
      name: "SINV_UtfallAndelar",
      columns: [t("effect"), t("plannedShare"), t("actualShare")],
      rows: inv.effects.length ? inv.effects.map((x) => [x.id, x.share, file.actuals?.shares?.[x.id] ?? x.share]) : [[null, null, null]],
      numFmts: [undefined, fmt.share, fmt.share]
    },
    f.sharesHeaderRow,
    1
  );

  b.value(f.blockYearRow - 1, 1, t("actualSavingsPerEffect"), { style: "subtitle" });
  writeEffectBlock(
    b,
    ctx,
    layout,
    { yearRow: f.blockYearRow, firstRow: f.blockFirstRow },
    {
      share: (i) => onSheet(S, cellRef(f.sharesFirstRow + i, 3, true)),
      volumes: (g) => yearSpan(S, f.firstRow + g, 3, n),
      volumeYears: yearSpan(S, f.yearRow, 3, n),
      volumeAt: (g, k) => onSheet(S, cellRef(f.firstRow + g, 3 + k, true))
    },
    followUp.actual.effects
  );

  // Actual against planned per department, and the risk-shared repayment.
  const first = f.blockFirstRow;
  const last = f.blockFirstRow + Math.max(inv.effects.length, 1) - 1;
  const windows = rangeRef(first, e.windowCol, last, e.windowCol);
  const depts = rangeRef(first, 2, last, 2);
  const payers = rangeRef(first, 3, last, 3);
  b.value(f.deptHeaderRow - 1, 1, t("actualByDepartment"), { style: "subtitle" });
  ["department", "name", "plannedWindow", "actualWindow", "variance", "actualRepayment"].forEach((key, c) =>
    b.value(f.deptHeaderRow, c + 1, t(key as Parameters<typeof t>[0]), { style: "header" })
  );
  const refs = effectRefs(ctx, layout);
  const floor = layout.param("floorShare");
  const model = layout.param("repaymentModel");
  const cost = overviewRef(ctx, "totalCost");
  const planned = overviewRef(ctx, "plannedRepayment");
  inv.departments.forEach((d, i) => {
    const r = f.deptFirstRow + i;
    const plannedWindow = followUp.planned.windowByDepartment.get(d.id) ?? ZERO;
    const actualWindow = followUp.actual.windowByDepartment.get(d.id) ?? ZERO;
    b.value(r, 1, d.id);
    b.value(r, 2, d.name);
    b.formula(r, 3, refs.deptWindow(i), { numFmt: fmt.money, expect: oreNumber(plannedWindow) });
    b.formula(r, 4, `SUMIFS(${windows},${depts},${cellRef(r, 1, true)},${payers},"kommun")`, { numFmt: fmt.money, expect: oreNumber(actualWindow) });
    b.formula(r, 5, `${cellRef(r, 4)}-${cellRef(r, 3)}`, { numFmt: fmt.money, expect: oreNumber(followUp.varianceByDepartment.get(d.id) ?? ZERO) });
    const w = repaymentWeightRef(ctx, layout, i);
    b.formula(r, 6, `IF(${model},MAX(${floor}*${cost}*${w},MIN(${planned}*${w},MAX(${cellRef(r, 4)},0))),0)`, {
      numFmt: fmt.money,
      style: "result",
      expect: oreNumber(followUp.actualRepaymentByDepartment?.get(d.id) ?? ZERO)
    });
  });
  const totalRow = f.deptFirstRow + inv.departments.length;
  b.value(totalRow, 1, t("total"), { style: "label" });
  const sumCol = (col: number): string => `SUM(${rangeRef(f.deptFirstRow, col, Math.max(totalRow - 1, f.deptFirstRow), col, false)})`;
  const total = (m: ReadonlyMap<string, Dec> | undefined): Dec => [...(m?.values() ?? [])].reduce((s, x) => s.plus(x), ZERO);
  b.formula(totalRow, 3, sumCol(3), { numFmt: fmt.money, style: "total", expect: oreNumber(total(followUp.planned.windowByDepartment)) });
  b.formula(totalRow, 4, sumCol(4), { numFmt: fmt.money, style: "total", expect: oreNumber(total(followUp.actual.windowByDepartment)) });
  b.formula(totalRow, 6, sumCol(6), { numFmt: fmt.money, style: "total", expect: oreNumber(total(followUp.actualRepaymentByDepartment)) });
  const w = ctx.template.columnWidths;
  b.width(1, w.text);
  b.width(2, w.text + 10);
  for (let k = 3; k <= e.windowCol + 1; k++) b.width(k, w.value);
  return b.build();
}
