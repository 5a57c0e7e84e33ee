/**
 * Uppföljning, the follow-up of the costs: the table SINV_UtfallKostnader (actual costs per
 * cost line and year, only the values the evaluator gave) and, below it, native formulas
 * for each line and year — the budget (from Kostnadskalkyl's cells, matched by the line's
 * id: its fixed amounts plus, for a staff line, its pay), the actual cost where given and
 * otherwise the budget, and the variance — with totals per year and for the period, and a
 * row marking each year actual ("utfall") or forecast ("prognos"). The rule and every
 * expected figure are the engine's (engine/costFollowUp.ts).
 */
import type { CostFollowUp } from "../../engine/costFollowUp";
import { costFollowUp, costYears } from "../../engine/costFollowUp";
import { cellRef, onSheet, rangeRef } from "../../sheetModel/a1";
import { ACTUAL_COSTS_TABLE, COSTS_TABLE, STAFF_TABLE } from "../../sheetModel/tables/inputTables";
import { actualCostRow } from "../../sheetModel/tables/investmentRows";
import { blankRow, columnNumber, firstYearColumn, tableHeaders, tableNumFmts, tableRow } from "../../sheetModel/tables/tableSpec";
import { excelTrim, valueByKey } from "../../engine/key";
import type { BuildContext } from "../context";
import { sameKey, sumWhere } from "../formulas/keyMatch";
import type { Layout } from "../layout";
import type { SheetBuilder } from "../sheetBuilder";
import type { LabelKey } from "../template";

/**
 * The cost years the follow-up shows (engine costYears, within the timeline) and the
 * engine's follow-up over exactly those years: what the sheet's cells must equal.
 *
 * @example
 * costFollowUpOf(ctx).years; // [2017, 2018, 2019] for the worked example
 */
export function costFollowUpOf(ctx: BuildContext): { years: number[]; figures: CostFollowUp } {
  const years = costYears(ctx.file.investment).filter((y) => ctx.years.includes(y));
  return { years, figures: costFollowUp(ctx.ev, ctx.file.actuals?.costs ?? {}, years) };
}

/**
 * Writes the follow-up of the costs onto Uppföljning (rows from layout.followUp.costs).
 *
 * @example
 * // Worked example, actual staff cost 2017 3 100 000: the variance block's 2017 total is 100 000,
 * // the period total of actual/forecast 12 800 000 against a budget of 12 700 000.
 * writeCostFollowUp(b, ctx, layout);
 */
export function writeCostFollowUp(b: SheetBuilder, ctx: BuildContext, layout: Layout): void {
  const { t, fmt } = ctx;
  const inv = ctx.file.investment;
  const at = layout.followUp.costs;
  const c = layout.costs;
  const K = ctx.sheet("costs");
  const { years, figures } = costFollowUpOf(ctx);
  const m = years.length;
  const first = firstYearColumn(ACTUAL_COSTS_TABLE);
  const idCol = columnNumber(ACTUAL_COSTS_TABLE, "id");
  const lastRow = at.firstRow + at.rows - 1;

  // The table of actual costs, and the row marking each year actual or forecast.
  b.value(at.markRow - 1, 1, t("actualCosts"), { style: "subtitle" });
  b.value(at.markRow, first - 1, t("actualOrForecast"), { style: "label" });
  years.forEach((_, k) => {
    b.formula(at.markRow, first + k, `IF(COUNT(${rangeRef(at.firstRow, first + k, lastRow, first + k)})>0,"${t("markActual")}","${t("markForecast")}")`, {
      style: "note",
      expect: figures.years[k]?.isActual ? t("markActual") : t("markForecast")
    });
  });
  b.table(
    {
      name: ACTUAL_COSTS_TABLE.name,
      columns: tableHeaders(ACTUAL_COSTS_TABLE, t, years),
      rows: inv.costLines.length
        ? inv.costLines.map((l) => {
            const given = valueByKey(ctx.file.actuals?.costs, l.id);
            return tableRow(ACTUAL_COSTS_TABLE, actualCostRow(l), years.map((y) => given?.[String(y)] ?? null));
          })
        : [blankRow(ACTUAL_COSTS_TABLE, years)],
      numFmts: tableNumFmts(ACTUAL_COSTS_TABLE, ctx.inputFmt, years),
      wrap: ACTUAL_COSTS_TABLE.columns.map((col) => col.kind === "text")
    },
    at.headerRow,
    1
  );

  // Kostnadskalkyl's columns the budget reads: fixed amounts and staff pay, matched by id.
  const fixedIds = onSheet(K, rangeRef(c.firstRow, columnNumber(COSTS_TABLE, "id"), c.firstRow + c.rows - 1, columnNumber(COSTS_TABLE, "id")));
  const staffIds = onSheet(K, rangeRef(c.staffFirstRow, columnNumber(STAFF_TABLE, "id"), c.staffFirstRow + c.staffRows - 1, columnNumber(STAFF_TABLE, "id")));
  const budgetOf = (key: string, year: number): string => {
    const k = ctx.years.indexOf(year);
    const fixed = onSheet(K, rangeRef(c.firstRow, c.firstYearCol + k, c.firstRow + c.rows - 1, c.firstYearCol + k));
    const pay = onSheet(K, rangeRef(c.payFirstRow, c.staffFirstYearCol + k, c.payFirstRow + c.staffRows - 1, c.staffFirstYearCol + k));
    return `${sumWhere(fixed, [sameKey(fixedIds, key)])}+${sumWhere(pay, [sameKey(staffIds, key)])}`;
  };
  const line = (i: number): CostFollowUp["lines"][number] | undefined => figures.lines[i];
  const blocks: [number, LabelKey, (i: number, k: number, r: number) => string, "budget" | "actual" | "variance"][] = [
    [at.budgetHeaderRow, "costBudget", (i, k) => budgetOf(cellRef(at.firstRow + i, idCol, true), years[k] as number), "budget"],
    [at.actualHeaderRow, "costActualOrBudget", (i, k) => {
      const given = cellRef(at.firstRow + i, first + k, true);
      return `IF(${given}="",${cellRef(at.budgetHeaderRow + 1 + i, first + k, true)},${given})`;
    }, "actual"],
    [at.varianceHeaderRow, "costVariance", (i, k) => `${cellRef(at.actualHeaderRow + 1 + i, first + k)}-${cellRef(at.budgetHeaderRow + 1 + i, first + k)}`, "variance"]
  ];
  for (const [header, title, formula, figure] of blocks) {
    b.value(header - 1, 1, t(title), { style: "subtitle" });
    b.value(header, 1, t("costLine"), { style: "header" });
    b.value(header, 2, t("description"), { style: "header" });
    years.forEach((y, k) => b.value(header, first + k, y, { numFmt: fmt.year, style: "header" }));
    b.value(header, first + m, t("total"), { style: "header" });
    for (let i = 0; i < at.rows; i++) {
      const r = header + 1 + i;
      const l = line(i);
      // The line as the table names it (a blank row gives "").
      b.formula(r, 1, `TRIM(${cellRef(at.firstRow + i, idCol, true)})`, { style: "label", expect: excelTrim(l?.id ?? "") });
      b.formula(r, 2, `TRIM(${cellRef(at.firstRow + i, columnNumber(ACTUAL_COSTS_TABLE, "description"), true)})`, { expect: excelTrim(inv.costLines[i]?.description ?? "") });
      years.forEach((_, k) => b.formula(r, first + k, formula(i, k, r), { numFmt: fmt.money, expect: l?.years[k]?.[figure] ?? 0 }));
      b.formula(r, first + m, `SUM(${rangeRef(r, first, r, first + m - 1, false)})`, { numFmt: fmt.money, style: "total", expect: l?.[figure] ?? 0 });
    }
    const totalRow = header + 1 + at.rows;
    b.value(totalRow, 1, t("total"), { style: "label" });
    for (let k = 0; k <= m; k++) {
      const col = first + k;
      const expected = k < m ? (figures.years[k]?.[figure] ?? 0) : figures.total[figure];
      b.formula(totalRow, col, `SUM(${rangeRef(header + 1, col, header + at.rows, col, false)})`, { numFmt: fmt.money, style: "total", expect: expected });
    }
  }
}
