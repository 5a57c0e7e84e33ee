/**
 * The Fonden view's part of the pane's state, its actions, reports and effects (all plain
 * data), and its pure transition: reading the newest fund register of the workbook,
 * creating fund sheets, adding or updating the investment in the fund. The fund's figures
 * are the engine's (fundPortfolio on what was read); nothing here computes a fund rule.
 */
import type { FundInput, FundStatus } from "../../engine";
import { isDomainError, resolveRules } from "../../engine";
import type { FundRead } from "../../fund/readBack/readFund";
import { newFund, withInvestment } from "../../fund/readBack/fundEdits";
import type { InsertReport } from "../../sheetModel/gateway";
import type { PaneLanguage, PaneStrings } from "../i18n";
import type { Operation, PaneState } from "./paneState";
import type { Transition } from "./transitionParts";
import { blocked, only } from "./transitionParts";

/** What a fund write did: which investment, whether it was new, whether the fund was. */
export interface FundWriteResult {
  /** The investment's register key; "" for an empty fund created ("tom fond"). */
  readonly id: string;
  readonly added: boolean;
  readonly created: boolean;
  readonly report: Pick<InsertReport, "sheets">;
}

/** Where the Fonden view stands. */
export interface FundPaneState {
  readonly read: { readonly status: "idle" | "reading" | "done" | "failed"; readonly seq: number; readonly outcome?: FundRead; readonly error?: unknown };
  readonly write: Operation<FundWriteResult>;
}

/** The Fonden view before anything was read. */
export const INITIAL_FUND: FundPaneState = { read: { status: "idle", seq: 0 }, write: { busy: false } };

/** What the user does in the Fonden view. */
export type FundUserAction =
  /** The view is shown, or "read again": read the fund register. */
  | { readonly type: "fundRead" }
  /**
   * "Skapa fondblad": a new fund with the investment, under `status`, and an allocation in its
   * start year; or, `empty`, a fund with only the allocation (required then: a fund without
   * investments and allocations has no years), the investment added later in place.
   */
  | { readonly type: "fundCreate"; readonly status: FundStatus; readonly allocation?: number; readonly empty?: boolean }
  /** Add the investment to the fund read (under `status` when new) or update it. */
  | { readonly type: "fundSave"; readonly status: FundStatus; readonly copy?: boolean };

/** What the runner reports about the fund. */
export type FundReport =
  | { readonly type: "fundReadDone"; readonly seq: number; readonly outcome: FundRead }
  | { readonly type: "fundReadFailed"; readonly seq: number; readonly error: unknown }
  | { readonly type: "fundWritten"; readonly result: FundWriteResult }
  | { readonly type: "fundWriteFailed"; readonly error: unknown };

/** What the runner does for the fund. */
export type FundEffect =
  | { readonly type: "readFund"; readonly seq: number }
  /** Build the fund workbook of `fund` and insert it into the current workbook, or ("rebuild") replace the fund's sheets in place (all or nothing). */
  | { readonly type: "writeFund"; readonly fund: FundInput; readonly id: string; readonly added: boolean; readonly created: boolean; readonly lang: PaneLanguage; readonly mode: "insert" | "rebuild" };

/** The fund's actions and reports. */
export type FundAction = FundUserAction | FundReport;

const withFund = (state: PaneState, fund: FundPaneState): PaneState => ({ ...state, fund });

/**
 * Reads the fund again (a new sequence number: an older answer is dropped).
 *
 * @example
 * readFund(state).effects; // [{ type: "readFund", seq: 1 }]
 */
export function readFund(state: PaneState): Transition {
  const seq = state.fund.read.seq + 1;
  return { state: withFund(state, { ...state.fund, read: { ...state.fund.read, status: "reading", seq } }), effects: [{ type: "readFund", seq }] };
}

/**
 * After a read of the workbook's inputs (a change in the workbook): the fund is read again
 * too, once the view has read it.
 *
 * @example
 * alsoFund(reread(state)).effects; // [{ type: "read", seq: 2 }, { type: "readFund", seq: 3 }] when the view was opened
 */
export function alsoFund(t: Transition): Transition {
  if (t.state.fund.read.status === "idle") return t;
  const f = readFund(t.state);
  return { state: f.state, effects: [...t.effects, ...f.effects] };
}

function write(state: PaneState, effect: Extract<FundEffect, { type: "writeFund" }>): Transition {
  if (blocked(state) || state.fund.write.busy) return only(state);
  return { state: withFund(state, { ...state.fund, write: { busy: true } }), effects: [effect] };
}

function failed(state: PaneState, error: unknown): Transition {
  return only(withFund(state, { ...state.fund, write: { busy: false, error } }));
}

/**
 * The Fonden view's transition.
 *
 * @example
 * fundTransition(state, { type: "fundSave", status: "applied" }, SV).effects;
 * // [{ type: "writeFund", fund: { …, items: [..., the draft as S7] }, id: "S7", added: true, created: false, lang: "sv", mode: "rebuild" }]
 */
export function fundTransition(state: PaneState, action: FundAction, strings: PaneStrings): Transition {
  const input = { rules: state.draft.rules, investment: state.draft.investment, scenario: state.scenario, actuals: state.actuals };
  switch (action.type) {
    case "fundRead":
      return readFund(state);
    case "fundReadDone":
      if (action.seq !== state.fund.read.seq) return only(state);
      return only(withFund(state, { ...state.fund, read: { status: "done", seq: action.seq, outcome: action.outcome } }));
    case "fundReadFailed":
      if (action.seq !== state.fund.read.seq) return only(state);
      return only(withFund(state, { ...state.fund, read: { status: "failed", seq: action.seq, error: action.error } }));
    case "fundCreate": {
      const rules = resolveRules(state.draft.rules);
      if (isDomainError(rules)) return failed(state, rules);
      const year = state.draft.investment.startYear;
      const allocation = action.allocation !== undefined ? { allocation: action.allocation } : {};
      if (action.empty === true) {
        // The pane disables the button without an allocation; a fund without one would have no years.
        if (action.allocation === undefined) return only(state);
        const fund = newFund({ name: strings.fund.defaultName, year, maxNewPerYear: rules.maxNewPerYear, ...allocation });
        return write(state, { type: "writeFund", fund, id: "", added: false, created: true, lang: strings.lang, mode: "insert" });
      }
      const fund = newFund({ name: strings.fund.defaultName, year, maxNewPerYear: rules.maxNewPerYear, entry: { input, status: action.status }, ...allocation });
      return write(state, { type: "writeFund", fund, id: fund.items[0]!.id, added: true, created: true, lang: strings.lang, mode: "insert" });
    }
    case "fundSave": {
      const outcome = state.fund.read.outcome;
      if (outcome?.kind !== "fund") return only(state);
      const next = withInvestment(outcome.fund, { input, status: action.status });
      return write(state, { type: "writeFund", fund: next.fund, id: next.id, added: next.added, created: false, lang: strings.lang, mode: action.copy === true ? "insert" : "rebuild" });
    }
    case "fundWritten":
      return readFund(withFund(state, { ...state.fund, write: { busy: false, result: action.result } }));
    case "fundWriteFailed":
      return failed(state, action.error);
  }
}
