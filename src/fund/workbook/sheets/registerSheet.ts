/**
 * Fondregister: one row per investment in an Excel table (SINV_Fondregister) — its status,
 * decision year, period, rule preset and the engine's amounts — and, beside the table, the
 * formulas that read each row: its row number, ratio, approval, whether the fund counts it,
 * whether its repayment is the one under risk sharing, the repayment counted, what its plan
 * repays and the shortfall.
 */
import type { Dec } from "../../../engine";
import { oreNumber, sum } from "../../../engine";
import { cellRef, onSheet, rangeRef } from "../../../sheetModel/a1";
import type { SheetPlan } from "../../../sheetModel/plan";
import { countWhere, sameKey, sumWhere } from "../../../workbook/formulas/keyMatch";
import { SheetBuilder } from "../../../workbook/sheetBuilder";
import type { FundContext } from "../fundContext";
import type { RegisterColumn } from "../fundLayout";
import { REGISTER_COLUMNS, REGISTER_TABLE_COLUMNS } from "../fundLayout";
import { registerRow } from "../registerRow";
import { FUND_REGISTER } from "../registerSpec";
import { statusFlag } from "../statusFormulas";

/** The register's table name (registerSpec.ts). */
export const FUND_REGISTER_TABLE = FUND_REGISTER.name;

/**
 * A register column's data cells as an absolute range on the register sheet.
 *
 * @example
 * registerRange(ctx, "status"); // "Fondregister!$D$5:$D$10"
 */
export function registerRange(ctx: FundContext, column: RegisterColumn): string {
  const r = ctx.layout.register;
  const c = r.col[column];
  return onSheet(ctx.sheet("register"), rangeRef(r.firstRow, c, r.lastRow, c));
}

/**
 * The register: the table of inputs and the formulas beside it.
 *
 * @example
 * registerSheet(ctx).tables[0].name; // "SINV_Fondregister"
 */
export function registerSheet(ctx: FundContext): SheetPlan {
  const { p, layout, t, fmt, lang } = ctx;
  const r = layout.register;
  const c = r.col;
  const f = layout.flows;
  const b = new SheetBuilder(ctx.sheet("register"));
  b.value(1, 1, t("registerTitle"), { style: "title" });
  b.value(2, 1, t("registerNote"), { style: "note" });
  const money = fmt.money;
  const columns: readonly { readonly key: RegisterColumn; readonly numFmt?: keyof typeof fmt }[] = FUND_REGISTER.columns;
  b.table(
    {
      name: FUND_REGISTER_TABLE,
      columns: columns.map((col) => t(col.key)),
      numFmts: columns.map((col) => (col.numFmt ? fmt[col.numFmt] : undefined)),
      rows: p.investments.length > 0 ? p.investments.map((inv) => registerRow(inv, lang)) : [FUND_REGISTER.columns.map(() => null)]
    },
    r.headerRow,
    1
  );
  REGISTER_COLUMNS.slice(REGISTER_TABLE_COLUMNS).forEach((k) => b.value(r.headerRow, c[k], t(k), { style: "header" }));
  const flowsSheet = ctx.sheet("flows");
  const repaid = f.sections.repaidFlows;
  const flowIds = onSheet(flowsSheet, rangeRef(repaid.firstRow, f.col.id, repaid.lastRow, f.col.id));
  const flowTotals = onSheet(flowsSheet, rangeRef(repaid.firstRow, f.totalCol, repaid.lastRow, f.totalCol));
  p.investments.forEach((inv, i) => {
    const row = r.firstRow + i;
    const at = (k: RegisterColumn): string => cellRef(row, c[k]);
    const hit = sameKey(flowIds, at("id"));
    b.formula(row, c.row, `ROW()-${r.headerRow}`, { numFmt: fmt.integer, expect: i + 1 });
    b.formula(row, c.ratio, `IF(${at("totalCost")}=0,"–",${at("windowSavings")}/${at("totalCost")})`, { numFmt: fmt.ratio, expect: inv.ratio ?? "–" });
    b.formula(row, c.approved, `IF(${at("windowSavings")}>=${at("totalCost")},"${t("yes")}","${t("no")}")`, { expect: inv.approved ? t("yes") : t("no") });
    b.formula(row, c.counted, statusFlag(at("status"), (s) => s.counted), { numFmt: fmt.integer, expect: inv.status.counted ? 1 : 0 });
    b.formula(row, c.afterEvaluation, statusFlag(at("status"), (s) => s.actualRepayment), { numFmt: fmt.integer, expect: inv.status.actualRepayment ? 1 : 0 });
    b.formula(row, c.repayable, `${at("counted")}*IF(${at("afterEvaluation")}=1,${at("actualRepayment")},${at("plannedRepayment")})`, { numFmt: money, expect: oreNumber(inv.repayable) });
    b.formula(row, c.repaidPlan, `IF(${countWhere(hit)}=1,${sumWhere(flowTotals, [hit])},NA())`, { numFmt: money, expect: oreNumber(sum(inv.repaid as Dec[])) });
    b.formula(row, c.shortfall, `${at("repayable")}-${at("repaidPlan")}`, { numFmt: money, style: "result", expect: oreNumber(inv.shortfall) });
  });
  const w = ctx.columnWidths;
  b.widths(1, [8, w.label, w.text + 12, w.text - 2, w.year, w.year, w.year, w.text + 4, w.value, w.value, w.value, w.value + 6, 6, 8, 9, 9, 11, w.value + 4, w.value + 4, w.value]);
  b.freeze(r.headerRow, 2);
  return b.build();
}
