/**
 * The checks that no lookup failed: #N/A counted over the working columns where the
 * workbook finds things by key (the price index for each unit cost's price year, each
 * effect's unit cost and payer, each effect's target-group volumes, planned and actual) and
 * over the savings per effect they feed.
 */
import { ACTUAL_VOLUMES_TABLE } from "../../sheetModel/tables/inputTables";
import { firstYearColumn } from "../../sheetModel/tables/tableSpec";
import type { BuildContext } from "../context";
import type { Layout } from "../layout";
import type { PlanCells } from "./checksPlan";
import { notFoundFigure } from "./checksPlan";
import type { CheckRow } from "./checksRows";

/**
 * One count of #N/A per working block, described by its sheet and its heading.
 *
 * @example
 * lookupChecks(ctx, layout, cells)[1].found.formula; // "SUMPRODUCT(ISNA('Effekter'!$N$5:$P$5)*1)"
 */
export function lookupChecks(ctx: BuildContext, layout: Layout, cells: PlanCells): CheckRow[] {
  const { t } = ctx;
  const n = layout.n;
  const effects = Math.max(1, ctx.file.investment.effects.length);
  const U = ctx.sheet("unitCosts");
  const E = ctx.sheet("effects");
  const F = ctx.sheet("followUp");
  const u = layout.unitCosts;
  const e = layout.effects;
  const f = layout.followUp;
  const actualYears = firstYearColumn(ACTUAL_VOLUMES_TABLE);
  const blocks: [string, { sheet: string; row: number; col: number; lastRow: number; lastCol: number }][] = [
    [`${U}: ${t("indexedCost")}`, { sheet: U, row: u.firstRow, col: u.costColumn, lastRow: u.firstRow + u.rows - 1, lastCol: u.costColumn }],
    [`${E}: ${t("unitCostRow")}, ${t("unitCostCounted")}, ${t("payer")}`, { sheet: E, row: e.firstRow, col: e.matchCol, lastRow: e.firstRow + e.rows - 1, lastCol: e.payerCol }],
    [`${E}: ${t("effectVolumes")}`, { sheet: E, row: e.volumeFirstRow, col: e.firstYearCol, lastRow: e.volumeFirstRow + effects - 1, lastCol: e.firstYearCol + n - 1 }],
    [`${E}: ${t("savingsPerEffect")}`, { sheet: E, row: e.blockFirstRow, col: e.firstYearCol, lastRow: e.blockFirstRow + effects - 1, lastCol: e.windowCol }],
    [`${F}: ${t("actualEffectVolumes")}`, { sheet: F, row: f.volumeFirstRow, col: actualYears, lastRow: f.volumeFirstRow + effects - 1, lastCol: actualYears + n - 1 }],
    [`${F}: ${t("actualSavingsPerEffect")}`, { sheet: F, row: f.blockFirstRow, col: e.firstYearCol, lastRow: f.blockFirstRow + effects - 1, lastCol: e.windowCol }]
  ];
  return blocks.map(([description, b]) => ({ kind: "count", description, found: notFoundFigure(cells, b) }));
}
