import { cellRef, onSheet, rangeRef } from "../../sheetModel/a1";
import type { BuildContext } from "../context";
import type { Layout } from "../layout";
import { yearSpan } from "../layout";
import type { SheetPlan } from "../../sheetModel/plan";
import { SheetBuilder } from "../sheetBuilder";
import type { Dec } from "../../engine";
import { ZERO, oreNumber } from "../../engine";
import { EFFECTS_TABLE, MUNICIPAL_PAYER } from "../../sheetModel/tables/inputTables";
import { blankRow, columnNumber, tableHeaders, tableNumFmts, tableRow } from "../../sheetModel/tables/tableSpec";
import { isToken, sameKey, sumWhere } from "../formulas/keyMatch";
import { effectSavingFormula, windowFormula } from "./effectFormula";
import { writeUnitCostMatches } from "./unitCostMatch";
import type { EffectVolumes } from "./effectVolumes";
import { writePlannedVolumes } from "./effectVolumes";
import { addEffectsCharts } from "../chartsEffects";
import { departmentCells, departmentName } from "./nameByKey";
import { effectRow } from "../../sheetModel/tables/investmentRows";

/**
 * The department column of SINV_Effekter as a range: row by row with every block of one row
 * per effect, so per-department sums match on the ids while the blocks show names.
 *
 * @example
 * effectDepartmentIds(ctx, layout); // "Effekter!$E$5:$E$6"
 */
export function effectDepartmentIds(ctx: BuildContext, layout: Layout): string {
  const e = layout.effects;
  const col = columnNumber(EFFECTS_TABLE, "department");
  return onSheet(ctx.sheet("effects"), rangeRef(e.firstRow, col, e.firstRow + Math.max(ctx.file.investment.effects.length, 1) - 1, col));
}


/** Where the municipal totals live, for other sheets. */
export interface EffectRefs {
  /** Municipal savings in the window (all departments). */
  readonly windowTotal: string;
  /** Municipal savings from the start to the end year. */
  readonly duringTotal: string;
  /** Window savings of department i. */
  readonly deptWindow: (i: number) => string;
  /** Savings of department i in year k. */
  readonly deptYear: (i: number, k: number) => string;
  /** The timeline's years on this sheet (row range). */
  readonly years: string;
  /** The payback flags (row range). */
  readonly flags: string;
}

/**
 * The formula-ready references of the Effekter sheet.
 *
 * @example
 * effectRefs(ctx, layout).windowTotal; // "'Effekter'!$Q$20"
 */
export function effectRefs(ctx: BuildContext, layout: Layout): EffectRefs {
  const e = layout.effects;
  const s = ctx.sheet("effects");
  const n = layout.n;
  return {
    windowTotal: onSheet(s, cellRef(e.sumRow, e.windowCol, true)),
    duringTotal: onSheet(s, cellRef(e.sumRow, e.windowCol + 1, true)),
    deptWindow: (i) => onSheet(s, cellRef(e.deptFirstRow + i, e.windowCol, true)),
    deptYear: (i, k) => onSheet(s, cellRef(e.deptFirstRow + i, e.firstYearCol + k, true)),
    years: yearSpan(s, e.blockYearRow, e.firstYearCol, n),
    flags: yearSpan(s, e.flagRow, e.firstYearCol, n)
  };
}

/**
 * Writes a block of savings per effect and year (planned here, actual on Uppföljning):
 * id, department, payer, the years, and the window sum.
 *
 * @example
 * writeEffectBlock(b, ctx, layout, { … }); // rows of live cohort formulas
 */
export function writeEffectBlock(
  b: SheetBuilder,
  ctx: BuildContext,
  layout: Layout,
  at: { yearRow: number; firstRow: number },
  source: { share: (i: number) => string } & EffectVolumes,
  expected: readonly { byYear: readonly Dec[]; window: Dec }[]
): void {
  const { t, fmt, years, file } = ctx;
  const e = layout.effects;
  const n = years.length;
  const E = ctx.sheet("effects");
  b.value(at.yearRow, 1, t("effect"), { style: "header" });
  b.value(at.yearRow, 2, t("department"), { style: "header" });
  b.value(at.yearRow, 3, t("payer"), { style: "header" });
  years.forEach((y, k) => b.value(at.yearRow, e.firstYearCol + k, y, { numFmt: fmt.year, style: "header" }));
  b.value(at.yearRow, e.windowCol, t("inWindow"), { style: "header" });
  const yearsHere = rangeRef(at.yearRow, e.firstYearCol, at.yearRow, e.firstYearCol + n - 1);
  file.investment.effects.forEach((effect, i) => {
    const r = at.firstRow + i;
    const src = e.firstRow + i;
    b.formula(r, 1, onSheet(E, cellRef(src, columnNumber(EFFECTS_TABLE, "name"), true)), { style: "label", expect: effect.name, wrap: true });
    const dept = departmentName(ctx, layout, onSheet(E, cellRef(src, columnNumber(EFFECTS_TABLE, "department"), true)), effect.departmentId);
    b.formula(r, 2, dept.formula, { expect: dept.expect, wrap: true });
    b.formula(r, 3, onSheet(E, cellRef(src, e.payerCol, true)), { expect: ctx.ev.effects[i]!.payer });
    years.forEach((_, k) => {
      const col = e.firstYearCol + k;
      const formula = effectSavingFormula(ctx, layout, {
        effectRow: src,
        share: source.share(i),
        volumes: source.volumes(i),
        volumeYears: source.volumeYears,
        volumeThisYear: source.volumeAt(i, k),
        year: cellRef(at.yearRow, col, true),
        k
      });
      b.formula(r, col, formula, { numFmt: fmt.money, expect: oreNumber(expected[i]!.byYear[k] as Dec) });
    });
    b.formula(r, e.windowCol, windowFormula(ctx, layout, rangeRef(r, e.firstYearCol, r, e.firstYearCol + n - 1), yearsHere), {
      numFmt: fmt.money,
      style: "total",
      expect: oreNumber(expected[i]!.window)
    });
  });
}

/**
 * Effekter: each effect's definition (table SINV_Effekter), its savings per year, the
 * municipality's savings per department and year, the ten-year window, the cumulative
 * savings and the payback flags.
 *
 * @example
 * effectsSheet(ctx, layout); // the window total's expect is 16 200 000 for the worked example
 */
export function effectsSheet(ctx: BuildContext, layout: Layout): SheetPlan {
  const { t, fmt, years, file, ev } = ctx;
  const inv = file.investment;
  const e = layout.effects;
  const n = years.length;
  const b = new SheetBuilder(ctx.sheet("effects"));
  b.value(1, 1, t("effectsTitle"), { style: "title" });
  b.prose(2, 1, t("inputHint"), { style: "note" });
  b.table(
    {
      name: EFFECTS_TABLE.name,
      columns: tableHeaders(EFFECTS_TABLE, t),
      rows: inv.effects.length
        ? inv.effects.map((x) =>
            tableRow(EFFECTS_TABLE, effectRow(x, t))
          )
        : [blankRow(EFFECTS_TABLE)],
      numFmts: tableNumFmts(EFFECTS_TABLE, ctx.inputFmt),
      wrap: EFFECTS_TABLE.columns.map((c) => c.kind === "text")
    },
    e.headerRow,
    1
  );
  writeUnitCostMatches(b, ctx, layout);

  b.value(e.blockYearRow - 1, 1, t("savingsPerEffect"), { style: "subtitle" });
  writeEffectBlock(
    b,
    ctx,
    layout,
    { yearRow: e.blockYearRow, firstRow: e.blockFirstRow },
    {
      share: (i) => onSheet(ctx.sheet("effects"), cellRef(e.firstRow + i, columnNumber(EFFECTS_TABLE, "share"), true)),
      ...writePlannedVolumes(b, ctx, layout)
    },
    ev.effects
  );

  // Municipal savings per department and year.
  const first = e.blockFirstRow;
  const last = e.blockFirstRow + Math.max(inv.effects.length, 1) - 1;
  const deptIds = effectDepartmentIds(ctx, layout);
  const payers = rangeRef(first, 3, last, 3);
  b.value(e.deptYearRow - 1, 1, t("savingsPerDepartment"), { style: "subtitle" });
  b.value(e.deptYearRow, 1, t("department"), { style: "header" });
  b.value(e.deptYearRow, 2, "", { style: "header" });
  years.forEach((y, k) => b.value(e.deptYearRow, e.firstYearCol + k, y, { numFmt: fmt.year, style: "header" }));
  b.value(e.deptYearRow, e.windowCol, t("inWindow"), { style: "header" });
  b.value(e.deptYearRow, e.windowCol + 1, t("savingsDuring"), { style: "header" });
  const yearsHere = rangeRef(e.deptYearRow, e.firstYearCol, e.deptYearRow, e.firstYearCol + n - 1);
  inv.departments.forEach((d, i) => {
    const r = e.deptFirstRow + i;
    const row = ev.savingsByDepartment.get(d.id);
    const dept = departmentCells(ctx, layout, i);
    b.formula(r, 1, dept.name, { expect: d.name });
    years.forEach((_, k) => {
      const col = e.firstYearCol + k;
      const block = rangeRef(first, col, last, col);
      b.formula(r, col, sumWhere(block, [sameKey(deptIds, dept.id), isToken(payers, [MUNICIPAL_PAYER])]), {
        numFmt: fmt.money,
        expect: oreNumber(row ? (row[k] as Dec) : ZERO)
      });
    });
    // A department's window is the sum of its effects' booked windows (the engine's rule).
    b.formula(r, e.windowCol, sumWhere(rangeRef(first, e.windowCol, last, e.windowCol), [sameKey(deptIds, dept.id), isToken(payers, [MUNICIPAL_PAYER])]), {
      numFmt: fmt.money,
      style: "total",
      expect: oreNumber(ev.windowByDepartment.get(d.id) ?? ZERO)
    });
  });
  const sumRow = e.sumRow;
  b.value(sumRow, 1, t("sumMunicipality"), { style: "label" });
  let cumulative = ZERO;
  const start = layout.param("startYear");
  const end = layout.param("endYear");
  const totalCost = layout.costs.totalCostCell;
  years.forEach((_, k) => {
    const col = e.firstYearCol + k;
    b.formula(sumRow, col, `SUM(${rangeRef(e.deptFirstRow, col, sumRow - 1, col, false)})`, { numFmt: fmt.money, style: "total", expect: oreNumber(ev.savingsByYear[k] as Dec) });
    cumulative = cumulative.plus(ev.savingsByYear[k] as Dec);
    b.formula(e.cumRow, col, k === 0 ? cellRef(sumRow, col) : `${cellRef(e.cumRow, col - 1)}+${cellRef(sumRow, col)}`, { numFmt: fmt.money, expect: oreNumber(cumulative) });
    const firstTime = ev.paybackYear === years[k];
    const before = k === 0 ? "1" : `(SUMPRODUCT((${rangeRef(e.cumRow, e.firstYearCol, e.cumRow, col - 1, false)}>=${totalCost})*1)=0)`;
    b.formula(e.flagRow, col, `(${cellRef(e.cumRow, col)}>=${totalCost})*${before}`, { numFmt: fmt.integer, expect: firstTime ? 1 : 0 });
  });
  b.value(e.cumRow, 1, t("cumulative"), { style: "label" });
  b.value(e.flagRow, 1, t("paybackFlag"), { style: "note" });
  b.formula(sumRow, e.windowCol, `SUM(${rangeRef(e.deptFirstRow, e.windowCol, sumRow - 1, e.windowCol, false)})`, {
    numFmt: fmt.money,
    style: "total",
    expect: oreNumber(ev.windowSavings)
  });
  b.formula(sumRow, e.windowCol + 1, `SUMPRODUCT(${rangeRef(sumRow, e.firstYearCol, sumRow, e.firstYearCol + n - 1)}*(${yearsHere}>=${start})*(${yearsHere}<=${end}))`, {
    numFmt: fmt.money,
    style: "total",
    expect: oreNumber(ev.duringSavings)
  });
  const w = ctx.template.columnWidths;
  b.widths(1, [w.text, w.text + 6, w.text - 4, w.text - 4, w.text - 4]);
  for (let k = 5; k <= e.windowCol + 1; k++) b.width(k, w.year);
  b.width(e.windowCol, w.value);
  b.width(e.windowCol + 1, w.value);
  b.freeze(e.headerRow, 2);
  addEffectsCharts(b, ctx, layout);
  return b.build();
}
