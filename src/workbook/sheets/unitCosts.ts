import { cellRef, onSheet, rangeRef } from "../../sheetModel/a1";
import type { BuildContext } from "../context";
import type { Layout } from "../layout";
import type { SheetPlan } from "../../sheetModel/plan";
import { SheetBuilder } from "../sheetBuilder";
import { dec, indexFactor, isDomainError, oreNumber } from "../../engine";
import { UNIT_COSTS_TABLE } from "../../sheetModel/tables/inputTables";
import { blankRow, columnNumber, tableHeaders, tableNumFmts, tableRow } from "../../sheetModel/tables/tableSpec";

/**
 * The formula-ready ranges of the unit-cost table: codes, payers, the cost to count with and
 * each row's position (1, 2, 3, … for exact lookups by key).
 *
 * @example
 * unitCostRanges(ctx, layout).codes; // "Enhetskostnader!$A$5:$A$7"
 */
export function unitCostRanges(ctx: BuildContext, layout: Layout): { codes: string; payers: string; costs: string; positions: string } {
  const u = layout.unitCosts;
  const s = ctx.sheet("unitCosts");
  const last = u.firstRow + u.rows - 1;
  const column = (key: "code" | "payer"): number => columnNumber(UNIT_COSTS_TABLE, key);
  return {
    codes: onSheet(s, rangeRef(u.firstRow, column("code"), last, column("code"))),
    payers: onSheet(s, rangeRef(u.firstRow, column("payer"), last, column("payer"))),
    costs: onSheet(s, rangeRef(u.firstRow, u.costColumn, last, u.costColumn)),
    positions: onSheet(s, rangeRef(u.firstRow, u.costColumn + 1, last, u.costColumn + 1))
  };
}

/**
 * Enhetskostnader: the unit costs used (code, description, unit, cost, price year, payer,
 * source) as the table SINV_Enhetskostnader, and beside it the cost to count with: moved to
 * the chosen price year with the chain index (PKV) and multiplied by the scenario's factor.
 *
 * @example
 * unitCostsSheet(ctx, layout).tables[0].name; // "SINV_Enhetskostnader"
 */
export function unitCostsSheet(ctx: BuildContext, layout: Layout): SheetPlan {
  const { t, fmt, file } = ctx;
  const inv = file.investment;
  const u = layout.unitCosts;
  const b = new SheetBuilder(ctx.sheet("unitCosts"));
  b.value(1, 1, t("unitCostsTitle"), { style: "title" });
  b.prose(2, 1, t("unitCostsExample"), { style: "note" });
  const rows = inv.unitCosts.length ? inv.unitCosts.map((x) => tableRow(UNIT_COSTS_TABLE, x)) : [blankRow(UNIT_COSTS_TABLE)];
  b.table(
    {
      name: UNIT_COSTS_TABLE.name,
      columns: tableHeaders(UNIT_COSTS_TABLE, t),
      rows,
      numFmts: tableNumFmts(UNIT_COSTS_TABLE, ctx.inputFmt),
      wrap: UNIT_COSTS_TABLE.columns.map((c) => c.kind === "text" || c.kind === "token")
    },
    u.headerRow,
    1
  );
  const P = ctx.sheet("parameters");
  const ix = layout.index;
  const idxYears = onSheet(P, rangeRef(ix.firstRow, 1, ix.firstRow + ix.rows - 1, 1));
  const chain = onSheet(P, rangeRef(ix.firstRow, 4, ix.firstRow + ix.rows - 1, 4));
  const priceYear = layout.param("priceYear");
  b.value(u.headerRow, u.costColumn, t("indexedCost"), { style: "header" });
  b.value(u.headerRow, u.costColumn + 1, t("unitCostRow"), { style: "header" });
  const rates = new Map(Object.entries(inv.indexRates ?? {}).map(([y, r]) => [Number(y), dec(r)] as const));
  inv.unitCosts.forEach((x, i) => {
    const r = u.firstRow + i;
    b.formula(r, u.costColumn + 1, `ROW(${cellRef(r, 1)})-ROW(${cellRef(u.firstRow, 1, true)})+1`, { numFmt: fmt.integer, style: "note", expect: i + 1 });
    const own = cellRef(r, columnNumber(UNIT_COSTS_TABLE, "priceYear"));
    const factor = `IF(${priceYear}="",1,INDEX(${chain},MATCH(${priceYear},${idxYears},0))/INDEX(${chain},MATCH(${own},${idxYears},0)))`;
    let expected = dec(x.cost).times(dec(ctx.scenario.unitCostFactor));
    let known = true;
    if (inv.priceYear !== undefined) {
      const f = indexFactor(x.priceYear, inv.priceYear, rates);
      if (isDomainError(f)) known = false;
      else expected = expected.times(f);
    }
    b.formula(r, u.costColumn, `${cellRef(r, columnNumber(UNIT_COSTS_TABLE, "cost"))}*${layout.param("unitCostFactor")}*${factor}`, {
      numFmt: fmt.money,
      style: "result",
      ...(known ? { expect: oreNumber(expected) } : {})
    });
  });
  const w = ctx.template.columnWidths;
  b.widths(1, [w.text, w.text + 16, w.text, w.value, w.year, w.year, w.text + 30, 2, w.value + 4, w.year]);
  b.freeze(u.headerRow, 1);
  return b.build();
}
