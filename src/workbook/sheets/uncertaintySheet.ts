/**
 * Osäkerhet (Uncertainty): built only when the scenario file has ranges
 * (docs/uncertainty.md). From the top: the seed and the number of draws; the ranges (low and
 * high editable, the base the planned value, live); what the draws say — the probability of
 * approval (SINV_PApproved), of full repayment, the expected repayment under risk sharing
 * (SINV_ExpectedRepayment), percentiles of the savings — as live formulas over the draws
 * below; the tornado; the grades with the bias-corrected base case; the parts and the draws.
 * Every value comes from the engine's analysis of the same draws.
 */
import { cellRef, onSheet } from "../../sheetModel/a1";
import type { NamePlan, SheetPlan } from "../../sheetModel/plan";
import type { BiasCorrected, DomainError, UncertaintyAnalysis } from "../../engine";
import { inputsOfEffect, isDomainError, percentileRank, rerun } from "../../engine";
import { biasCorrected } from "../../engine/uncertainty/biasCorrected";
import { EFFECTS_TABLE, MUNICIPAL_PAYER } from "../../sheetModel/tables/inputTables";
import { isToken } from "../formulas/keyMatch";
import { columnNumber, tableHeaders } from "../../sheetModel/tables/tableSpec";
import { RANGE_TABLES, UNCERTAINTY_SETTING_NAMES } from "../../sheetModel/tables/uncertaintyTables";
import type { BuildContext } from "../context";
import type { Layout } from "../layout";
import { SheetBuilder } from "../sheetBuilder";
import type { LabelKey } from "../template";
import { overviewRef } from "./overviewRefs";
import { writeGrades } from "./uncertaintyBias";
import type { DrawColumns, DrawPlan } from "./uncertaintyDraws";
import { writeDraws } from "./uncertaintyDraws";

/** The workbook names of the sheet's key results. */
export const UNCERTAINTY_NAMES = { pApproved: "SINV_PApproved", expectedRepayment: "SINV_ExpectedRepayment" } as const;

/**
 * Decided here (measured, docs/uncertainty.md): the sheet holds the engine's first draws —
 * at most 2 000, and no more than fit 100 000 cells in the draws table, but at least 200 —
 * so its figures are the engine's figures for that many draws. The worked example keeps all
 * 2 000 (33 000 cells, 0.34 MB); 30 effects over 10 departments with 70 ranges keep 512
 * (1.4 MB; all 2 000 would make 5 MB and take LibreOffice three times as long to open).
 */
export const MAX_SHEET_DRAWS = 2000;
const MAX_DRAW_CELLS = 100000;
const MIN_SHEET_DRAWS = 200;

/**
 * How many of the engine's draws the sheet holds, for a draws table of `cellsPerDraw` cells a row.
 *
 * @example
 * sheetDraws(2000, 8);    // 2000
 * sheetDraws(2000, 195);  // 512
 * sheetDraws(100, 195);   // 100
 */
export function sheetDraws(draws: number, cellsPerDraw: number): number {
  return Math.min(draws, MAX_SHEET_DRAWS, Math.max(MIN_SHEET_DRAWS, Math.floor(MAX_DRAW_CELLS / cellsPerDraw)));
}

const KIND_LABEL: Readonly<Record<string, LabelKey>> = { share: "uncKindShare", volumeFactor: "uncKindVolume", unitCostFactor: "uncKindUnitCost" };

/**
 * The uncertainty sheet and its names, or undefined when the file has no ranges.
 *
 * @example
 * uncertaintySheet(ctx, layout, appraisal.uncertainty, appraisal.biasCorrected)?.names.map((n) => n.name);
 * // ["SINV_PApproved", "SINV_ExpectedRepayment"]
 */
export function uncertaintySheet(
  ctx: BuildContext,
  layout: Layout,
  analysis: UncertaintyAnalysis | DomainError | null,
  corrected: BiasCorrected | null
): { sheet: SheetPlan; names: NamePlan[] } | undefined {
  if (analysis === null || isDomainError(analysis)) return undefined;
  const { t, fmt, file } = ctx;
  const inv = file.investment;
  const name = ctx.sheet("uncertainty");
  const b = new SheetBuilder(name);
  const moved = inv.effects.flatMap((e, i) => {
    const inputs = inputsOfEffect(analysis.inputs, e);
    return inputs.length > 0 ? [{ effect: i, inputs }] : [];
  });
  const D = inv.departments.length;
  const cellsPerDraw = 3 + 2 * analysis.inputs.length + moved.length + D + (analysis.model.repayment ? D + 2 : 0);
  const n = sheetDraws(analysis.draws, cellsPerDraw);
  const run = n === analysis.draws ? analysis : rerun(analysis.model, n, analysis.seed);
  b.value(1, 1, t("uncTitle"), { style: "title" });
  b.value(2, 1, t("uncNote"), { style: "note" });
  b.value(4, 1, t("uncSeed"), { style: "label" });
  b.value(4, 3, run.seed, { numFmt: fmt.integer });
  b.value(5, 1, t("uncDraws"), { style: "label" });
  b.value(5, 3, n, { numFmt: fmt.integer });
  if (n < analysis.draws) {
    b.value(6, 1, t("uncDrawsOf"), { style: "label" });
    b.value(6, 3, analysis.draws, { numFmt: fmt.integer });
  }

  // The ranges: low and high are inputs; the base is the planned share (live) or 1. One
  // table per kind (sheetModel/tables/uncertaintyTables.ts), so the add-in finds each row by its key.
  let row = 8;
  b.value(row, 1, t("uncRanges"), { style: "subtitle" });
  const E = ctx.sheet("effects");
  const shareColumn = columnNumber(EFFECTS_TABLE, "share");
  const inputRows: number[] = run.inputs.map(() => 0);
  for (const kind of ["share", "volumeFactor", "unitCostFactor"] as const) {
    const mine = run.inputs.flatMap((x, j) => (x.kind === kind ? [{ x, j }] : []));
    if (mine.length === 0) continue;
    const spec = RANGE_TABLES[kind];
    row += 1;
    const header = row;
    tableHeaders(spec, t).forEach((h, c) => b.value(header, 1 + c, h, { style: "header" }));
    for (const { x, j } of mine) {
      row += 1;
      const format = kind === "share" ? fmt.share : fmt.factor;
      b.value(row, 1, t(KIND_LABEL[kind] as LabelKey));
      b.value(row, 2, x.id);
      b.value(row, 3, x.low, { numFmt: format, style: "input" });
      const at = inv.effects.findIndex((e) => kind === "share" && e.id === x.id);
      if (at >= 0) b.formula(row, 4, onSheet(E, cellRef(layout.effects.firstRow + at, shareColumn, true)), { numFmt: format, expect: x.base });
      else b.value(row, 4, 1, { numFmt: format });
      b.value(row, 5, x.high, { numFmt: format, style: "input" });
      inputRows[j] = row;
    }
    b.tableOverCells(spec.name, header, 1, row, spec.columns.length);
    row += 1;
  }
  row += 1;

  // What the draws say: rows reserved here, filled once the draws' columns are known.
  const results = row;
  const perDepartment = results + 8;
  row = perDepartment + 1 + inv.departments.length + 1;
  row = writeTornado(b, ctx, layout, run, inputRows, row);
  // The grades and the bias table always stand (blank grades: no correction), so they can be given in the sheet and read back.
  row = writeGrades(b, ctx, layout, corrected ?? biasCorrected(inv, ctx.rules, ctx.ev, run.model), row);
  const plan: DrawPlan = { inputs: run.inputs, inputRows, moved, run };
  const columns = writeDraws(b, ctx, layout, plan, row + 1);
  writeResults(b, ctx, run, columns, results, perDepartment);
  const w = ctx.template.columnWidths;
  b.width(1, w.label);
  b.width(2, w.text + 4);
  return {
    sheet: b.build(),
    names: [
      { name: UNCERTAINTY_NAMES.pApproved, sheet: name, ref: cellRef(results + 1, 3, true) },
      { name: UNCERTAINTY_NAMES.expectedRepayment, sheet: name, ref: cellRef(results + 3, 3, true) },
      { name: UNCERTAINTY_SETTING_NAMES.seed, sheet: name, ref: cellRef(4, 3, true) },
      // The number of draws SINV makes: the file's, below the sheet's own count when it holds fewer.
      { name: UNCERTAINTY_SETTING_NAMES.draws, sheet: name, ref: cellRef(n < analysis.draws ? 6 : 5, 3, true) }
    ]
  };
}

function writeResults(b: SheetBuilder, ctx: BuildContext, run: UncertaintyAnalysis, columns: DrawColumns, row: number, perDepartment: number): void {
  const { t, fmt, file } = ctx;
  const f = run.figures;
  const n = run.draws;
  b.value(row, 1, t("uncResults"), { style: "subtitle" });
  b.value(row + 1, 1, t("uncPApproved"), { style: "label" });
  b.formula(row + 1, 3, `AVERAGE(${columns.approved})`, { numFmt: fmt.share, style: "result", expect: f.pApproved });
  b.value(row + 2, 1, t("uncPFull"), { style: "label" });
  b.value(row + 3, 1, t("uncExpectedRepayment"), { style: "label" });
  if (columns.full && columns.repaidTotal && f.pFullRepayment !== null && f.expectedRepayment !== null) {
    b.formula(row + 2, 3, `AVERAGE(${columns.full})`, { numFmt: fmt.share, style: "result", expect: f.pFullRepayment });
    b.formula(row + 3, 3, `AVERAGE(${columns.repaidTotal})`, { numFmt: fmt.money, style: "result", expect: f.expectedRepayment });
  } else {
    b.value(row + 2, 3, t("uncNoRepayment"));
    b.value(row + 3, 3, t("uncNoRepayment"));
  }
  (
    [
      ["uncP10", 1, f.savingsP10],
      ["uncP50", 5, f.savingsP50],
      ["uncP90", 9, f.savingsP90]
    ] as const
  ).forEach(([label, tenths, value], q) => {
    b.value(row + 4 + q, 1, t(label), { style: "label" });
    b.formula(row + 4 + q, 3, `SMALL(${columns.window},${percentileRank(tenths, n)})`, { numFmt: fmt.money, expect: value });
  });
  b.value(row + 7, 1, t("savings10y"), { style: "label" });
  b.formula(row + 7, 3, overviewRef(ctx, "savings10y"), { numFmt: fmt.money, expect: ctx.summary.windowSavings });
  b.value(perDepartment, 1, t("uncPerDepartment"), { style: "subtitle" });
  file.investment.departments.forEach((d, i) => {
    const r = perDepartment + 1 + i;
    b.value(r, 1, d.id);
    const column = columns.repaid?.[i];
    if (column) b.formula(r, 3, `AVERAGE(${column})`, { numFmt: fmt.money, expect: f.expectedRepaymentByDepartment?.[d.id] ?? 0 });
    else b.value(r, 3, t("uncNoRepayment"));
  });
}

function writeTornado(b: SheetBuilder, ctx: BuildContext, layout: Layout, run: UncertaintyAnalysis, inputRows: readonly number[], row: number): number {
  const { t, fmt, file } = ctx;
  const E = ctx.sheet("effects");
  const e = layout.effects;
  const base = overviewRef(ctx, "savings10y");
  const cost = layout.costs.totalCostCell;
  b.value(row, 1, t("uncTornado"), { style: "subtitle" });
  row += 1;
  ["uncKind", "id", "uncAtLow", "uncAtHigh", "uncSwing", "approved"].forEach((k, c) => b.value(row, 1 + c, t(k as LabelKey), { style: "header" }));
  run.tornado.forEach((bar, q) => {
    const r = row + 1 + q;
    const j = run.inputs.findIndex((x) => x.kind === bar.kind && x.id === bar.id);
    const ir = inputRows[j] as number;
    // The base savings of the municipal effects this range moves (Effekter's window per effect).
    const moved = file.investment.effects.flatMap((x, i) => (inputsOfEffect([run.inputs[j]!], x).length > 0 ? [i] : []));
    const parts = moved.map((i) => `${onSheet(E, cellRef(e.blockFirstRow + i, e.windowCol, true))}*${isToken(onSheet(E, cellRef(e.blockFirstRow + i, 3, true)), [MUNICIPAL_PAYER])}`);
    const movedSum = parts.length > 0 ? parts.join("+") : "0";
    const ratio = (c: number): string => (bar.kind === "share" ? `${cellRef(ir, c, true)}/${cellRef(ir, 4, true)}` : cellRef(ir, c, true));
    b.value(r, 1, t(KIND_LABEL[bar.kind] as LabelKey));
    b.value(r, 2, bar.id);
    b.formula(r, 3, `${base}+(${ratio(3)}-1)*(${movedSum})`, { numFmt: fmt.money, expect: bar.savingsAtLow });
    b.formula(r, 4, `${base}+(${ratio(5)}-1)*(${movedSum})`, { numFmt: fmt.money, expect: bar.savingsAtHigh });
    b.formula(r, 5, `${cellRef(r, 4)}-${cellRef(r, 3)}`, { numFmt: fmt.money, style: "result", expect: bar.swing });
    const yesNo = (ok: boolean): string => (ok ? t("yes") : t("no"));
    b.formula(r, 6, `IF(${cellRef(r, 3)}>=${cost},"${t("yes")}","${t("no")}")&" / "&IF(${cellRef(r, 4)}>=${cost},"${t("yes")}","${t("no")}")`, {
      expect: `${yesNo(bar.approvedAtLow)} / ${yesNo(bar.approvedAtHigh)}`
    });
  });
  return row + 1 + run.tornado.length + 1;
}
