import { cellRef, onSheet, rangeRef } from "../../sheetModel/a1";
import type { BuildContext } from "../context";
import type { Layout } from "../layout";
import type { SheetPlan } from "../../sheetModel/plan";
import { SheetBuilder } from "../sheetBuilder";
import type { Dec } from "../../engine";
import { ZERO, oreNumber } from "../../engine";
import { ACTUAL_SHARES_TABLE, ACTUAL_VOLUMES_TABLE, EFFECTS_TABLE, MUNICIPAL_PAYER } from "../../sheetModel/tables/inputTables";
import { blankRow, columnNumber, firstYearColumn, tableHeaders, tableNumFmts, tableRow } from "../../sheetModel/tables/tableSpec";
import { isToken, sameKey, sumWhere } from "../formulas/keyMatch";
import { effectDepartmentIds, effectRefs, writeEffectBlock } from "./effects";
import { departmentCells } from "./nameByKey";
import { writeActualVolumes } from "./effectVolumes";
import { overviewRef } from "./overviewRefs";
import { repaymentWeightRef } from "./repayment";
import { yearTableRows } from "./targetGroups";
import { writeCostFollowUp } from "./followUpCosts";


/**
 * The follow-up's cells other sheets read: the total repayment under risk sharing, and
 * every actual input cell (volumes and shares), to tell whether any actual was given.
 *
 * @example
 * followUpRefs(ctx, layout).total; // "'Uppföljning'!$F$22"
 */
export function followUpRefs(ctx: BuildContext, layout: Layout): { total: string; actualVolumes: string; actualShares: string } {
  const f = layout.followUp;
  const inv = ctx.file.investment;
  const S = ctx.sheet("followUp");
  const first = firstYearColumn(ACTUAL_VOLUMES_TABLE);
  const shareCol = columnNumber(ACTUAL_SHARES_TABLE, "actual");
  return {
    total: onSheet(S, cellRef(f.deptFirstRow + inv.departments.length, 6, true)),
    actualVolumes: onSheet(S, rangeRef(f.firstRow, first, f.firstRow + Math.max(inv.targetGroups.length, 1) - 1, first + layout.n - 1)),
    actualShares: onSheet(S, rangeRef(f.sharesFirstRow, shareCol, f.sharesFirstRow + Math.max(inv.effects.length, 1) - 1, shareCol))
  };
}

/**
 * Uppföljning: actual volumes per target group and year (table SINV_UtfallVolymer) and
 * actual shares per effect (table SINV_UtfallAndelar) — only the values the evaluator gave;
 * a blank cell reads the plan (src/engine/actuals.ts), and a live row marks each year
 * actual ("utfall") or forecast ("prognos") — the actual savings per effect and year,
 * actual against planned per department, the variance, and the repayment under the
 * risk-sharing rule: max(floor × C × w, min(R × w, actual⁺)) — and the actual costs against
 * the budget per cost line and year (table SINV_UtfallKostnader, sheets/followUpCosts.ts).
 *
 * @example
 * followUpSheet(ctx, layout); // only 2017's actual volume (8) given: repayment 12 810 000 (worked example)
 */
export function followUpSheet(ctx: BuildContext, layout: Layout): SheetPlan {
  const { t, fmt, years, file, followUp } = ctx;
  const inv = file.investment;
  const f = layout.followUp;
  const e = layout.effects;
  const S = ctx.sheet("followUp");
  const b = new SheetBuilder(S);
  b.value(1, 1, t("followUpTitle"), { style: "title" });
  b.prose(2, 1, t("followUpHint"), { style: "note" });

  const given = followUp.completed;
  const firstYearCol = firstYearColumn(ACTUAL_VOLUMES_TABLE);
  // The heading on its own row: beside it, the "actual or forecast" label would cut it off.
  b.value(f.markRow - 1, 1, t("actualVolumes"), { style: "subtitle" });
  b.value(f.markRow, firstYearCol - 1, t("actualOrForecast"), { style: "label" });
  b.value(f.yearRow, firstYearCol - 1, t("year"), { style: "label" });
  const lastGroupRow = f.firstRow + Math.max(inv.targetGroups.length, 1) - 1;
  years.forEach((y, k) => {
    const col = firstYearCol + k;
    b.value(f.yearRow, col, y, { numFmt: fmt.year, style: "header" });
    const actual = inv.targetGroups.some((g) => given.volumes.get(g.id)?.[k]?.actual === true);
    b.formula(f.markRow, col, `IF(COUNT(${rangeRef(f.firstRow, col, lastGroupRow, col)})>0,"${t("markActual")}","${t("markForecast")}")`, {
      style: "note",
      expect: actual ? t("markActual") : t("markForecast")
    });
  });
  b.table(
    {
      name: ACTUAL_VOLUMES_TABLE.name,
      columns: tableHeaders(ACTUAL_VOLUMES_TABLE, t, years),
      rows: yearTableRows(inv.targetGroups, years, (g, y) => {
        const marked = given.volumes.get(g.id)?.[years.indexOf(Number(y))];
        return marked?.actual ? marked.value : null;
      }),
      numFmts: tableNumFmts(ACTUAL_VOLUMES_TABLE, ctx.inputFmt, years)
    },
    f.headerRow,
    1
  );

  b.value(f.sharesHeaderRow - 1, 1, t("actualShares"), { style: "subtitle" });
  b.table(
    {
      name: ACTUAL_SHARES_TABLE.name,
      columns: tableHeaders(ACTUAL_SHARES_TABLE, t),
      rows: inv.effects.length
        ? inv.effects.map((x) => {
            const share = given.shares.get(x.id);
            return tableRow(ACTUAL_SHARES_TABLE, { id: x.id, planned: x.share, actual: share?.actual ? share.value : null });
          })
        : [blankRow(ACTUAL_SHARES_TABLE)],
      numFmts: tableNumFmts(ACTUAL_SHARES_TABLE, ctx.inputFmt)
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
      share: (i) => {
        const actual = onSheet(S, cellRef(f.sharesFirstRow + i, columnNumber(ACTUAL_SHARES_TABLE, "actual"), true));
        return `IF(${actual}="",${onSheet(ctx.sheet("effects"), cellRef(e.firstRow + i, columnNumber(EFFECTS_TABLE, "share"), true))},${actual})`;
      },
      ...writeActualVolumes(b, ctx, layout)
    },
    followUp.actual.effects
  );

  // Actual against planned per department, and the risk-shared repayment.
  const first = f.blockFirstRow;
  const last = f.blockFirstRow + Math.max(inv.effects.length, 1) - 1;
  const windows = rangeRef(first, e.windowCol, last, e.windowCol);
  const depts = effectDepartmentIds(ctx, layout);
  const payers = rangeRef(first, 3, last, 3);
  b.value(f.deptHeaderRow - 1, 1, t("actualByDepartment"), { style: "subtitle" });
  ["department", "", "plannedWindow", "actualWindow", "variance", "actualRepayment"].forEach((key, c) =>
    b.value(f.deptHeaderRow, c + 1, key === "" ? "" : t(key as Parameters<typeof t>[0]), { style: "header" })
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
    const dept = departmentCells(ctx, layout, i);
    b.formula(r, 1, dept.name, { expect: d.name });
    b.formula(r, 3, refs.deptWindow(i), { numFmt: fmt.money, expect: oreNumber(plannedWindow) });
    b.formula(r, 4, sumWhere(windows, [sameKey(depts, dept.id), isToken(payers, [MUNICIPAL_PAYER])]), { numFmt: fmt.money, expect: oreNumber(actualWindow) });
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
  writeCostFollowUp(b, ctx, layout);
  const w = ctx.template.columnWidths;
  b.width(1, w.text);
  b.width(2, w.text + 10);
  for (let k = 3; k <= e.windowCol + 1; k++) b.width(k, k < e.firstYearCol || k >= e.windowCol ? w.value : w.year);
  return b.build();
}
