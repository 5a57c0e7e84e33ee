import { cellRef } from "../../sheetModel/a1";
import { matchKey, oreNumber } from "../../engine";
import { EFFECTS_TABLE, UNIT_COSTS_TABLE } from "../../sheetModel/tables/inputTables";
import { columnDef, columnNumber } from "../../sheetModel/tables/tableSpec";
import type { BuildContext } from "../context";
import { keyCount, numberByKey, tokenByKey } from "../formulas/keyMatch";
import type { Layout } from "../layout";
import type { SheetBuilder } from "../sheetBuilder";
import { unitCostRanges } from "./unitCosts";

/** The payers a unit cost may name (the unit-cost table's payer tokens). */
const PAYERS = (columnDef(UNIT_COSTS_TABLE, "payer").tokens ?? []).map((x) => x.value);

/**
 * The working cells beside SINV_Effekter, once per effect (not once per year): how many
 * rows of the unit-cost table hold the effect's code by the engine's rule (trimmed,
 * case-insensitive, exact; the engine accepts exactly one), the cost to count with from
 * that row and its payer — both #N/A unless exactly one row matched. The savings formulas
 * read these cells.
 *
 * @example
 * writeUnitCostMatches(b, ctx, layout); // worked example: N5 = 1, O5 = 900 000, P5 = "kommun"
 */
export function writeUnitCostMatches(b: SheetBuilder, ctx: BuildContext, layout: Layout): void {
  const { t, fmt, file, ev } = ctx;
  const e = layout.effects;
  const u = unitCostRanges(ctx, layout);
  b.value(e.headerRow, e.matchCol, t("unitCostMatches"), { style: "header" });
  b.value(e.headerRow, e.unitCostCol, t("unitCostCounted"), { style: "header" });
  b.value(e.headerRow, e.payerCol, t("payer"), { style: "header" });
  const codeColumn = columnNumber(EFFECTS_TABLE, "code");
  file.investment.effects.forEach((effect, i) => {
    const r = e.firstRow + i;
    const code = cellRef(r, codeColumn, true);
    const count = cellRef(r, e.matchCol, true);
    const matches = file.investment.unitCosts.filter((x) => matchKey(x.code) === matchKey(effect.unitCostCode)).length;
    b.formula(r, e.matchCol, keyCount(code, u.codes), { numFmt: fmt.integer, expect: matches });
    b.formula(r, e.unitCostCol, numberByKey(code, u.codes, u.costs, count), { numFmt: fmt.money, expect: oreNumber(ev.effects[i]!.unitCost) });
    b.formula(r, e.payerCol, tokenByKey(code, u.codes, u.payers, count, PAYERS), { expect: ev.effects[i]!.payer });
  });
}
