/**
 * What the pane does to a fund, as pure functions on the engine's fund input: a new fund
 * (for "Skapa fondblad") and the current investment added or updated from its application.
 * The fund workbook is then built again from the result (buildFundWorkbook) — its flows are
 * the engine's plans per investment, values the register alone cannot move.
 */
import type { AppraisalInput, FundInput, FundItem, FundStatus } from "../../engine";
// Straight from their modules: the pane's transition uses this file, and the fund engine's
// other modules stay out of the pane's initial JavaScript.
import { fundItemId } from "../../engine/fund/fundModel";
import { matchKey } from "../../engine/key";

/** The current investment as the fund takes it: its application and its place in the fund. */
export interface FundEntry {
  readonly input: AppraisalInput;
  readonly status: FundStatus;
}

/**
 * The item of the fund that is this investment: the one whose investment has the same name
 * (compared as the engine compares keys: trimmed, any case). Decided here: the pane's draft
 * has no file name, so its name is what finds it again.
 *
 * @example
 * sameInvestment(orebro, "Bryggan")?.id; // "S2"
 */
export function sameInvestment(fund: FundInput, name: string): FundItem | undefined {
  const key = matchKey(name);
  return fund.items.find((i) => matchKey(i.input.investment.name) === key);
}

/**
 * The fund with the investment added (a new register key after the last, decided in its
 * start year, under the status chosen) or, when the fund has it, updated: its application
 * replaced, its status and decision year kept (the decision year no later than the start
 * year, as a fund file requires).
 *
 * @example
 * const next = withInvestment(orebro, { input: bryggan, status: "applied" });
 * next.fund.items.length; // 6 (Bryggan is S2 already: updated)
 * next.id; // "S2"
 */
export function withInvestment(fund: FundInput, entry: FundEntry): { readonly fund: FundInput; readonly id: string; readonly added: boolean } {
  const inv = entry.input.investment;
  const found = sameInvestment(fund, inv.name);
  if (found) {
    const items = fund.items.map((i) => (i === found ? { ...i, input: entry.input, decisionYear: Math.min(i.decisionYear, inv.startYear) } : i));
    return { fund: { ...fund, items }, id: found.id, added: false };
  }
  const taken = new Set(fund.items.map((i) => matchKey(i.id)));
  let n = fund.items.length + 1;
  while (taken.has(matchKey(fundItemId(n)))) n++;
  const item: FundItem = { id: fundItemId(n), file: inv.name, status: entry.status, decisionYear: inv.startYear, input: entry.input };
  return { fund: { ...fund, items: [...fund.items, item] }, id: item.id, added: true };
}

/**
 * A new fund: its name, an allocation in one year (none when not given), the rule for new
 * investments per year (the rules' value) and, when given, the current investment. Without
 * an entry the fund is empty ("tom fond": only the allocation); the fund workbook then keeps
 * one blank register row (fundLayout.ts) and the investment is added later in place.
 *
 * @example
 * newFund({ name: "Fonden", year: 2017, allocation: 20000000, maxNewPerYear: 3 }).items; // []
 * newFund({ name: "Fonden", year: 2017, allocation: 20000000, maxNewPerYear: 3, entry }).items.length; // 1
 */
export function newFund(options: { readonly name: string; readonly year: number; readonly allocation?: number; readonly maxNewPerYear: number; readonly entry?: FundEntry }): FundInput {
  const empty: FundInput = { name: options.name, allocations: options.allocation !== undefined ? { [String(options.year)]: options.allocation } : {}, maxNewPerYear: options.maxNewPerYear, items: [] };
  return options.entry ? withInvestment(empty, options.entry).fund : empty;
}
