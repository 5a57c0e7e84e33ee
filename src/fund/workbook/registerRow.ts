/**
 * One investment's row of the fund register's table (SINV_Fondregister), in the table's
 * column order (FUND_REGISTER, registerSpec.ts): the one place that says what the row
 * holds. The pane's Fonden view adds or updates an investment by building the fund's
 * sheets again (src/fund/readBack/fundEdits.ts), so its rows come from here too.
 */
import type { InvestmentFlows } from "../../engine";
import { fundStatusSpec, oreNumber } from "../../engine";
import type { CellValue } from "../../sheetModel/plan";

/**
 * The register row of one investment: id, name, file, status (in the workbook's language),
 * decision year, start and end year, rule preset, and the engine's amounts in öre.
 *
 * @example
 * // Örebro's fund, its first investment (SöT, granted 2014):
 * registerRow(p.investments[0], "sv");
 * // ["S1", "Samverkan för teckenspråkiga (SöT)", "orebro-samverkan-for-teckensprakiga.json", "beviljad", 2014, 2014, 2017, "orebro-2013-2019", 4100000, 5403240, 4305000, 4305000]
 */
export function registerRow(inv: InvestmentFlows, lang: "sv" | "en"): CellValue[] {
  const status = fundStatusSpec(inv.item.status);
  return [
    inv.item.id, inv.name, inv.item.file, lang === "sv" ? status.sv : status.en, inv.item.decisionYear, inv.startYear, inv.endYear, inv.preset,
    oreNumber(inv.totalCost), oreNumber(inv.windowSavings), oreNumber(inv.plannedRepayment), oreNumber(inv.actualRepayment)
  ];
}
