/**
 * The steps that lose something ask first: saving a scenario under a name already taken
 * replaces it only after a yes, deleting one asks (and can be undone), and "Ny satsning"
 * asks before it drops an investment that differs from a blank one.
 */
import type { ScenarioFile } from "../../scenario/scenarioFile";
import type { PaneState } from "./paneState";
import type { Transition } from "./transitionParts";
import { begin, only } from "./transitionParts";

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * Saves the current scenario under `name`, asking first when a saved one has that name
 * (any case), unless `confirmed`.
 *
 * @example
 * saveScenario(withPessimistic, "pessimistiskt", false).state.pending; // { kind: "overwrite", name: "Pessimistiskt" }
 * saveScenario(withPessimistic, "pessimistiskt", true).effects[0].type; // "saveScenarios"
 */
export function saveScenario(state: PaneState, rawName: string, confirmed: boolean): Transition {
  const name = rawName.trim();
  if (name === "") return only({ ...state, scenarioNameMissing: true });
  const taken = state.scenarios.find((x) => same(x.name, name));
  if (taken && !confirmed) return only({ ...state, scenarioNameMissing: false, pending: { kind: "overwrite", name: taken.name } });
  const list = [...state.scenarios.filter((x) => !same(x.name, name)), { name: taken && confirmed ? taken.name : name, scenario: state.scenario }];
  return begin({ ...state, scenarioNameMissing: false, pending: null, undoDelete: null }, "saveScenarios", { type: "saveScenarios", list, chosen: taken ? taken.name : name });
}

/**
 * Deletes a saved scenario after a yes; the list before is kept so the delete can be undone.
 *
 * @example
 * deleteScenario(state, "Hälften", false).state.pending; // { kind: "delete", name: "Hälften" }
 * deleteScenario(state, "Hälften", true).state.undoDelete; // { name: "Hälften", list: [the list with Hälften] }
 */
export function deleteScenario(state: PaneState, name: string, confirmed: boolean): Transition {
  if (!state.scenarios.some((x) => x.name === name)) return only({ ...state, pending: null });
  if (!confirmed) return only({ ...state, pending: { kind: "delete", name } });
  return begin({ ...state, pending: null, undoDelete: { name, list: state.scenarios } }, "saveScenarios", { type: "saveScenarios", list: state.scenarios.filter((x) => x.name !== name), chosen: null }, false);
}

/**
 * Puts the deleted scenario back (the whole list as it was before the delete).
 *
 * @example
 * undoDelete(afterDelete).effects; // [{ type: "saveScenarios", list: [the list with Hälften], chosen: null }]
 */
export function undoDelete(state: PaneState): Transition {
  if (state.undoDelete === null) return only(state);
  return begin({ ...state, undoDelete: null }, "saveScenarios", { type: "saveScenarios", list: state.undoDelete.list, chosen: null }, false);
}

/**
 * Whether starting over would lose anything: the investment differs from the blank one offered.
 *
 * @example
 * loses(state, blankDraft(2026, SV)); // false right after "Ny satsning", true once a name is typed
 */
export function loses(state: PaneState, blank: ScenarioFile): boolean {
  return JSON.stringify(state.draft.investment) !== JSON.stringify(blank.investment) || Object.keys(state.actuals).length > 0 || Object.keys(state.actualCosts).length > 0;
}

/**
 * Starts a new investment, asking first when the current one would be lost.
 *
 * @example
 * newDraft(workedExample, blank, false, start).state.pending; // { kind: "newDraft", draft: blank }
 */
export function newDraft(state: PaneState, draft: ScenarioFile, confirmed: boolean, start: (state: PaneState, draft: ScenarioFile) => PaneState): Transition {
  if (!confirmed && loses(state, draft)) return only({ ...state, pending: { kind: "newDraft", draft } });
  return only(start({ ...state, pending: null }, draft));
}

/**
 * Carries out the step waiting for a yes.
 *
 * @example
 * confirmPending({ ...state, pending: { kind: "delete", name: "Hälften" } }, start).effects[0].type; // "saveScenarios"
 */
export function confirmPending(state: PaneState, start: (state: PaneState, draft: ScenarioFile) => PaneState): Transition {
  const p = state.pending;
  if (p === null) return only(state);
  if (p.kind === "overwrite") return saveScenario(state, p.name, true);
  if (p.kind === "delete") return deleteScenario(state, p.name, true);
  if (p.kind === "rebuild") return only(state);
  return newDraft(state, p.draft, true, start);
}
