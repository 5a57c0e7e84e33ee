/**
 * Flöden per satsning: per investment and year, the engine's cost plan and repayment plans
 * from its scenario file (values), and what the fund counts by the register's status and
 * decision year (formulas): disbursed, repaid, and granted but not yet disbursed; a total
 * row under each block. Each investment finds its register row by its id (the engine's key
 * rule), so a sorted register still reads right.
 */
import type { Dec, InvestmentFlows } from "../../../engine";
import { oreNumber, sum } from "../../../engine";
import { cellRef, rangeRef } from "../../../sheetModel/a1";
import type { SheetPlan } from "../../../sheetModel/plan";
import { keyPosition } from "../../../workbook/formulas/keyMatch";
import { SheetBuilder } from "../../../workbook/sheetBuilder";
import type { FundContext } from "../fundContext";
import type { FlowSection } from "../fundLayout";
import { FLOW_SECTIONS } from "../fundLayout";
import { registerRange } from "./registerSheet";

/** An investment's series in a block, as the engine computed it. */
function seriesOf(inv: InvestmentFlows, section: FlowSection): readonly Dec[] {
  switch (section) {
    case "costPlan":
      return inv.cost;
    case "plannedPlan":
      return inv.cost.map((_, k) => sum(inv.departments.map((d) => d.plannedPlan[k] as Dec)));
    case "actualPlan":
      return inv.cost.map((_, k) => sum(inv.departments.map((d) => d.actualPlan[k] as Dec)));
    case "disbursedFlows":
      return inv.disbursed;
    case "repaidFlows":
      return inv.repaid;
    case "bookedFlows":
      return inv.booked;
  }
}

/** The fund's total of a counted block per year, as the engine computed it. */
function totalOf(ctx: FundContext, section: FlowSection, k: number): Dec {
  if (section === "disbursedFlows") return ctx.p.disbursed[k] as Dec;
  if (section === "repaidFlows") return ctx.p.repaid[k] as Dec;
  if (section === "bookedFlows") return ctx.p.booked[k] as Dec;
  return sum(ctx.p.investments.map((inv) => seriesOf(inv, section)[k] as Dec));
}

/**
 * The cell of a block's total row in year k (0-based), for other sheets' formulas.
 *
 * @example
 * flowsTotalCell(ctx, "disbursedFlows", 0); // "H40"
 */
export function flowsTotalCell(ctx: FundContext, section: FlowSection, k: number): string {
  const f = ctx.layout.flows;
  return cellRef(f.sections[section].totalRow, f.firstYearCol + k, true);
}

function cellFormula(ctx: FundContext, section: FlowSection, i: number, k: number): string | undefined {
  const f = ctx.layout.flows;
  const s1 = f.sections.costPlan.firstRow + i;
  const col = f.firstYearCol + k;
  const h = (c: number): string => cellRef(s1, c, true);
  const at = (s: FlowSection): string => cellRef(f.sections[s].firstRow + i, col);
  switch (section) {
    case "disbursedFlows":
      return `IF(${h(f.col.counted)}=1,${at("costPlan")},0)`;
    case "repaidFlows":
      return `IF(${h(f.col.counted)}=1,IF(${h(f.col.evaluated)}=1,${at("actualPlan")},${at("plannedPlan")}),0)`;
    case "bookedFlows": {
      const row = f.sections.disbursedFlows.firstRow + i;
      const paid = `SUM(${rangeRef(row, f.firstYearCol, row, col, false)})`;
      return `IF(AND(${h(f.col.counted)}=1,${cellRef(f.headerRow, col, true)}>=${h(f.col.decisionYear)}),${h(f.col.totalCost)}-${paid},0)`;
    }
    default:
      return undefined;
  }
}

function helpers(b: SheetBuilder, ctx: FundContext, inv: InvestmentFlows, row: number): void {
  const { layout, fmt } = ctx;
  const f = layout.flows;
  const position = cellRef(row, f.col.registerRow, true);
  b.formula(row, f.col.registerRow, keyPosition(cellRef(row, f.col.id, true), registerRange(ctx, "id"), registerRange(ctx, "row")), { numFmt: fmt.integer, expect: ctx.p.investments.indexOf(inv) + 1 });
  b.formula(row, f.col.counted, `INDEX(${registerRange(ctx, "counted")},${position})`, { numFmt: fmt.integer, expect: inv.status.counted ? 1 : 0 });
  b.formula(row, f.col.evaluated, `INDEX(${registerRange(ctx, "afterEvaluation")},${position})`, { numFmt: fmt.integer, expect: inv.status.actualRepayment ? 1 : 0 });
  b.formula(row, f.col.decisionYear, `INDEX(${registerRange(ctx, "decisionYear")},${position})`, { numFmt: fmt.year, expect: inv.item.decisionYear });
  b.formula(row, f.col.totalCost, `INDEX(${registerRange(ctx, "totalCost")},${position})`, { numFmt: fmt.money, expect: oreNumber(inv.totalCost) });
}

/**
 * The flows sheet.
 *
 * @example
 * flowsSheet(ctx).name; // "Flöden per satsning"
 */
export function flowsSheet(ctx: FundContext): SheetPlan {
  const { p, layout, t, fmt } = ctx;
  const f = layout.flows;
  const b = new SheetBuilder(ctx.sheet("flows"));
  b.value(1, 1, t("flowsTitle"), { style: "title" });
  b.value(2, 1, t("flowsNote"), { style: "note" });
  const headers = [t("id"), t("investment"), t("registerRow"), t("counted"), t("afterEvaluation"), t("decisionYear"), t("totalCost")];
  headers.forEach((h, j) => b.value(f.headerRow, j + 1, h, { style: "header" }));
  p.years.forEach((y, k) => b.value(f.headerRow, f.firstYearCol + k, y, { numFmt: fmt.year, style: "header" }));
  b.value(f.headerRow, f.totalCol, t("total"), { style: "header" });
  for (const section of FLOW_SECTIONS) {
    const block = f.sections[section];
    const counted = section === "disbursedFlows" || section === "repaidFlows" || section === "bookedFlows";
    b.value(block.titleRow, 1, t(section), { style: "subtitle" });
    p.investments.forEach((inv, i) => {
      const row = block.firstRow + i;
      b.value(row, f.col.id, inv.item.id);
      b.value(row, f.col.name, inv.name);
      if (section === "costPlan") helpers(b, ctx, inv, row);
      const series = seriesOf(inv, section);
      p.years.forEach((_, k) => {
        const formula = cellFormula(ctx, section, i, k);
        const value = oreNumber(series[k] as Dec);
        if (formula === undefined) b.value(row, f.firstYearCol + k, value, { numFmt: fmt.money });
        else b.formula(row, f.firstYearCol + k, formula, { numFmt: fmt.money, expect: value });
      });
      if (section !== "bookedFlows") {
        b.formula(row, f.totalCol, `SUM(${rangeRef(row, f.firstYearCol, row, f.totalCol - 1, false)})`, { numFmt: fmt.money, style: "total", expect: oreNumber(sum(series as Dec[])) });
      }
    });
    b.value(block.totalRow, f.col.name, t("total"), { style: "label" });
    p.years.forEach((_, k) => {
      const col = f.firstYearCol + k;
      b.formula(block.totalRow, col, `SUM(${rangeRef(block.firstRow, col, block.lastRow, col, false)})`, {
        numFmt: fmt.money,
        style: counted ? "result" : "total",
        expect: oreNumber(totalOf(ctx, section, k))
      });
    });
  }
  const w = ctx.columnWidths;
  b.widths(1, [8, w.label, 10, 9, 11, 10, w.value]);
  for (let c = f.firstYearCol; c <= f.totalCol; c++) b.width(c, w.value);
  b.freeze(f.headerRow, 2);
  return b.build();
}
