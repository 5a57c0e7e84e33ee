/**
 * The checks that parts add up to their totals: costs per year, per department and per
 * category against fund + co-financing and the total cost; savings per effect against
 * savings per department and the overview; the repayment split against the planned
 * repayment, each department's repayment plan against what it is to repay, and the
 * follow-up of the costs against the cost calculation.
 */
import { ACTUAL_COSTS_TABLE, MUNICIPAL_PAYER, COSTS_TABLE } from "../../sheetModel/tables/inputTables";
import { columnDef, firstYearColumn } from "../../sheetModel/tables/tableSpec";
import type { BuildContext } from "../context";
import type { Layout } from "../layout";
import { OVERVIEW_ROWS } from "../layout";
import type { Block, PlanCells } from "./checksPlan";
import { at, cellFigure, plus, sumFigure, sumWhereFigure } from "./checksPlan";
import type { CheckRow } from "./checksRows";
import { costFollowUpOf } from "./followUpCosts";

/** How many year columns the follow-up of the costs has (its total column comes after them). */
function costYearCount(ctx: BuildContext): number {
  return costFollowUpOf(ctx).years.length;
}

/** The cost categories, one row each in the per-category block of Kostnadskalkyl. */
const CATEGORY_COUNT = (columnDef(COSTS_TABLE, "category").tokens ?? []).length;

function block(sheet: string, row: number, col: number, lastRow: number, lastCol: number): Block {
  return { sheet, row, col, lastRow: Math.max(row, lastRow), lastCol };
}

/**
 * The sum checks of the workbook, in the order the sheets come.
 *
 * @example
 * sumChecks(ctx, layout, new PlanCells(sheets))[0].description; // "Kostnad per år: fonden + medfinansiering = summan per år"
 */
export function sumChecks(ctx: BuildContext, layout: Layout, cells: PlanCells): CheckRow[] {
  const { t } = ctx;
  const inv = ctx.file.investment;
  const n = layout.n;
  const departments = inv.departments.length;
  const effects = inv.effects.length;
  const O = ctx.sheet("overview");
  const K = ctx.sheet("costs");
  const E = ctx.sheet("effects");
  const R = ctx.sheet("repayment");
  const F = ctx.sheet("followUp");
  const c = layout.costs;
  const e = layout.effects;
  const r = layout.repayment;
  const f = layout.followUp;
  const overview = (key: keyof typeof OVERVIEW_ROWS): Block => at(O, OVERVIEW_ROWS[key], 3);

  // Kostnadskalkyl.
  const totalPerYear = sumFigure(cells, block(K, c.totalRow, c.totalsFirstYearCol, c.totalRow, c.totalsFirstYearCol + n - 1));
  const lineTotals = sumFigure(cells, block(K, c.firstRow, c.firstYearCol + n, c.firstRow + c.rows - 1, c.firstYearCol + n));
  const payTotals = sumFigure(cells, block(K, c.payFirstRow, c.staffFirstYearCol + n, c.payFirstRow + c.staffRows - 1, c.staffFirstYearCol + n));
  const totalCost = cellFigure(cells, overview("totalCost"));
  const rows: CheckRow[] = [
    {
      kind: "sum",
      description: t("checkCostFinancing"),
      found: plus(cellFigure(cells, at(K, c.fundRow, c.totalsFirstYearCol + n)), cellFigure(cells, at(K, c.cofinancingRow, c.totalsFirstYearCol + n))),
      expected: totalPerYear
    },
    { kind: "sum", description: t("checkCostLines"), found: plus(lineTotals, payTotals), expected: totalPerYear },
    { kind: "sum", description: t("checkCostFund"), found: sumFigure(cells, block(K, c.fundRow, c.totalsFirstYearCol, c.fundRow, c.totalsFirstYearCol + n - 1)), expected: totalCost },
    { kind: "sum", description: t("checkCostDepartments"), found: sumFigure(cells, block(K, c.deptHeaderRow + 1, 3, c.deptHeaderRow + departments, 3)), expected: totalCost },
    { kind: "sum", description: t("checkCostCategories"), found: sumFigure(cells, block(K, c.catHeaderRow + 1, 3, c.catHeaderRow + CATEGORY_COUNT, 3)), expected: totalCost }
  ];

  // Effekter: savings per effect (the municipality's) against per department and the overview.
  const lastEffect = e.blockFirstRow + effects - 1;
  const payers = block(E, e.blockFirstRow, 3, lastEffect, 3);
  const yearsOf = (row: number): Block => block(E, row, e.firstYearCol, row, e.firstYearCol + n - 1);
  const perYearTotal = sumFigure(cells, yearsOf(e.sumRow));
  rows.push(
    {
      kind: "sum",
      description: t("checkSavingsWindow"),
      found: sumWhereFigure(cells, block(E, e.blockFirstRow, e.windowCol, lastEffect, e.windowCol), payers, MUNICIPAL_PAYER),
      expected: cellFigure(cells, overview("savings10y"))
    },
    {
      kind: "sum",
      description: t("checkSavingsYears"),
      found: sumWhereFigure(cells, block(E, e.blockFirstRow, e.firstYearCol, lastEffect, e.firstYearCol + n - 1), payers, MUNICIPAL_PAYER),
      expected: perYearTotal
    },
    { kind: "sum", description: t("checkCumulative"), found: cellFigure(cells, at(E, e.cumRow, e.firstYearCol + n - 1)), expected: perYearTotal }
  );

  // Återföring: the split against the planned repayment, each plan against its part.
  rows.push({ kind: "sum", description: t("checkRepaymentSplit"), found: cellFigure(cells, at(R, r.totalRow, 6)), expected: cellFigure(cells, overview("plannedRepayment")) });
  inv.departments.forEach((d, i) => {
    rows.push({
      kind: "atMost",
      description: `${t("checkRepaymentPlan")}: ${d.name} (${d.id})`,
      found: cellFigure(cells, at(R, r.planFirstRow + i, 3 + n)),
      expected: cellFigure(cells, at(R, r.firstRow + i, 6))
    });
  });

  // Uppföljning: actual savings per effect against per department.
  const fuLast = f.blockFirstRow + effects - 1;
  rows.push({
    kind: "sum",
    description: t("checkActualSavings"),
    found: sumWhereFigure(cells, block(F, f.blockFirstRow, e.windowCol, fuLast, e.windowCol), block(F, f.blockFirstRow, 3, fuLast, 3), MUNICIPAL_PAYER),
    expected: cellFigure(cells, at(F, f.deptFirstRow + departments, 4))
  });

  // Uppföljning: the follow-up of the costs — its budget against the cost calculation, and budget + variance against actual/forecast.
  const fc = f.costs;
  const periodTotal = (header: number): Block => at(F, header + 1 + fc.rows, firstYearColumn(ACTUAL_COSTS_TABLE) + costYearCount(ctx));
  const budgetTotal = cellFigure(cells, periodTotal(fc.budgetHeaderRow));
  rows.push(
    { kind: "sum", description: t("checkCostBudget"), found: budgetTotal, expected: totalPerYear },
    { kind: "sum", description: t("checkCostVariance"), found: plus(budgetTotal, cellFigure(cells, periodTotal(fc.varianceHeaderRow))), expected: cellFigure(cells, periodTotal(fc.actualHeaderRow)) }
  );
  return rows;
}
