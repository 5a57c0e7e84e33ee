/**
 * The pane's steps for rebuilding the workbook in place and for the missing example
 * unit-cost rows: a proposal waits for a yes (a {@link PendingConfirm} "rebuild"), the yes
 * starts the rebuild, its outcome is shown and the workbook read again; missing example
 * rows are appended to a stand-alone table, or added to the investment's unit costs and
 * written through "Uppdatera denna arbetsbok" (a rebuild, asked first) in an application workbook.
 */
import type { UnitCost } from "../../engine";
import { investmentPeriod, matchKey } from "../../engine";
import type { PaneAction } from "./actions";
import type { PaneState } from "./paneState";
import type { Transition } from "./transitionParts";
import { begin, only, operation } from "./transitionParts";

type RebuildAction = Extract<PaneAction, { type: "rebuildProposed" | "workbookRebuilt" | "addMissingExamples" | "examplesAppended" | "confirmPending" }>;

/**
 * The example unit costs the workbook's unit-cost table lacks (by code, as Excel compares).
 *
 * @example
 * missingExamples(state).map((u) => u.code); // ["SKOLA_GRUNDSKOLA_ELEV_AR_RIKET", …] (42 when the table holds one example row)
 */
export function missingExamples(state: Pick<PaneState, "examples" | "read">): PaneState["examples"] {
  const outcome = state.read.outcome;
  if (!outcome?.hasUnitCostTable) return [];
  const have = new Set(outcome.catalogue.map((u) => matchKey(u.code)));
  return state.examples.filter((u) => !have.has(matchKey(u.code)));
}

/**
 * An example unit cost marked as such in its source, e.g. "Exempel: Regionfakta … – https://…" (decided here: the source column is the one every unit-cost table has).
 *
 * @example
 * labelled({ ...unit, source: "SCB" }, "Exempel").source; // "Exempel: SCB"
 */
export function labelled(unit: UnitCost, mark: string): UnitCost {
  return { ...unit, source: `${mark}: ${unit.source}` };
}

/**
 * The next state and effects.
 *
 * @example
 * rebuildTransition(state, { type: "rebuildProposed", proposal }, reread).state.pending; // { kind: "rebuild", proposal }
 * rebuildTransition(waiting, { type: "confirmPending" }, reread).effects; // [{ type: "rebuild", investment }]
 */
export function rebuildTransition(state: PaneState, action: RebuildAction, reread: (state: PaneState) => Transition): Transition {
  switch (action.type) {
    case "rebuildProposed":
      return only({ ...operation(state, "updateInputs", { busy: false }), pending: { kind: "rebuild", proposal: action.proposal } });
    case "confirmPending":
      return begin({ ...state, pending: null }, "rebuild", { type: "rebuild", investment: state.draft.investment });
    case "workbookRebuilt":
      return reread(operation(state, "rebuild", { busy: false, result: action.outcome }));
    case "examplesAppended":
      return reread(operation(state, "appendExamples", { busy: false, result: action.report }));
    case "addMissingExamples": {
      const missing = missingExamples(state);
      if (missing.length === 0) return only(state);
      if (state.read.outcome?.hasInputs !== true) return begin(state, "appendExamples", { type: "appendExamples", mark: action.mark }, false);
      const inv = state.draft.investment;
      const own = new Set(inv.unitCosts.map((u) => matchKey(u.code)));
      const investment = { ...inv, unitCosts: [...inv.unitCosts, ...missing.filter((u) => !own.has(matchKey(u.code))).map((u) => labelled(u, action.mark))] };
      return begin({ ...state, draft: { ...state.draft, investment } }, "updateInputs", { type: "updateInputs", investment, years: investmentPeriod(investment) });
    }
  }
}
