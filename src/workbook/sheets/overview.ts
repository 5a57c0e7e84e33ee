import { cellRef, onSheet, rangeRef } from "../../sheetModel/a1";
import type { BuildContext } from "../context";
import type { Layout } from "../layout";
import { OVERVIEW_ROWS, PARAM_ROWS } from "../layout";
import { CIVIL_PARTNER_KINDS } from "../../engine/eligibility";
import { DEPARTMENTS_TABLE, EFFECTS_TABLE, INVESTMENT_NAME, PARAMETERS_NAME, PARTNERS_TABLE, MUNICIPAL_PAYER } from "../../sheetModel/tables/inputTables";
import { columnDef, columnNumber, tokenWords } from "../../sheetModel/tables/tableSpec";
import { countWhere, isToken, twoDifferentKeys } from "../formulas/keyMatch";
import type { NamePlan, SheetPlan } from "../../sheetModel/plan";
import { SheetBuilder } from "../sheetBuilder";
import type { LabelKey } from "../template";
import { effectRefs } from "./effects";
import { followUpRefs } from "./followUp";
import { presetName } from "./parameters";
import { writeBreakEvenShares } from "./breakEven";

/** The workbook names of the key results and the overview row each points at. */
export const RESULT_NAMES: readonly [string, keyof typeof OVERVIEW_ROWS][] = [
  ["SINV_TotalCost", "totalCost"],
  ["SINV_Savings10Y", "savings10y"],
  ["SINV_Ratio", "ratio"],
  ["SINV_Approved", "approved"],
  ["SINV_Payback", "payback"],
  ["SINV_BreakEven", "breakEvenFactor"],
  ["SINV_Repayment", "plannedRepayment"],
  ["SINV_ActualRepayment", "actualRepayment"],
  ["SINV_Eligible", "eligible"]
];

/**
 * Översikt: the investment (name, period, departments and areas, partners, rule set) and
 * its key results as live formulas with workbook names — total cost, savings in the window,
 * ratio, approval test with its margin, payback year, break-even factor and share, planned
 * repayment, the repayment under risk sharing from the follow-up ("–" without actuals) — and
 * the eligibility checks with their reasons and the verdict (TRUE/FALSE, SINV_Eligible).
 *
 * @example
 * overviewSheet(ctx, layout).sheet.cells.find((c) => c.ref === "C14")?.expect; // "Ja"
 * overviewSheet(ctx, layout).sheet.cells.find((c) => c.ref === "C25")?.expect; // true (SINV_Eligible)
 */
export function overviewSheet(ctx: BuildContext, layout: Layout): { sheet: SheetPlan; names: NamePlan[] } {
  const { t, fmt, file, summary, ev, lang } = ctx;
  const inv = file.investment;
  const name = ctx.sheet("overview");
  const b = new SheetBuilder(name);
  const R = OVERVIEW_ROWS;
  const refs = effectRefs(ctx, layout);
  b.value(1, 1, t("overviewTitle"), { style: "title" });
  b.value(3, 1, t("investment"), { style: "label" });
  b.prose(3, 3, inv.name, { style: "subtitle" });
  b.value(4, 1, t("period"), { style: "label" });
  b.formula(4, 3, `${layout.param("startYear")}&"–"&${layout.param("endYear")}`, { expect: `${inv.startYear}–${inv.endYear}` });
  b.value(5, 1, t("departments"), { style: "label" });
  b.prose(5, 3, inv.departments.map((d) => `${d.name} (${d.area})`).join("; "));
  b.value(6, 1, t("partners"), { style: "label" });
  b.prose(6, 3, (inv.partners ?? []).map((p) => p.name).join("; ") || "–");
  b.value(7, 1, t("ruleSet"), { style: "label" });
  b.formula(7, 3, layout.param("ruleSet"), { expect: presetName(ctx) });

  const cost = cellRef(R.totalCost, 3);
  const savings = cellRef(R.savings10y, 3);
  const label = (row: number, key: LabelKey): void => {
    b.value(row, 1, t(key), { style: "label" });
  };
  label(R.totalCost, "totalCost");
  b.formula(R.totalCost, 3, layout.costs.totalCostCell, { numFmt: fmt.money, style: "result", expect: summary.totalCost });
  label(R.cofinancing, "cofinancing");
  b.formula(R.cofinancing, 3, layout.costs.cofinancingCell, { numFmt: fmt.money, expect: summary.cofinancing });
  label(R.savings10y, "savings10y");
  b.formula(R.savings10y, 3, refs.windowTotal, { numFmt: fmt.money, style: "result", expect: summary.windowSavings });
  label(R.savingsDuring, "savingsDuring");
  b.formula(R.savingsDuring, 3, refs.duringTotal, { numFmt: fmt.money, expect: summary.duringSavings });
  label(R.ratio, "ratio");
  b.formula(R.ratio, 3, `IF(${cost}=0,"",${savings}/${cost})`, { numFmt: fmt.ratio, style: "result", expect: summary.ratio ?? "" });
  label(R.approved, "approved");
  b.formula(R.approved, 3, `IF(${savings}>=${cost},"${t("yes")}","${t("no")}")`, { style: "result", expect: summary.approved ? t("yes") : t("no") });
  label(R.margin, "margin");
  b.formula(R.margin, 3, `${savings}-${cost}`, { numFmt: fmt.money, expect: summary.net });
  label(R.payback, "payback");
  const paybackFormula =
    ctx.formulas === "sinv"
      ? `IFERROR(SINV.PAYBACK(${onSheet(ctx.sheet("effects"), rangeRef(layout.effects.sumRow, layout.effects.firstYearCol, layout.effects.sumRow, layout.effects.firstYearCol + layout.n - 1))},${refs.years},${cost}),"${t("notPaidBack")}")`
      : `IF(SUM(${refs.flags})=0,"${t("notPaidBack")}",SUMPRODUCT(${refs.years}*${refs.flags}))`;
  b.formula(R.payback, 3, paybackFormula, { numFmt: fmt.year, style: "result", expect: summary.paybackYear ?? t("notPaidBack") });
  label(R.breakEvenFactor, "breakEvenFactor");
  b.formula(R.breakEvenFactor, 3, ctx.formulas === "sinv" ? `IFERROR(SINV.BREAKEVEN(${cost},${savings}),"–")` : `IF(${savings}<=0,"–",${cost}/${savings})`, {
    numFmt: fmt.factor,
    style: "result",
    expect: summary.breakEvenFactor ?? "–"
  });
  label(R.breakEvenShare, "breakEvenShare");
  const firstMunicipal = ev.effects.findIndex((x) => x.payer === MUNICIPAL_PAYER);
  if (firstMunicipal >= 0) {
    const shareCell = onSheet(ctx.sheet("effects"), cellRef(layout.effects.firstRow + firstMunicipal, columnNumber(EFFECTS_TABLE, "share"), true));
    const expected = ev.breakEvenShares.get(ev.effects[firstMunicipal]!.id);
    const share = `${shareCell}*${layout.param("shareFactor")}*${cellRef(R.breakEvenFactor, 3)}`;
    b.formula(R.breakEvenShare, 3, `IF(ISNUMBER(${cellRef(R.breakEvenFactor, 3)}),IF(${share}>1,"${t("notReachable")}",${share}),"–")`, {
      numFmt: fmt.share,
      expect: expected ? (expected.gt(1) ? t("notReachable") : expected.toNumber()) : "–"
    });
    b.value(R.breakEvenShare, 4, `${t("breakEvenText")} (${inv.effects[firstMunicipal]!.name})`, { style: "note", wrap: true });
  }
  label(R.plannedRepayment, "plannedRepayment");
  const repayment =
    ctx.formulas === "sinv"
      ? `IF(${layout.param("repaymentModel")},SINV.REPAYMENT(${cost},,,${layout.param("feeShare")}),0)`
      : `IF(${layout.param("repaymentModel")},${cost}*(1+${layout.param("feeShare")}),0)`;
  b.formula(R.plannedRepayment, 3, repayment, { numFmt: fmt.money, style: "result", expect: summary.plannedRepayment ?? 0 });
  label(R.actualRepayment, "actualRepaymentTotal");
  const fu = followUpRefs(ctx, layout);
  const rp = layout.repayment;
  const positives = onSheet(ctx.sheet("repayment"), rangeRef(rp.firstRow, 4, Math.max(rp.totalRow - 1, rp.firstRow), 4));
  const noActuals = `COUNT(${fu.actualVolumes},${fu.actualShares})=0`;
  b.formula(R.actualRepayment, 3, `IF(OR(NOT(${layout.param("repaymentModel")}),${noActuals},SUM(${positives})=0),"–",${fu.total})`, {
    numFmt: fmt.money,
    expect: ctx.actualRepayment ?? "–"
  });

  // Eligibility.
  b.value(R.eligibilityHeader, 1, t("eligibility"), { style: "subtitle" });
  const checks = new Map(ev.eligibility.checks.map((c) => [c.rule, c] as const));
  const reason = (rule: "collaboration" | "duration" | "newPerYear"): string => {
    const c = checks.get(rule)!;
    return lang === "en" ? c.en : c.sv;
  };
  const yes = t("yes");
  const no = t("no");
  const dt = layout.departmentsTable;
  const pt = layout.partnersTable;
  const P = ctx.sheet("parameters");
  const column = (c: number, first: number, rows: number): string => onSheet(P, rangeRef(first, c, first + rows - 1, c));
  const areaCol = columnNumber(DEPARTMENTS_TABLE, "area");
  const areas = column(areaCol, dt.firstRow, dt.rows);
  const areaCells = Array.from({ length: dt.rows }, (_, i) => onSheet(P, cellRef(dt.firstRow + i, areaCol, true)));
  const kinds = column(columnNumber(PARTNERS_TABLE, "kind"), pt.firstRow, pt.rows);
  const kindColumn = columnDef(PARTNERS_TABLE, "kind");
  const civilWords = CIVIL_PARTNER_KINDS.flatMap((k) => tokenWords(kindColumn, k, ctx.both));
  const committees = `COUNTA(${column(columnNumber(DEPARTMENTS_TABLE, "id"), dt.firstRow, dt.rows)})`;
  const civil = countWhere(isToken(kinds, civilWords));
  label(R.collaboration, "collaboration");
  b.formula(R.collaboration, 3, `IF(OR(${twoDifferentKeys(areas, areaCells)},AND(${civil}>=1,${committees}>=1)),"${yes}","${no}")`, {
    expect: checks.get("collaboration")!.ok ? yes : no
  });
  b.value(R.collaboration, 4, reason("collaboration"), { style: "note", wrap: true });
  label(R.duration, "duration");
  const years = `(${layout.param("endYear")}-${layout.param("startYear")}+1)`;
  b.formula(R.duration, 3, `IF(AND(${years}>=${layout.param("minDuration")},${years}<=${layout.param("maxDuration")}),"${yes}","${no}")`, {
    expect: checks.get("duration")!.ok ? yes : no
  });
  b.value(R.duration, 4, reason("duration"), { style: "note", wrap: true });
  label(R.newPerYear, "newPerYear");
  b.value(R.newPerYear, 3, checks.get("newPerYear")!.ok ? yes : no);
  b.value(R.newPerYear, 4, `${reason("newPerYear")} ${t("newPerYearNote")}`, { style: "note", wrap: true });

  label(R.eligible, "eligible");
  b.formula(R.eligible, 3, `AND(${[R.collaboration, R.duration, R.newPerYear].map((row) => `${cellRef(row, 3)}="${yes}"`).join(",")})`, {
    style: "result",
    expect: ev.eligibility.eligible
  });

  let row = R.eligible + 2;
  if (ev.effects.filter((x) => x.payer === MUNICIPAL_PAYER).length > 1) row = writeBreakEvenShares(b, ctx, layout, row, { name: 1, share: 3 }) + 1;
  if ((file.notes ?? []).length > 0) {
    b.value(row++, 1, t("examplesNotes"), { style: "subtitle" });
    for (const note of file.notes ?? []) b.prose(row++, 1, note, { style: "note" });
    row++;
  }
  if ((file.sources ?? []).length > 0) {
    b.value(row++, 1, t("sources"), { style: "subtitle" });
    for (const s of file.sources ?? []) b.prose(row++, 1, s.url ? `${s.title} – ${s.url}` : s.title, { style: "note" });
    row++;
  }
  b.prose(row, 1, t("generatedBy"), { style: "note" });
  b.width(1, ctx.template.columnWidths.label);
  b.width(2, 2);
  b.width(3, ctx.template.columnWidths.value + 6);
  b.width(4, ctx.template.columnWidths.text + 26);
  const names: NamePlan[] = [
    ...RESULT_NAMES.map(([n, key]) => ({ name: n, sheet: name, ref: cellRef(OVERVIEW_ROWS[key], 3, true) })),
    { name: INVESTMENT_NAME, sheet: name, ref: cellRef(3, 3, true) },
    { name: PARAMETERS_NAME, sheet: ctx.sheet("parameters"), ref: `${cellRef(PARAM_ROWS.ruleSet, 1, true)}:${cellRef(PARAM_ROWS.maxNewPerYear, 2, true)}` }
  ];
  return { sheet: b.build(), names };
}
