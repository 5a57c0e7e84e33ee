/**
 * Fondkälla: a hidden sheet holding the fund's source (readBack/fundSource.ts) as JSON text
 * in column A, under the name SINV_FundSource, and the names the pane reads the fund's
 * live inputs by: the overview's years with their allocations (SINV_FundAllocations) and
 * the rule for new investments per year (SINV_FundMaxNew).
 */
import { cellRef, rangeRef } from "../../../sheetModel/a1";
import type { NamePlan, SheetPlan } from "../../../sheetModel/plan";
import { SheetBuilder } from "../../../workbook/sheetBuilder";
import { fundSourceChunks } from "../../readBack/fundSource";
import type { FundContext } from "../fundContext";
import { FUND_SOURCE_NAMES } from "../fundNames";
import { VALUE_COL } from "./overviewSheet";


/** The first row of the source text. */
const FIRST_ROW = 4;

/**
 * The hidden source sheet and the three names.
 *
 * @example
 * sourceSheet(ctx).names.map((n) => n.name); // ["SINV_FundSource", "SINV_FundAllocations", "SINV_FundMaxNew"]
 */
export function sourceSheet(ctx: FundContext): { readonly sheet: SheetPlan; readonly names: readonly NamePlan[] } {
  const name = ctx.sheet("source");
  const b = new SheetBuilder(name);
  b.value(1, 1, ctx.t("sourceTitle"), { style: "title" });
  b.value(2, 1, ctx.t("sourceNote"), { style: "note" });
  const parts = fundSourceChunks(ctx.p.input);
  parts.forEach((text, k) => b.value(FIRST_ROW + k, 1, text));
  b.widths(1, [ctx.columnWidths.text]);
  const o = ctx.layout.overview;
  const overview = ctx.sheet("overview");
  const names: NamePlan[] = [{ name: FUND_SOURCE_NAMES.source, sheet: name, ref: rangeRef(FIRST_ROW, 1, FIRST_ROW + parts.length - 1, 1, true) }];
  if (ctx.p.years.length > 0) names.push({ name: FUND_SOURCE_NAMES.allocations, sheet: overview, ref: rangeRef(o.firstYearRow, o.col.year, o.lastYearRow, o.col.allocated, true) });
  names.push({ name: FUND_SOURCE_NAMES.maxNew, sheet: overview, ref: cellRef(o.figureRow.maxNewPerYear, VALUE_COL, true) });
  return { sheet: { ...b.build(), hidden: true }, names };
}
