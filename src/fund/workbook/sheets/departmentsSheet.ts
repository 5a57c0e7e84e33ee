/**
 * Återföring per förvaltning: per department and year, what it repays, what it saves and
 * what it still owes at the end of the year, over the investments the register counts; a
 * count of the years it repays more than it saves; the total still owed. Below, the basis
 * per investment and department: the engine's repayment plans (as applied and under risk
 * sharing) and savings (planned and with the actuals), and what each owes.
 */
import type { Dec, DepartmentPart, DepartmentTotals } from "../../../engine";
import { ZERO, matchKey, oreNumber, sum } from "../../../engine";
import { cellRef, onSheet, rangeRef } from "../../../sheetModel/a1";
import type { SheetPlan } from "../../../sheetModel/plan";
import { sameKey } from "../../../workbook/formulas/keyMatch";
import { SheetBuilder } from "../../../workbook/sheetBuilder";
import type { FundContext } from "../fundContext";
import type { PairSection } from "../fundLayout";
import { PAIR_SECTIONS } from "../fundLayout";
import { flowsTotalCell } from "./flowsSheet";

function partOf(ctx: FundContext, pair: { investment: number; part: number }): DepartmentPart {
  return ctx.p.investments[pair.investment]!.departments[pair.part]!;
}

function pairSeries(d: DepartmentPart, section: PairSection): readonly Dec[] {
  return section === "plannedPlan" ? d.plannedPlan : section === "actualPlan" ? d.actualPlan : section === "plannedSavings" ? d.plannedSavings : d.actualSavings;
}

/**
 * The cell of the total still owed in year k (0-based), for the overview; undefined when no
 * investment has a repayment.
 *
 * @example
 * totalOwedCell(ctx, 0); // "'Återföring per förvaltning'!$J$17" (Örebro: four departments repay)
 */
export function totalOwedCell(ctx: FundContext, k: number): string | undefined {
  const d = ctx.layout.departments;
  return d.pairs.length === 0 ? undefined : onSheet(ctx.sheet("departments"), cellRef(d.totalOwedRow, d.firstYearCol + k, true));
}

function pairRows(b: SheetBuilder, ctx: FundContext): void {
  const { layout, t, fmt, p } = ctx;
  const d = layout.departments;
  const c = d.pairCol;
  const f = layout.flows;
  b.value(d.pairsTitleRow, 1, t("pairsTitle"), { style: "subtitle" });
  const heads = [t("id"), t("department"), t("name"), t("counted"), t("afterEvaluation"), t("decisionYear"), t("plannedOwed"), t("actualOwed"), t("owes")];
  heads.forEach((h, j) => b.value(d.pairsHeaderRow, j + 1, h, { style: "header" }));
  p.years.forEach((y, k) => b.value(d.pairsHeaderRow, d.firstYearCol + k, y, { numFmt: fmt.year, style: "header" }));
  for (const section of PAIR_SECTIONS) {
    const block = d.pairSections[section];
    b.value(block.titleRow, 1, t(section), { style: "subtitle" });
    d.pairs.forEach((pair, j) => {
      const row = block.firstRow + j;
      const inv = p.investments[pair.investment]!;
      const part = partOf(ctx, pair);
      b.value(row, c.id, inv.item.id);
      b.value(row, c.department, part.id);
      b.value(row, c.name, part.name);
      if (section === "plannedPlan") {
        const s1 = f.sections.costPlan.firstRow + pair.investment;
        const flows = (col: number): string => onSheet(ctx.sheet("flows"), cellRef(s1, col, true));
        b.formula(row, c.counted, flows(f.col.counted), { numFmt: fmt.integer, expect: inv.status.counted ? 1 : 0 });
        b.formula(row, c.evaluated, flows(f.col.evaluated), { numFmt: fmt.integer, expect: inv.status.actualRepayment ? 1 : 0 });
        b.formula(row, c.decisionYear, flows(f.col.decisionYear), { numFmt: fmt.year, expect: inv.item.decisionYear });
        b.value(row, c.plannedOwed, oreNumber(part.plannedOwed), { numFmt: fmt.money });
        b.value(row, c.actualOwed, oreNumber(part.actualOwed), { numFmt: fmt.money });
        const owes = inv.status.actualRepayment ? part.actualOwed : part.plannedOwed;
        b.formula(row, c.owes, `IF(${cellRef(row, c.evaluated)}=1,${cellRef(row, c.actualOwed)},${cellRef(row, c.plannedOwed)})`, { numFmt: fmt.money, expect: oreNumber(owes) });
      }
      pairSeries(part, section).forEach((v, k) => b.value(row, d.firstYearCol + k, oreNumber(v), { numFmt: fmt.money }));
    });
  }
}

/** Ranges of the basis, for the department formulas. */
function basis(ctx: FundContext): { col: (c: number) => string; year: (section: PairSection, k: number) => string } {
  const d = ctx.layout.departments;
  const first = d.pairSections.plannedPlan;
  return {
    col: (c) => rangeRef(first.firstRow, c, first.lastRow, c),
    year: (section, k) => rangeRef(d.pairSections[section].firstRow, d.firstYearCol + k, d.pairSections[section].lastRow, d.firstYearCol + k)
  };
}

function departmentRows(b: SheetBuilder, ctx: FundContext): void {
  const { layout, t, fmt, p } = ctx;
  const d = layout.departments;
  const c = d.pairCol;
  const x = basis(ctx);
  const engine = new Map<string, DepartmentTotals>(p.departments.map((e) => [e.key, e] as const));
  const zeros = p.years.map(() => ZERO);
  d.list.forEach((dept, j) => {
    const top = d.deptFirstRow + 3 * j;
    const e = engine.get(matchKey(dept.id));
    const mine = `${sameKey(x.col(c.department), cellRef(top, 1, true))}*${x.col(c.counted)}`;
    const chosen = (planned: PairSection, actual: PairSection, k: number): string =>
      `SUMPRODUCT(${mine}*(${x.col(c.evaluated)}*${x.year(actual, k)}+(1-${x.col(c.evaluated)})*${x.year(planned, k)}))`;
    [t("repaidPerDept"), t("savingsPerDept"), t("owedPerDept")].forEach((label, r) => {
      b.value(top + r, 1, dept.id);
      b.value(top + r, 2, dept.name);
      b.value(top + r, 3, label, { style: "label" });
    });
    p.years.forEach((_, k) => {
      const col = d.firstYearCol + k;
      const year = cellRef(d.headerRow, col, true);
      b.formula(top, col, chosen("plannedPlan", "actualPlan", k), { numFmt: fmt.money, expect: oreNumber((e?.repaid ?? zeros)[k] as Dec) });
      b.formula(top + 1, col, chosen("plannedSavings", "actualSavings", k), { numFmt: fmt.money, expect: oreNumber((e?.savings ?? zeros)[k] as Dec) });
      const repaidSoFar = `SUM(${rangeRef(top, d.firstYearCol, top, col, false)})`;
      b.formula(top + 2, col, `SUMPRODUCT(${mine}*(${x.col(c.decisionYear)}<=${year})*${x.col(c.owes)})-${repaidSoFar}`, {
        numFmt: fmt.money,
        style: "result",
        expect: oreNumber((e?.owed ?? zeros)[k] as Dec)
      });
    });
    const last = d.firstYearCol + p.years.length - 1;
    const above = e ? e.repaid.filter((r, k) => r.gt(e.savings[k] as Dec)).length : 0;
    b.formula(top, 4, `SUMPRODUCT((ROUND(${rangeRef(top, d.firstYearCol, top, last)},2)>ROUND(${rangeRef(top + 1, d.firstYearCol, top + 1, last)},2))*1)`, { numFmt: fmt.integer, style: "result", expect: above });
  });
  b.value(d.totalOwedRow, 2, t("owed"), { style: "label" });
  b.value(d.totalOwedRow, 3, t("total"), { style: "label" });
  p.years.forEach((_, k) => {
    const col = d.firstYearCol + k;
    const year = cellRef(d.headerRow, col, true);
    const repaidSoFar = `SUM(${onSheet(ctx.sheet("flows"), `${flowsTotalCell(ctx, "repaidFlows", 0)}:${flowsTotalCell(ctx, "repaidFlows", k)}`)})`;
    b.formula(d.totalOwedRow, col, `SUMPRODUCT(${x.col(c.counted)}*(${x.col(c.decisionYear)}<=${year})*${x.col(c.owes)})-${repaidSoFar}`, {
      numFmt: fmt.money,
      style: "total",
      expect: oreNumber(sum(p.departments.map((e) => e.owed[k] as Dec)))
    });
  });
}

/**
 * The departments sheet.
 *
 * @example
 * departmentsSheet(ctx).name; // "Återföring per förvaltning"
 */
export function departmentsSheet(ctx: FundContext): SheetPlan {
  const { layout, t, fmt, p } = ctx;
  const d = layout.departments;
  const b = new SheetBuilder(ctx.sheet("departments"));
  b.value(1, 1, t("departmentsTitle"), { style: "title" });
  b.value(2, 1, t("departmentsNote"), { style: "note" });
  [t("department"), t("name"), t("measure"), t("yearsAbove")].forEach((h, j) => b.value(d.headerRow, j + 1, h, { style: "header" }));
  p.years.forEach((y, k) => b.value(d.headerRow, d.firstYearCol + k, y, { numFmt: fmt.year, style: "header" }));
  if (d.pairs.length > 0) {
    departmentRows(b, ctx);
    pairRows(b, ctx);
  }
  const w = ctx.columnWidths;
  b.widths(1, [w.text, w.label, w.text, 18, 9, 11, w.value + 4, w.value + 4, w.value + 4]);
  for (let k = 0; k < p.years.length; k++) b.width(d.firstYearCol + k, w.value);
  b.freeze(d.headerRow, 3);
  return b.build();
}
