import { cellRef, onSheet, rangeRef } from "../../sheetModel/a1";
import type { BuildContext } from "../context";
import type { Layout } from "../layout";
import type { SheetPlan } from "../../sheetModel/plan";
import { SheetBuilder } from "../sheetBuilder";
import type { Dec } from "../../engine";
import { ZERO, oreNumber } from "../../engine";
import { effectRefs } from "./effects";
import { overviewRef } from "./overviewRefs";
import { departmentCells } from "./nameByKey";


/**
 * The weight cell of department i on Återföring (its share of the positive window savings).
 *
 * @example
 * repaymentWeightRef(ctx, layout, 0); // "'Återföring'!$E$5"
 */
export function repaymentWeightRef(ctx: BuildContext, layout: Layout, i: number): string {
  return onSheet(ctx.sheet("repayment"), cellRef(layout.repayment.firstRow + i, 5, true));
}

/**
 * Återföring: the planned repayment per department (split by positive window savings) and
 * the repayment plan per year (following savings, or even instalments), all conditional on
 * the rule set's repayment model; with no repayment model, a clear note and zeros.
 *
 * @example
 * repaymentSheet(ctx, layout); // per-department expects add up to 12 810 000 for the worked example
 */
export function repaymentSheet(ctx: BuildContext, layout: Layout): SheetPlan {
  const { t, fmt, years, file, ev } = ctx;
  const inv = file.investment;
  const r = layout.repayment;
  const n = years.length;
  const b = new SheetBuilder(ctx.sheet("repayment"));
  const model = layout.param("repaymentModel");
  const refs = effectRefs(ctx, layout);
  const planned = overviewRef(ctx, "plannedRepayment");
  b.value(1, 1, t("repaymentTitle"), { style: "title" });
  b.formula(2, 1, `IF(${model},"","${t("noRepaymentModel").replace(/"/g, '""')}")`, {
    style: "warning",
    wrap: true,
    expect: ctx.rules.repaymentModel ? "" : t("noRepaymentModel")
  });
  b.spanRow(2, 1);
  ["department", "", "windowSavings", "positivePart", "weight", "plannedRepayment"].forEach((key, c) =>
    b.value(r.headerRow, c + 1, key === "" ? "" : t(key as Parameters<typeof t>[0]), { style: "header" })
  );
  const positives = inv.departments.map((d) => positivePart(ev.windowByDepartment.get(d.id) ?? ZERO));
  const positiveSum = positives.reduce((s, x) => s.plus(x), ZERO);
  const last = r.firstRow + inv.departments.length - 1;
  inv.departments.forEach((d, i) => {
    const row = r.firstRow + i;
    b.formula(row, 1, departmentCells(ctx, layout, i).name, { expect: d.name });
    b.formula(row, 3, refs.deptWindow(i), { numFmt: fmt.money, expect: oreNumber(ev.windowByDepartment.get(d.id) ?? ZERO) });
    b.formula(row, 4, `MAX(0,${cellRef(row, 3)})`, { numFmt: fmt.money, expect: oreNumber(positives[i]!) });
    const w = positiveSum.isZero() ? ZERO : positives[i]!.div(positiveSum);
    b.formula(row, 5, `IF(SUM(${rangeRef(r.firstRow, 4, last, 4)})=0,0,${cellRef(row, 4)}/SUM(${rangeRef(r.firstRow, 4, last, 4)}))`, {
      numFmt: fmt.share,
      expect: w.toNumber()
    });
    const part = ev.repayment?.byDepartment.get(d.id) ?? ZERO;
    b.formula(row, 6, `${planned}*${cellRef(row, 5)}`, { numFmt: fmt.money, style: "result", expect: oreNumber(part) });
  });
  b.value(r.totalRow, 1, t("total"), { style: "label" });
  b.formula(r.totalRow, 6, `SUM(${rangeRef(r.firstRow, 6, Math.max(last, r.firstRow), 6, false)})`, {
    numFmt: fmt.money,
    style: "total",
    expect: oreNumber(ev.repayment ? [...ev.repayment.byDepartment.values()].reduce((s, x) => s.plus(x), ZERO) : ZERO)
  });

  // The plan per department and year.
  const py = r.planYearRow;
  b.value(py - 1, 1, t("repaymentPlan"), { style: "subtitle" });
  b.value(py, 1, t("department"), { style: "header" });
  b.value(py, 2, "", { style: "header" });
  years.forEach((y, k) => b.value(py, 3 + k, y, { numFmt: fmt.year, style: "header" }));
  b.value(py, 3 + n, t("total"), { style: "header" });
  const first = repaymentStartFormula(layout);
  const kind = layout.param("repaymentPlanKind");
  const instalments = layout.param("instalmentYears");
  inv.departments.forEach((d, i) => {
    const row = r.planFirstRow + i;
    const owed = cellRef(r.firstRow + i, 6, true);
    const plan = ev.repayment?.planByDepartment.get(d.id);
    b.formula(row, 1, departmentCells(ctx, layout, i).name, { expect: d.name });
    let total = ZERO;
    years.forEach((_, k) => {
      const col = 3 + k;
      const year = cellRef(py, col, true);
      const saving = refs.deptYear(i, k);
      const paid = k === 0 ? "0" : `SUM(${rangeRef(row, 3, row, col - 1, false)})`;
      const even = `IF(AND(${year}>=${first},${year}<${first}+${instalments}),${owed}/${instalments},0)`;
      const follow = `IF(${year}<${first},0,MIN(MAX(${saving},0),${owed}-${paid}))`;
      const value = plan ? (plan[k] as Dec) : ZERO;
      total = total.plus(value);
      b.formula(row, col, `IF(${model},IF(${kind}="${t("planEven")}",${even},${follow}),0)`, { numFmt: fmt.money, expect: oreNumber(value) });
    });
    b.formula(row, 3 + n, `SUM(${rangeRef(row, 3, row, 2 + n, false)})`, { numFmt: fmt.money, style: "total", expect: oreNumber(total) });
  });
  const w = ctx.template.columnWidths;
  b.width(1, w.text);
  b.width(2, w.text + 10);
  for (let k = 3; k <= 3 + n; k++) b.width(k, k <= 6 || k === 3 + n ? w.value - 2 : w.year);
  return b.build();
}

/**
 * The first repayment year as a formula over *Parametrar*: the engine's repaymentStartYear
 * (the year after the end year, or the start year with include-during), read from the same
 * parameters the window formulas read.
 *
 * @example
 * repaymentStartFormula(layout); // "IF(Parametrar!$B$13,Parametrar!$B$5,Parametrar!$B$6+1)" → 2020 for the worked example
 */
export function repaymentStartFormula(layout: Layout): string {
  return `IF(${layout.param("includeDuring")},${layout.param("startYear")},${layout.param("endYear")}+1)`;
}

function positivePart(x: Dec): Dec {
  return x.isNegative() ? ZERO : x;
}
