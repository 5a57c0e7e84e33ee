import { cellRef, onSheet } from "../../sheetModel/a1";
import { SAVINGS10Y_HORIZON } from "../../functions/adapters/savings10y";
import { EFFECTS_TABLE } from "../../sheetModel/tables/inputTables";
import { columnDef, columnNumber, tokenWords } from "../../sheetModel/tables/tableSpec";
import type { BuildContext } from "../context";
import { isToken } from "../formulas/keyMatch";
import type { Layout } from "../layout";

/** The cells an effect's savings formula reads. */
export interface EffectFormulaInputs {
  /** Row of the effect in the table SINV_Effekter (its parameters and its matched unit cost beside). */
  readonly effectRow: number;
  /** The share cell to use (planned on Effekter, actual on Uppföljning). */
  readonly share: string;
  /** The volumes of its target group over the timeline (a row range). */
  readonly volumes: string;
  /** The numeric years above those volumes (a row range). */
  readonly volumeYears: string;
  /** The volume cell of the same year (for annual effects). */
  readonly volumeThisYear: string;
  /** The year cell of the column being computed. */
  readonly year: string;
  /** Year index within the timeline (for SINV.COHORTSAVINGS's INDEX). */
  readonly k: number;
}

/**
 * The live formula of one effect's saving in one year (MODEL.md): cohorts entering in year
 * c save share × unit cost × quantity × (1 − deadweight) × (1 − dropOff)^k in year
 * t = c + lag + k for 0 ≤ k < duration, times the scenario's multipliers; an annual effect
 * saves volume × share × … in the year itself. The unit cost is the effect's matched one,
 * computed once beside SINV_Effekter. Natively with SUMPRODUCT, or with
 * SINV.COHORTSAVINGS / SINV.EFFECT.
 *
 * @example
 * effectSavingFormula(ctx, layout, { effectRow: 5, share: "Effekter!$F$5", … });
 * // "…*Effekter!$O$5*…*IF(((TRIM(Effekter!$L$5)=\"annual\")+…),…,SUMPRODUCT(…))"
 */
export function effectSavingFormula(ctx: BuildContext, layout: Layout, x: EffectFormulaInputs): string {
  const E = ctx.sheet("effects");
  const col = (key: "quantity" | "duration" | "lag" | "dropOff" | "deadweight" | "model"): string => onSheet(E, cellRef(x.effectRow, columnNumber(EFFECTS_TABLE, key), true));
  const [quantity, duration, lag, dropOff, deadweight, model] = (["quantity", "duration", "lag", "dropOff", "deadweight", "model"] as const).map(col);
  const unitCost = onSheet(E, cellRef(x.effectRow, layout.effects.unitCostCol, true));
  const shareF = layout.param("shareFactor");
  const volumeF = layout.param("volumeFactor");
  const annual = isToken(model!, tokenWords(columnDef(EFFECTS_TABLE, "model"), "annual", ctx.both));
  if (ctx.formulas === "sinv") {
    // The volume factor goes in with the unit cost (the product is the same), so the function rounds the year's saving once, as the engine books it.
    const cohort = `INDEX(SINV.COHORTSAVINGS(${x.volumes},${x.volumeYears},${x.share}*${shareF},${unitCost}*${volumeF},${duration},${lag},${dropOff},${quantity},${deadweight}),1,${x.k + 1})`;
    const once = `SINV.EFFECT(${x.volumeThisYear}*${volumeF},${x.share}*${shareF},${unitCost},${quantity},${deadweight})`;
    return `IF(${annual},${once},${cohort})`;
  }
  const perIndividual = `${x.share}*${shareF}*${unitCost}*${quantity}*(1-${deadweight})*${volumeF}`;
  const k = `(${x.year}-${x.volumeYears}-${lag})`;
  const decay = `((${k}=0)+(${k}>0)*(1-${dropOff})^((${k}>0)*${k}+(${k}<=0)))`;
  const cohort = `SUMPRODUCT(${x.volumes}*(${k}>=0)*(${k}<${duration})*${decay})`;
  return `ROUND(${perIndividual}*IF(${annual},${x.volumeThisYear},${cohort}),2)`;
}

/**
 * The window formula (MODEL.md "Time"): the sum of a row's savings in endYear+1 … endYear+h
 * (or, with include-during, every year up to endYear+h), each discounted to the base year.
 *
 * @example
 * windowFormula(ctx, layout, "$D$12:$P$12", "$D$11:$P$11"); // "SUMPRODUCT($D$12:$P$12*(…))"
 */
export function windowFormula(ctx: BuildContext, layout: Layout, values: string, years: string): string {
  const end = layout.param("endYear");
  const incl = layout.param("includeDuring");
  const rate = layout.param("discountRate");
  const base = layout.param("baseYear");
  if (ctx.formulas === "sinv" && ctx.scenario.horizonYears === SAVINGS10Y_HORIZON) {
    return `SINV.SAVINGS10Y(${values},${years},${end},${rate},${base},${incl})`;
  }
  return `ROUND(SUMPRODUCT(${values}*${inWindowCondition(layout, years)}/(1+${rate})^(${years}-${base})),2)`;
}

/**
 * Whether a year (or each year of a range) counts in the window, as 1 or 0 (MODEL.md
 * "Time", the engine's inWindow): year ≤ endYear + h and (year > endYear or include-during).
 *
 * @example
 * inWindowCondition(layout, "D$40"); // "(D$40<=Parametrar!$B$6+Parametrar!$B$7)*(((D$40>Parametrar!$B$6)+Parametrar!$B$13)>0)"
 */
export function inWindowCondition(layout: Layout, years: string): string {
  const end = layout.param("endYear");
  return `(${years}<=${end}+${layout.param("horizonYears")})*(((${years}>${end})+${layout.param("includeDuring")})>0)`;
}
