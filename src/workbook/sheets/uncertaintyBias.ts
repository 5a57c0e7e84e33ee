/**
 * The uncertainty sheet's grades: the rules' optimism-bias table (grade → correction, editable),
 * each unit cost's and each effect's confidence grade (editable; blank: no correction), each
 * effect's factor (1 − unit cost's correction) × (1 − effect's), and the bias-corrected base
 * case beside the uncorrected one (src/engine/uncertainty/biasCorrected.ts gives the values).
 */
import { cellRef, onSheet, rangeRef } from "../../sheetModel/a1";
import type { BaseCaseFigures, BiasCorrected } from "../../engine";
import { CONFIDENCE_GRADES, oreNumber } from "../../engine";
import { matchKey } from "../../engine/key";
import { EFFECTS_TABLE, MUNICIPAL_PAYER, UNIT_COSTS_TABLE } from "../../sheetModel/tables/inputTables";
import { columnNumber, tableHeaders } from "../../sheetModel/tables/tableSpec";
import { EFFECT_GRADES_TABLE, OPTIMISM_BIAS_TABLE, UNIT_COST_GRADES_TABLE } from "../../sheetModel/tables/uncertaintyTables";
import type { BuildContext } from "../context";
import type { Layout } from "../layout";
import type { SheetBuilder } from "../sheetBuilder";
import { isToken, sameKey, sumWhere } from "../formulas/keyMatch";
import { effectDepartmentIds, effectRefs } from "./effects";
import { overviewRef } from "./overviewRefs";
import { repaymentWeightRef } from "./repayment";

/**
 * Writes the grades and the corrected base case from `row`; returns the next free row.
 *
 * @example
 * writeGrades(b, ctx, layout, corrected, 30); // the worked example graded 6: corrected savings 9 720 000, "Nej"
 */
export function writeGrades(b: SheetBuilder, ctx: BuildContext, layout: Layout, corrected: BiasCorrected, row: number): number {
  const { t, fmt, file, ev, rules } = ctx;
  const inv = file.investment;
  b.value(row, 1, t("uncGrades"), { style: "subtitle" });
  row += 1;
  const biasHeader = row;
  tableHeaders(OPTIMISM_BIAS_TABLE, t).forEach((h, c) => b.value(row, 1 + c, h, { style: "header" }));
  const tableFirst = row + 1;
  CONFIDENCE_GRADES.forEach((words, g) => {
    b.value(tableFirst + g, 1, g + 1, { numFmt: fmt.integer });
    b.value(tableFirst + g, 2, words[ctx.lang]);
    b.value(tableFirst + g, 3, rules.optimismBias[g] ?? 0, { numFmt: fmt.share, style: "input" });
  });
  b.tableOverCells(OPTIMISM_BIAS_TABLE.name, biasHeader, 1, tableFirst + CONFIDENCE_GRADES.length - 1, OPTIMISM_BIAS_TABLE.columns.length);
  const table = rangeRef(tableFirst, 3, tableFirst + CONFIDENCE_GRADES.length - 1, 3);
  const correction = (grade: string): string => `IF(ISNUMBER(${grade}),INDEX(${table},${grade}),0)`;
  row = tableFirst + CONFIDENCE_GRADES.length + 1;

  // Unit costs.
  b.value(row, 1, t("uncUnitCostGrades"), { style: "subtitle" });
  row += 1;
  const ucHeader = row;
  tableHeaders(UNIT_COST_GRADES_TABLE, t).forEach((h, c) => b.value(row, 1 + c, h, { style: "header" }));
  const ucFirst = row + 1;
  const U = ctx.sheet("unitCosts");
  const ucCorrections = new Map<string, number>();
  inv.unitCosts.forEach((u, i) => {
    const r = ucFirst + i;
    const grade = u.uncertainty?.confidenceGrade;
    const corr = grade === undefined ? 0 : (rules.optimismBias[grade - 1] ?? 0);
    ucCorrections.set(matchKey(u.code), corr);
    b.formula(r, 1, onSheet(U, cellRef(layout.unitCosts.firstRow + i, columnNumber(UNIT_COSTS_TABLE, "code"), true)), { expect: u.code });
    b.value(r, 2, grade ?? null, { numFmt: fmt.integer, style: "input" });
    b.formula(r, 3, correction(cellRef(r, 2)), { numFmt: fmt.share, expect: corr });
  });
  const ucLast = ucFirst + Math.max(inv.unitCosts.length, 1) - 1;
  b.tableOverCells(UNIT_COST_GRADES_TABLE.name, ucHeader, 1, ucLast, UNIT_COST_GRADES_TABLE.columns.length);
  row = ucLast + 2;

  // Effects.
  b.value(row, 1, t("uncEffectGrades"), { style: "subtitle" });
  row += 1;
  const eHeader = row;
  tableHeaders(EFFECT_GRADES_TABLE, t).forEach((h, c) => b.value(row, 1 + c, h, { style: "header" }));
  const eFirst = row + 1;
  const E = ctx.sheet("effects");
  const e = layout.effects;
  inv.effects.forEach((effect, i) => {
    const r = eFirst + i;
    const grade = effect.uncertainty?.confidenceGrade;
    const own = grade === undefined ? 0 : (rules.optimismBias[grade - 1] ?? 0);
    const result = ev.effects[i]!;
    const factor = corrected.effects[i]!.factor;
    b.formula(r, 1, onSheet(E, cellRef(e.firstRow + i, columnNumber(EFFECTS_TABLE, "id"), true)), { expect: effect.id });
    b.formula(r, 2, onSheet(E, cellRef(e.firstRow + i, columnNumber(EFFECTS_TABLE, "code"), true)), { expect: effect.unitCostCode });
    b.value(r, 3, grade ?? null, { numFmt: fmt.integer, style: "input" });
    b.formula(r, 4, sumWhere(rangeRef(ucFirst, 3, ucLast, 3), [sameKey(rangeRef(ucFirst, 1, ucLast, 1), cellRef(r, 2))]), {
      numFmt: fmt.share,
      expect: ucCorrections.get(matchKey(effect.unitCostCode)) ?? 0
    });
    b.formula(r, 5, correction(cellRef(r, 3)), { numFmt: fmt.share, expect: own });
    b.formula(r, 6, `(1-${cellRef(r, 4)})*(1-${cellRef(r, 5)})`, { numFmt: fmt.factor, expect: factor });
    const block = e.blockFirstRow + i;
    b.formula(r, 7, `${onSheet(E, cellRef(block, e.windowCol, true))}*${isToken(onSheet(E, cellRef(block, 3, true)), [MUNICIPAL_PAYER])}`, {
      numFmt: fmt.money,
      expect: result.payer === MUNICIPAL_PAYER ? oreNumber(result.window) : 0
    });
    b.formula(r, 8, `${cellRef(r, 7)}*${cellRef(r, 6)}`, { numFmt: fmt.money, expect: result.payer === MUNICIPAL_PAYER ? oreNumber(result.window.times(factor)) : 0 });
  });
  const eLast = eFirst + Math.max(inv.effects.length, 1) - 1;
  b.tableOverCells(EFFECT_GRADES_TABLE.name, eHeader, 1, eLast, EFFECT_GRADES_TABLE.columns.length);
  row = eLast + 2;
  return writeCorrectedCase(b, ctx, layout, corrected, { first: eFirst, last: eLast }, row);
}

/** The corrected base case beside the uncorrected: per department, in all, the approval test and the repayment under risk sharing. */
function writeCorrectedCase(b: SheetBuilder, ctx: BuildContext, layout: Layout, corrected: BiasCorrected, effects: { first: number; last: number }, row: number): number {
  const { t, fmt, file } = ctx;
  const inv = file.investment;
  const refs = effectRefs(ctx, layout);
  const cost = layout.costs.totalCostCell;
  // Row by row with the effects, their department ids in SINV_Effekter (the blocks show names).
  const deptOfEffect = effectDepartmentIds(ctx, layout);
  const repay = corrected.repayment !== null;
  ["department", "uncUncorrected", "uncCorrected"].forEach((k, c) => b.value(row, 1 + c, t(k as "department"), { style: "header" }));
  if (repay) {
    b.value(row, 4, `${t("uncRepaid")} – ${t("uncUncorrected")}`, { style: "header" });
    b.value(row, 5, `${t("uncRepaid")} – ${t("uncCorrected")}`, { style: "header" });
  }
  const first = row + 1;
  const money = (x: number | undefined): number => x ?? 0;
  inv.departments.forEach((d, i) => {
    const r = first + i;
    b.value(r, 1, d.id);
    b.formula(r, 2, refs.deptWindow(i), { numFmt: fmt.money, expect: money(corrected.uncorrected.windowByDepartment[d.id]) });
    b.formula(r, 3, sumWhere(rangeRef(effects.first, 8, effects.last, 8), [sameKey(deptOfEffect, cellRef(r, 1, true))]), { numFmt: fmt.money, expect: money(corrected.windowByDepartment[d.id]) });
    if (repay) {
      const w = repaymentWeightRef(ctx, layout, i);
      const floor = `${layout.param("floorShare")}*${cost}*${w}`;
      const cap = `${cost}*(1+${layout.param("feeShare")})*${w}`;
      const shared = (a: string): string => `MAX(${floor},MIN(${cap},${a}))`;
      const expectAt = (c: BaseCaseFigures): number => c.repaymentByDepartment?.[d.id] ?? 0;
      b.formula(r, 4, shared(cellRef(r, 2)), { numFmt: fmt.money, expect: expectAt(corrected.uncorrected) });
      b.formula(r, 5, shared(cellRef(r, 3)), { numFmt: fmt.money, expect: expectAt(corrected) });
    }
  });
  const last = first + inv.departments.length - 1;
  const totalRow = last + 1;
  b.value(totalRow, 1, t("windowSavings"), { style: "label" });
  b.formula(totalRow, 2, overviewRef(ctx, "savings10y"), { numFmt: fmt.money, style: "total", expect: corrected.uncorrected.windowSavings });
  b.formula(totalRow, 3, `SUM(${rangeRef(first, 3, last, 3)})`, { numFmt: fmt.money, style: "total", expect: corrected.windowSavings });
  if (repay) {
    b.formula(totalRow, 4, `SUM(${rangeRef(first, 4, last, 4)})`, { numFmt: fmt.money, style: "total", expect: corrected.uncorrected.repayment ?? 0 });
    b.formula(totalRow, 5, `SUM(${rangeRef(first, 5, last, 5)})`, { numFmt: fmt.money, style: "result", expect: corrected.repayment ?? 0 });
  }
  const approvedRow = totalRow + 1;
  const yesNo = (ok: boolean): string => (ok ? t("yes") : t("no"));
  b.value(approvedRow, 1, t("approved"), { style: "label" });
  b.formula(approvedRow, 2, `IF(${cellRef(totalRow, 2)}>=${cost},"${t("yes")}","${t("no")}")`, { expect: yesNo(corrected.uncorrected.approved) });
  b.formula(approvedRow, 3, `IF(${cellRef(totalRow, 3)}>=${cost},"${t("yes")}","${t("no")}")`, { style: "result", expect: yesNo(corrected.approved) });
  return approvedRow + 2;
}
