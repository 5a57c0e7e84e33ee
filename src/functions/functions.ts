/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands custom functions untyped cells; the adapters check them. */
/**
 * The SINV custom functions (FUNCTIONS.md, the public contract). Each is a thin adapter:
 * cells → engine → cell; an invalid input throws `CustomFunctions.Error` with a message.
 * The JSDoc tags below are the functions' metadata: custom-functions-metadata-plugin
 * reads them to write functions.json and the `CustomFunctions.associate` calls.
 */
import { breakevenCells } from "./adapters/breakeven";
import { cohortSavingsCells } from "./adapters/cohortSavings";
import { effectCells } from "./adapters/effect";
import { indexCostCells } from "./adapters/indexCost";
import { paybackCells } from "./adapters/payback";
import { repaymentCells } from "./adapters/repayment";
import { repaymentPlanCells } from "./adapters/repaymentPlan";
import { repaymentSplitCells } from "./adapters/repaymentSplit";
import { savings10yCells } from "./adapters/savings10y";
import { staffCostCells } from "./adapters/staffCost";
import { unitCostCells } from "./adapters/unitCost";
import { valueOrThrow } from "./raise";

/**
 * One year's saving: volume × share × unitCost × quantity × (1 − deadweight). Ett års besparing.
 * @customfunction EFFECT
 * @param volume Individuals in the target group (antal individer), 0–10 000 000.
 * @param share Share that avoids the service (andel), 0–1.
 * @param unitCost Kronor per unit (enhetskostnad), 0–1 000 000 000 000.
 * @param quantity Units per individual and year (antal enheter), 0–10 000, default 1.
 * @param deadweight Share that would have happened anyway (dödvikt), ≥ 0 and < 1, default 0.
 * @returns The saving in kronor, rounded to öre.
 * @example =SINV.EFFECT(20; 0,3; 900000) → 5 400 000
 */
export function effect(volume: any, share: any, unitCost: any, quantity?: any, deadweight?: any): number {
  return valueOrThrow(effectCells(volume, share, unitCost, quantity, deadweight));
}

/**
 * Savings per year from cohorts entering the investment. Besparing per år från kohorter.
 * @customfunction COHORTSAVINGS
 * @param volumes Individuals entering each year (antal som börjar), 0–10 000 000, a row or column.
 * @param years The years (år), 1900–2200, increasing, same size as volumes.
 * @param share Share of each cohort that avoids the service (andel), 0–1.
 * @param unitCost Kronor per unit (enhetskostnad), 0–1 000 000 000 000.
 * @param duration Years the avoided cost lasts (varaktighet), whole number 0–100.
 * @param lag Years before the first avoided cost (fördröjning), whole number 0–100, default 0.
 * @param dropOff Yearly decline of the effect (avtagande), 0–1, default 0.
 * @param quantity Units per individual and year (antal enheter), 0–10 000, default 1.
 * @param deadweight Share that would have happened anyway (dödvikt), ≥ 0 and < 1, default 0.
 * @returns Savings in kronor per year, in the shape of years.
 */
export function cohortSavings(
  volumes: any[][],
  years: any[][],
  share: any,
  unitCost: any,
  duration: any,
  lag?: any,
  dropOff?: any,
  quantity?: any,
  deadweight?: any
): any[][] {
  return valueOrThrow(cohortSavingsCells(volumes, years, share, unitCost, duration, lag, dropOff, quantity, deadweight));
}

/**
 * Savings in the ten years after the end year, optionally discounted. Besparing inom tioårsfönstret.
 * @customfunction SAVINGS10Y
 * @param savings Savings per year (besparing per år), −1 000 000 000 000 … 1 000 000 000 000, a row or column.
 * @param years The years (år), 1900–2200, same size as savings, no duplicates.
 * @param endYear The year the investment ends (slutår), 1900–2200.
 * @param discountRate Discount rate (diskonteringsränta), −0.5 … 1, default 0.
 * @param baseYear Year to discount to (basår), 1900–2200, default the earliest year.
 * @param includeDuring TRUE to count also savings up to the end year (räkna med under satsningen), default FALSE.
 * @returns The sum in kronor, rounded to öre.
 */
export function savings10y(savings: any[][], years: any[][], endYear: any, discountRate?: any, baseYear?: any, includeDuring?: any): number {
  return valueOrThrow(savings10yCells(savings, years, endYear, discountRate, baseYear, includeDuring));
}

/**
 * Repayment to the fund: cost × (1 + fee), or after evaluation with risk sharing. Återföring.
 * @customfunction REPAYMENT
 * @param cost Total cost of the investment (total kostnad), 0–1 000 000 000 000.
 * @param actualSavings Actual savings after evaluation (faktisk besparing), −1 000 000 000 000 … 1 000 000 000 000; blank for the planned repayment.
 * @param floorShare Least share of the cost repaid (golv), 0–1, default 0.30.
 * @param feeShare Administrative fee (administrativ avgift), 0–1, default 0.05.
 * @returns The repayment in kronor, rounded to öre.
 * @example =SINV.REPAYMENT(12200000; 3000000) → 3 660 000
 */
export function repayment(cost: any, actualSavings?: any, floorShare?: any, feeShare?: any): number {
  return valueOrThrow(repaymentCells(cost, actualSavings, floorShare, feeShare));
}

/**
 * Repayment per department, split by expected savings. Återföring per förvaltning.
 * @customfunction REPAYMENTSPLIT
 * @param cost Total cost of the investment (total kostnad), 0–1 000 000 000 000.
 * @param savingsByDept Expected savings per department (förväntad besparing), −1 000 000 000 000 … 1 000 000 000 000, a row or column.
 * @param actualByDept Actual savings per department (faktisk besparing), −1 000 000 000 000 … 1 000 000 000 000, same size; blank for the planned split.
 * @param floorShare Least share of the cost repaid (golv), 0–1, default 0.30.
 * @param feeShare Administrative fee (administrativ avgift), 0–1, default 0.05.
 * @returns Kronor per department, in the shape of savingsByDept, adding up to the rounded total.
 */
export function repaymentSplit(cost: any, savingsByDept: any[][], actualByDept?: any[][], floorShare?: any, feeShare?: any): any[][] {
  return valueOrThrow(repaymentSplitCells(cost, savingsByDept, actualByDept, floorShare, feeShare));
}

/**
 * Repayment plan: repay as savings arise until cost × (1 + fee) is repaid. Återföringsplan.
 * @customfunction REPAYMENTPLAN
 * @param savings Savings per year (besparing per år), −1 000 000 000 000 … 1 000 000 000 000, a row or column.
 * @param years The years (år), 1900–2200, increasing, same size as savings.
 * @param cost Total cost of the investment (total kostnad), 0–1 000 000 000 000.
 * @param feeShare Administrative fee (administrativ avgift), 0–1, default 0.05.
 * @param startYear First year of repayment (första återföringsår), 1900–2200, default the first year.
 * @returns Kronor per year, in the shape of years.
 */
export function repaymentPlan(savings: any[][], years: any[][], cost: any, feeShare?: any, startYear?: any): any[][] {
  return valueOrThrow(repaymentPlanCells(savings, years, cost, feeShare, startYear));
}

/**
 * The first year in which cumulative savings reach the cost. Återbetalningsår.
 * @customfunction PAYBACK
 * @param savings Savings per year (besparing per år), −1 000 000 000 000 … 1 000 000 000 000, a row or column.
 * @param years The years (år), 1900–2200, increasing, same size as savings.
 * @param cost Total cost (total kostnad), 0–1 000 000 000 000.
 * @returns The year; #N/A if the savings never reach the cost.
 */
export function payback(savings: any[][], years: any[][], cost: any): number {
  return valueOrThrow(paybackCells(savings, years, cost));
}

/**
 * The share at which savings equal the cost: share × cost / savings. Nollpunktsandel.
 * @customfunction BREAKEVEN
 * @param cost Total cost (total kostnad), 0–1 000 000 000 000.
 * @param savings Expected savings at the given share (förväntad besparing), −1 000 000 000 000 … 1 000 000 000 000.
 * @param share The share behind those savings (andel), 0–1, default 1.
 * @returns The break-even share (above 1: even a full effect does not pay back).
 */
export function breakeven(cost: any, savings: any, share?: any): number {
  return valueOrThrow(breakevenCells(cost, savings, share));
}

/**
 * Staff cost: monthly salary × FTE × months × (1 + payroll overhead). Personalkostnad.
 * @customfunction STAFFCOST
 * @param monthlySalary Monthly salary in kronor (månadslön), 0–1 000 000 000 000.
 * @param fte Full-time equivalents (årsarbetare), 0–1000.
 * @param months Months (månader), 0–1200.
 * @param payrollOverhead Payroll overhead as a share (PO-pålägg), 0–2, e.g. 0.4015.
 * @returns Kronor, rounded to öre.
 */
export function staffCost(monthlySalary: any, fte: any, months: any, payrollOverhead: any): number {
  return valueOrThrow(staffCostCells(monthlySalary, fte, months, payrollOverhead));
}

/**
 * Moves an amount between price years with yearly index rates (PKV). Indexera belopp.
 * @customfunction INDEXCOST
 * @param amount Amount in kronor (belopp), 0–1 000 000 000 000.
 * @param fromYear Price year of the amount (från prisår), 1900–2200.
 * @param toYear Price year wanted (till prisår), 1900–2200.
 * @param indexYears Years of the index rates (indexår), 1900–2200, a row or column.
 * @param indexRates Yearly rates (indexförändring), −0.5 … 1, e.g. 0.021, same size as indexYears.
 * @returns Kronor at toYear's price level, rounded to öre; #N/A naming a missing year.
 */
export function indexCost(amount: any, fromYear: any, toYear: any, indexYears: any[][], indexRates: any[][]): number {
  return valueOrThrow(indexCostCells(amount, fromYear, toYear, indexYears, indexRates));
}

/**
 * Looks up a unit cost by its code (trimmed, case-insensitive). Slå upp enhetskostnad.
 * @customfunction UNITCOST
 * @param code The unit-cost code (kod).
 * @param codes The codes of the unit-cost table (koder), a row or column.
 * @param costs The costs (kostnader), 0–1 000 000 000 000, same size as codes.
 * @returns Kronor; #N/A for an unknown code or a blank cost.
 */
export function unitCost(code: any, codes: any[][], costs: any[][]): number {
  return valueOrThrow(unitCostCells(code, codes, costs));
}
