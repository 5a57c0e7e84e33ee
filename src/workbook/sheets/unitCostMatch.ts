import { cellRef } from "../../sheetModel/a1";
import { matchKey, oreNumber } from "../../engine";
import { EFFECTS_TABLE, UNIT_COSTS_TABLE } from "../../sheetModel/tables/inputTables";
import { columnDef, columnNumber } from "../../sheetModel/tables/tableSpec";
import type { BuildContext } from "../context";
import { keyPosition, tokenByKey } from "../formulas/keyMatch";
import type { Layout } from "../layout";
import type { SheetBuilder } from "../sheetBuilder";
import { unitCostRanges } from "./unitCosts";

/** The payers a unit cost may name (the unit-cost table's payer tokens). */
const PAYERS = (columnDef(UNIT_COSTS_TABLE, "payer").tokens ?? []).map((x) => x.value);

/**
 * The working cells beside SINV_Effekter, once per effect (not once per year): the row of
 * the unit-cost table whose code matches the effect's by the engine's rule (trimmed,
 * case-insensitive, exact; #N/A unless exactly one row matches, as the engine accepts
 * exactly one), the cost to count with from that row and its payer. The savings formulas
 * read these cells.
 *
 * @example
 * writeUnitCostMatches(b, ctx, layout); // worked example: N5 = 1, O5 = 900 000, P5 = "kommun"
 */
export function writeUnitCostMatches(b: SheetBuilder, ctx: BuildContext, layout: Layout): void {
  const { t, fmt, file, ev } = ctx;
  const e = layout.effects;
  const u = unitCostRanges(ctx, layout);
  b.value(e.headerRow, e.matchCol, t("unitCostRow"), { style: "header" });
  b.value(e.headerRow, e.unitCostCol, t("unitCostCounted"), { style: "header" });
  b.value(e.headerRow, e.payerCol, t("payer"), { style: "header" });
  const codeColumn = columnNumber(EFFECTS_TABLE, "code");
  file.investment.effects.forEach((effect, i) => {
    const r = e.firstRow + i;
    const code = cellRef(r, codeColumn, true);
    const position = cellRef(r, e.matchCol, true);
    const row = file.investment.unitCosts.findIndex((x) => matchKey(x.code) === matchKey(effect.unitCostCode)) + 1;
    b.formula(r, e.matchCol, keyPosition(code, u.codes, u.positions), { numFmt: fmt.integer, expect: row });
    b.formula(r, e.unitCostCol, `INDEX(${u.costs},${position})`, { numFmt: fmt.money, expect: oreNumber(ev.effects[i]!.unitCost) });
    b.formula(r, e.payerCol, tokenByKey(code, u.codes, u.payers, `ISNUMBER(${position})`, PAYERS), { expect: ev.effects[i]!.payer });
  });
}
