/**
 * The workbook names the pane reads a fund back by (the fund's source on its hidden sheet,
 * the overview's years with their allocations, the rule for new investments per year),
 * apart from the builders so the pane's read-back does not load them.
 */

/** The names, as the fund workbook defines them (suffixed "_2", … when inserted again). */
export const FUND_SOURCE_NAMES = { source: "SINV_FundSource", allocations: "SINV_FundAllocations", maxNew: "SINV_FundMaxNew" } as const;
