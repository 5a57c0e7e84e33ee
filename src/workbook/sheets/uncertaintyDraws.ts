/**
 * The lower half of the uncertainty sheet: the parts each department's savings are made of,
 * and the draws, one row each — the uniform numbers as values (the engine's, same seed), and
 * native formulas that turn them into ratios, each moved effect's factor, the savings per
 * department, the approval flag and the repayment under risk sharing. Every formula carries
 * the engine's value for that draw (src/engine/uncertainty/simulate.ts).
 */
import { cellRef, onSheet, rangeRef } from "../../sheetModel/a1";
import type { UncertaintyAnalysis } from "../../engine";
import type { UncertainInput } from "../../engine/uncertainty/inputs";
import type { BuildContext } from "../context";
import type { Layout } from "../layout";
import type { SheetBuilder } from "../sheetBuilder";
import { isToken, sameKey } from "../formulas/keyMatch";
import { EFFECTS_TABLE, MUNICIPAL_PAYER } from "../../sheetModel/tables/inputTables";
import { columnNumber } from "../../sheetModel/tables/tableSpec";
import { repaymentWeightRef } from "./repayment";
import { effectRefs } from "./effects";
import { ratioFormula, riskSharedFormula } from "./uncertaintyFormulas";

/** What the draws are made of: the inputs, where their ranges stand, which effects they move. */
export interface DrawPlan {
  readonly inputs: readonly UncertainInput[];
  /** The row of each input in the ranges table (low in C, base in D, high in E). */
  readonly inputRows: readonly number[];
  /** Effects moved by at least one range: their position in the investment and the inputs that move them. */
  readonly moved: readonly { readonly effect: number; readonly inputs: readonly number[] }[];
  /** The run the sheet holds (the engine's first draws). */
  readonly run: UncertaintyAnalysis;
}

/** Where the draws' columns are, for the results above them. */
export interface DrawColumns {
  readonly window: string;
  readonly approved: string;
  /** Per department of the investment (its order); undefined without a repayment model. */
  readonly repaid: readonly string[] | undefined;
  readonly full: string | undefined;
  readonly repaidTotal: string | undefined;
}

const money = (x: number): number => Math.round(x * 100) / 100;

/**
 * Writes the parts table and the draws from `row`; returns their columns.
 *
 * @example
 * writeDraws(b, ctx, layout, plan, 60); // the worked example: 2 000 rows of u, ratio, factor, savings, flags
 */
export function writeDraws(b: SheetBuilder, ctx: BuildContext, layout: Layout, plan: DrawPlan, row: number): DrawColumns {
  const { t, fmt, file, ev } = ctx;
  const inv = file.investment;
  const sim = plan.run.simulation;
  const model = plan.run.model;
  const K = plan.inputs.length;
  const M = plan.moved.length;
  const D = inv.departments.length;
  const repay = model.repayment !== undefined && sim.repaymentByDepartment !== undefined;
  const uCol = (j: number): number => 2 + j;
  const rCol = (j: number): number => 2 + K + j;
  const fCol = (m: number): number => 2 + 2 * K + m;
  const wCol = (d: number): number => 2 + 2 * K + M + d;
  const totalCol = 2 + 2 * K + M + D;
  const approvedCol = totalCol + 1;
  const pCol = (d: number): number => approvedCol + 1 + d;
  const fullCol = approvedCol + 1 + D;
  const paidCol = fullCol + 1;
  const engineDept = inv.departments.map((d) => model.departments.indexOf(d.id));
  const refs = effectRefs(ctx, layout);
  const E = ctx.sheet("effects");
  const e = layout.effects;
  const p = { totalCost: layout.costs.totalCostCell, floorShare: layout.param("floorShare"), feeShare: layout.param("feeShare") };

  // Per department: savings without ranges, the floor and the full part of the repayment.
  b.value(row, 1, t("uncParts"), { style: "subtitle" });
  row += 1;
  ["department", "uncFixed", "uncFloor", "uncCap"].forEach((k, c) => b.value(row, 1 + c, t(k as "department"), { style: "header" }));
  const deptFirst = row + 1;
  const deptRow = (d: number): number => deptFirst + d;
  // Below it, each moved effect's part of each department's savings, in the draws' factor columns.
  const partsHeader = deptRow(D) + 1;
  const partRow = (d: number): number => partsHeader + 1 + d;
  b.value(partsHeader, 1, t("department"), { style: "header" });
  plan.moved.forEach((m, q) => b.formula(partsHeader, fCol(q), onSheet(E, cellRef(e.firstRow + m.effect, 1, true)), { style: "header", expect: inv.effects[m.effect]!.id }));
  inv.departments.forEach((dept, d) => {
    const r = partRow(d);
    const idx = engineDept[d] as number;
    b.value(r, 1, dept.id);
    plan.moved.forEach((m, q) => {
      const block = e.blockFirstRow + m.effect;
      // The effect's department id is in SINV_Effekter (the block beside it shows the department's name).
      const deptId = onSheet(E, cellRef(e.firstRow + m.effect, columnNumber(EFFECTS_TABLE, "department"), true));
      const part = `${onSheet(E, cellRef(block, e.windowCol, true))}*${sameKey(deptId, cellRef(r, 1, true))}*${isToken(onSheet(E, cellRef(block, 3, true)), [MUNICIPAL_PAYER])}`;
      const mine = ev.effects[m.effect]!.payer === MUNICIPAL_PAYER && ev.effects[m.effect]!.departmentId === dept.id;
      b.formula(r, fCol(q), part, { numFmt: fmt.money, expect: mine ? money(ev.effects[m.effect]!.window.toNumber()) : 0 });
    });
    const dr = deptRow(d);
    b.value(dr, 1, dept.id);
    const movedSum = M === 0 ? "0" : `SUM(${rangeRef(r, fCol(0), r, fCol(M - 1))})`;
    const fixed = model.terms.filter((x) => x.department === idx && x.inputs.length === 0).reduce((s, x) => s + x.windowNumber, 0);
    b.formula(dr, 2, `${refs.deptWindow(d)}-${movedSum}`, { numFmt: fmt.money, expect: idx < 0 ? 0 : money(fixed) });
    if (repay) {
      const w = repaymentWeightRef(ctx, layout, d);
      b.formula(dr, 3, `${p.floorShare}*${p.totalCost}*${w}`, { numFmt: fmt.money, expect: idx < 0 ? 0 : money(model.repayment!.floorNumber[idx] as number) });
      b.formula(dr, 4, `${p.totalCost}*(1+${p.feeShare})*${w}`, { numFmt: fmt.money, expect: idx < 0 ? 0 : money(model.repayment!.capNumber[idx] as number) });
    }
  });
  row = partRow(D) + 1;

  // The draws.
  b.value(row, 1, t("uncDrawsTitle"), { style: "subtitle" });
  row += 1;
  b.value(row, 1, t("uncDraw"), { style: "header" });
  plan.inputs.forEach((x, j) => {
    b.value(row, uCol(j), `${t("uncUniform")} ${x.id}`, { style: "header" });
    b.value(row, rCol(j), `${t("uncRatio")} ${x.id}`, { style: "header" });
  });
  plan.moved.forEach((m, q) => b.value(row, fCol(q), `${t("uncFactor")} ${inv.effects[m.effect]!.id}`, { style: "header" }));
  inv.departments.forEach((dept, d) => {
    b.value(row, wCol(d), `${t("uncSavings")} ${dept.id}`, { style: "header" });
    if (repay) b.value(row, pCol(d), `${t("uncRepaid")} ${dept.id}`, { style: "header" });
  });
  b.value(row, totalCol, t("windowSavings"), { style: "header" });
  b.value(row, approvedCol, t("uncApproved"), { style: "header" });
  if (repay) {
    b.value(row, fullCol, t("uncFull"), { style: "header" });
    b.value(row, paidCol, t("uncRepaid"), { style: "header" });
  }
  const first = row + 1;
  const n = sim.draws;
  const cost = p.totalCost;
  for (let i = 0; i < n; i++) {
    const r = first + i;
    b.value(r, 1, i + 1);
    plan.inputs.forEach((x, j) => {
      const ir = plan.inputRows[j] as number;
      b.value(r, uCol(j), (sim.uniforms[j] as Float64Array)[i] as number);
      const formula = ratioFormula(x.kind, cellRef(r, uCol(j)), cellRef(ir, 3, true), cellRef(ir, 4, true), cellRef(ir, 5, true));
      b.formula(r, rCol(j), formula, { numFmt: fmt.factor, expect: (sim.ratios[j] as Float64Array)[i] as number });
    });
    plan.moved.forEach((m, q) => {
      const f = m.inputs.reduce((v, j) => v * ((sim.ratios[j] as Float64Array)[i] as number), 1);
      b.formula(r, fCol(q), m.inputs.map((j) => cellRef(r, rCol(j))).join("*"), { numFmt: fmt.factor, expect: f });
    });
    inv.departments.forEach((_, d) => {
      const idx = engineDept[d] as number;
      const moved = M === 0 ? "" : `+SUMPRODUCT(${rangeRef(r, fCol(0), r, fCol(M - 1), false)},${rangeRef(partRow(d), fCol(0), partRow(d), fCol(M - 1))})`;
      b.formula(r, wCol(d), `${cellRef(deptRow(d), 2, true)}${moved}`, { numFmt: fmt.money, expect: idx < 0 ? 0 : money((sim.windowByDepartment[idx] as Float64Array)[i] as number) });
      if (repay) {
        b.formula(r, pCol(d), riskSharedFormula(cellRef(deptRow(d), 3, true), cellRef(deptRow(d), 4, true), cellRef(r, wCol(d))), {
          numFmt: fmt.money,
          expect: idx < 0 ? 0 : money((sim.repaymentByDepartment![idx] as Float64Array)[i] as number)
        });
      }
    });
    b.formula(r, totalCol, `SUM(${rangeRef(r, wCol(0), r, wCol(D - 1), false)})`, { numFmt: fmt.money, expect: money(sim.window[i] as number) });
    b.formula(r, approvedCol, `(${cellRef(r, totalCol)}>=${cost})*1`, { numFmt: fmt.integer, expect: sim.approved[i] as number });
    if (repay) {
      const all = inv.departments.map((_, d) => `(${cellRef(r, wCol(d))}>=${cellRef(deptRow(d), 4, true)})`).join("*");
      b.formula(r, fullCol, `${all}*1`, { numFmt: fmt.integer, expect: sim.fullRepayment![i] as number });
      const paid = engineDept.reduce((s, idx) => (idx < 0 ? s : s + ((sim.repaymentByDepartment![idx] as Float64Array)[i] as number)), 0);
      b.formula(r, paidCol, `SUM(${rangeRef(r, pCol(0), r, pCol(D - 1), false)})`, { numFmt: fmt.money, expect: money(paid) });
    }
  }
  const last = first + n - 1;
  const column = (c: number): string => rangeRef(first, c, last, c);
  b.widths(1, [Math.max(ctx.template.columnWidths.text, 14)]);
  for (let c = 2; c <= (repay ? paidCol : approvedCol); c++) b.width(c, ctx.template.columnWidths.value);
  return {
    window: column(totalCol),
    approved: column(approvedCol),
    repaid: repay ? inv.departments.map((_, d) => column(pCol(d))) : undefined,
    full: repay ? column(fullCol) : undefined,
    repaidTotal: repay ? column(paidCol) : undefined
  };
}
