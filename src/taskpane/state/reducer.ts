/**
 * The pane's reducer: every change to the global state, pure. A re-read of the workbook
 * replaces only what changed in the workbook since the last read, so the finance
 * director's unsaved slider positions survive an edit of an unrelated cell.
 */
import { isDomainError } from "../../engine";
import type { ScenarioFile } from "../../scenario/scenarioFile";
import { resolveRules } from "../../engine/ruleChoice";
import type { PaneAction } from "./actions";
import type { PaneState } from "./paneState";
import { defaultSettings, settingsOf } from "./settings";

/**
 * The state the pane starts in.
 *
 * @example
 * initialPaneState(blankDraft(2025, SV)).read.status; // "idle"
 */
export function initialPaneState(draft: ScenarioFile): PaneState {
  const rules = resolveRules(draft.rules);
  return {
    draft,
    settings: settingsOf(draft.scenario, isDomainError(rules) ? defaultSettings({ discountRate: 0, includeDuring: false }) : rules),
    actuals: draft.actuals ?? {},
    scenarios: [],
    selected: null,
    read: { status: "idle" },
    fieldErrors: {}
  };
}

function withoutKey(record: Readonly<Record<string, string>>, key: string): Readonly<Record<string, string>> {
  if (!(key in record)) return record;
  const rest = { ...record };
  delete rest[key];
  return rest;
}

function readDone(state: PaneState, action: Extract<PaneAction, { type: "readDone" }>): PaneState {
  const { outcome } = action;
  const file = outcome.file;
  if (!file) return { ...state, read: { ...state.read, status: "read", outcome, error: undefined } };
  const rules = resolveRules(file.rules);
  const settings = settingsOf(file.scenario, isDomainError(rules) ? defaultSettings({ discountRate: 0, includeDuring: false }) : rules);
  const keys = {
    investment: JSON.stringify([file.investment, file.rules]),
    settings: JSON.stringify(settings),
    actuals: JSON.stringify(file.actuals ?? {})
  };
  const last = state.read.lastKeys;
  const draftChanged = keys.investment !== last?.investment;
  const settingsChanged = keys.settings !== last?.settings;
  return {
    ...state,
    draft: draftChanged ? { format: file.format, rules: file.rules, investment: file.investment } : state.draft,
    settings: settingsChanged ? settings : state.settings,
    selected: settingsChanged ? null : state.selected,
    actuals: keys.actuals !== last?.actuals ? (file.actuals ?? {}) : state.actuals,
    read: { status: "read", outcome, lastKeys: keys, ...(state.read.eventsError !== undefined ? { eventsError: state.read.eventsError } : {}) }
  };
}

/**
 * Applies an action.
 *
 * @example
 * paneReducer(state, { type: "settings", patch: { shareFactor: 0.5 } }).settings.shareFactor; // 0.5
 */
export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "editInvestment":
      return { ...state, draft: { ...state.draft, investment: action.edit(state.draft.investment) } };
    case "setPreset":
      return { ...state, draft: { ...state.draft, rules: { preset: action.preset } } };
    case "newDraft":
      return { ...state, draft: action.draft, actuals: {}, fieldErrors: {} };
    case "settings":
      return { ...state, settings: { ...state.settings, ...action.patch }, selected: null };
    case "editActuals":
      return { ...state, actuals: action.edit(state.actuals) };
    case "scenarios":
      return { ...state, scenarios: action.list, selected: state.selected !== null && action.list.some((s) => s.name === state.selected) ? state.selected : null };
    case "useScenario": {
      const found = state.scenarios.find((s) => s.name === action.name);
      return found ? { ...state, settings: found.settings, selected: found.name } : state;
    }
    case "readStarted":
      return { ...state, read: { ...state.read, status: "reading" } };
    case "readDone":
      return readDone(state, action);
    case "readFailed":
      return { ...state, read: { ...state.read, status: "failed", error: action.error } };
    case "eventsFailed":
      return { ...state, read: { ...state.read, eventsError: action.error } };
    case "fieldError": {
      if (action.message === null) {
        const next = withoutKey(state.fieldErrors, action.id);
        return next === state.fieldErrors ? state : { ...state, fieldErrors: next };
      }
      return state.fieldErrors[action.id] === action.message ? state : { ...state, fieldErrors: { ...state.fieldErrors, [action.id]: action.message } };
    }
  }
}
