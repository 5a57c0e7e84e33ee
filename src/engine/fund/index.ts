/** The fund: a portfolio of investments, its flows and balance year by year, and its warnings. */
export type { FundStatus, FundStatusSpec } from "./fundStatus";
export { FUND_STATUSES, DEFAULT_FUND_STATUS, fundStatusSpec } from "./fundStatus";
export type { FundInput, FundItem } from "./fundModel";
export { fundItemId } from "./fundModel";
export type { PresetYears } from "./presetYears";
export { presetFitsStart, presetYears } from "./presetYears";
export type { AppraisedItem, DepartmentPart, InvestmentFlows } from "./investmentFlows";
export { appraiseItem, investmentFlows } from "./investmentFlows";
export type { DepartmentTotals } from "./departmentTotals";
export { departmentTotals } from "./departmentTotals";
export type { FundWarning, FundWarningKind } from "./fundWarnings";
export { fundWarnings } from "./fundWarnings";
export type { FundPortfolio } from "./portfolio";
export { fundPortfolio, lowestBalance } from "./portfolio";
export type { FundDepartmentResult, FundInvestmentResult, FundResults, FundYear } from "./fundResults";
export { fundResults } from "./fundResults";
