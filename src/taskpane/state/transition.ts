/**
 * The pane's transition: every action (plain data) gives the next state and the effects
 * to carry out (data too), XState style. Pure: nothing here touches the workbook; the
 * runner ({@link createRunner}) does what the effects say and reports back as actions.
 */
import type { ResolvedScenario, Result } from "../../engine";
import { investmentPeriod, isDomainError, resolveRules, resolveScenario } from "../../engine";
import { scenarioParameterLabels, scenarioParameterValues } from "../../sheetModel/parameterWrites";
import type { ScenarioFile } from "../../scenario/scenarioFile";
import type { Template } from "../../workbook/template";
import type { PaneStrings } from "../i18n";
import type { PaneAction } from "./actions";
import { actualsWrites } from "./actualsWrites";
import { splitActualCosts } from "./actualCostsOfFile";
import { applyRead } from "./applyRead";
import { editActuals, editDraft } from "./draftEdits";
import { setActualCost } from "./actualCostEdits";
import { editSettings, editUncertainty } from "./uncertaintyEdits";
import { generationTransition } from "./generationTransition";
import { rebuildTransition } from "./rebuildTransition";
import { INITIAL_FUND, alsoFund, fundTransition } from "./fundState";
import type { PaneState } from "./paneState";
import { confirmPending, deleteScenario, newDraft, saveScenario, undoDelete } from "./confirmTransition";
import type { Transition } from "./transitionParts";
import { IDLE, begin, blocked, only, operation } from "./transitionParts";

export type { Transition } from "./transitionParts";
import { periodYears } from "./periodYears";

/** What the transition needs besides the state: the template (labels) and the texts. */
export interface TransitionEnv {
  readonly template: Template;
  readonly strings: PaneStrings;
}


/**
 * The state the pane starts in.
 *
 * @example
 * initialPaneState(blankDraft(2025, SV)).read.status; // "idle"
 */
export function initialPaneState(draft: ScenarioFile): PaneState {
  return {
    draft: { format: draft.format, rules: draft.rules, investment: draft.investment, ...(draft.uncertainty ? { uncertainty: draft.uncertainty } : {}) },
    scenario: draft.scenario ?? {},
    ...splitActualCosts(draft.actuals ?? {}),
    scenarios: [],
    selected: null,
    scenarioNameMissing: false,
    read: { status: "idle", seq: 0 },
    fieldErrors: {},
    fieldLabels: {},
    generation: { step: "idle" },
    operations: { saveScenarios: IDLE, writeParameters: IDLE, writeActuals: IDLE, selectCell: IDLE, insertExample: IDLE, updateInputs: IDLE, reenterFormulas: IDLE, savePdf: IDLE, rebuild: IDLE, appendExamples: IDLE },
    examples: [],
    pending: null,
    undoDelete: null,
    fund: INITIAL_FUND
  };
}

/**
 * The scenario the pane's state stands for, every setting decided by the engine.
 *
 * @example
 * (resolvedScenario(initialPaneState(workedExampleFile())) as ResolvedScenario).baseYear; // 2017 (the start year)
 */
export function resolvedScenario(state: Pick<PaneState, "draft" | "scenario">): Result<ResolvedScenario> {
  const rules = resolveRules(state.draft.rules);
  return isDomainError(rules) ? rules : resolveScenario(state.draft.investment, rules, state.scenario);
}

/** The state with a new investment: a base year chosen for the old investment's period does not carry over (the new one discounts to its own start year). */
function startDraft(state: PaneState, next: ScenarioFile): PaneState {
  const { baseYear, ...rest } = state.scenario;
  const kept = baseYear === undefined;
  const draft = { format: next.format, rules: next.rules, investment: next.investment, ...(next.uncertainty ? { uncertainty: next.uncertainty } : {}) };
  return { ...state, draft, scenario: kept ? state.scenario : rest, selected: kept ? state.selected : null, actuals: {}, actualCosts: {}, fieldErrors: {}, fieldLabels: {} };
}

function reread(state: PaneState): Transition {
  const seq = state.read.seq + 1;
  return { state: { ...state, read: { ...state.read, status: "reading", seq } }, effects: [{ type: "read", seq }] };
}

function fieldError(state: PaneState, id: string, message: string | null, label: string | undefined): PaneState {
  if (message === null) {
    if (!(id in state.fieldErrors)) return state;
    const rest = { ...state.fieldErrors };
    const labels = { ...state.fieldLabels };
    delete rest[id];
    delete labels[id];
    return { ...state, fieldErrors: rest, fieldLabels: labels };
  }
  if (state.fieldErrors[id] === message && state.fieldLabels[id] === label) return state;
  const labels = { ...state.fieldLabels };
  if (label === undefined) delete labels[id];
  else labels[id] = label;
  return { ...state, fieldErrors: { ...state.fieldErrors, [id]: message }, fieldLabels: labels };
}

/**
 * The transition over a template and texts.
 *
 * @example
 * const step = paneTransition({ template: orebro, strings: SV });
 * step(state, { type: "editScenario", patch: { baseYear: 2019 } }).state.scenario.baseYear; // 2019, no effects
 * step(state, { type: "writeParameters" }).effects;
 * // [{ type: "writeParameters", values: { shareFactor: 1, …, discountRate: 0.035, baseYear: 2019, includeDuring: false }, labels: { … } }]
 */
export function paneTransition(env: TransitionEnv): (state: PaneState, action: PaneAction) => Transition {
  return (state, action) => {
    switch (action.type) {
      case "editInvestment":
      case "editItem":
      case "addItem":
      case "removeItem":
      case "setYearValue":
      case "editPartner":
      case "removePartner":
      case "addPartner":
      case "chooseUnitCost":
      case "addEffect":
        return only({ ...state, draft: { ...state.draft, investment: editDraft(state.draft.investment, action) } });
      case "setRange":
      case "setGrade":
        return only({ ...state, draft: { ...state.draft, investment: editUncertainty(state.draft.investment, action) } });
      case "setUncertaintySettings":
        return only({ ...state, draft: editSettings(state.draft, action) });
      case "setPreset":
        return only({ ...state, draft: { ...state.draft, rules: { preset: action.preset } } });
      case "newDraft":
        return newDraft(state, action.draft, false, startDraft);
      case "setActualVolume":
      case "setActualShare":
      case "resetActuals":
        return only({ ...state, actuals: editActuals(state.actuals, action), ...(action.type === "resetActuals" ? { actualCosts: {} } : {}) });
      case "setActualCost":
        return only({ ...state, actualCosts: setActualCost(state.actualCosts, action.lineId, action.year, action.value) });
      case "editScenario":
        return only({ ...state, scenario: { ...state.scenario, ...action.patch }, selected: null });
      case "resetScenario":
        return only({ ...state, scenario: {}, selected: null });
      case "useScenario": {
        const found = state.scenarios.find((s) => s.name === action.name);
        return only(found ? { ...state, scenario: found.scenario, selected: found.name } : state);
      }
      case "saveScenario":
        return saveScenario(state, action.name, false);
      case "deleteScenario":
        return deleteScenario(state, action.name, false);
      case "confirmPending":
        return state.pending?.kind === "rebuild" ? rebuildTransition(state, action, reread) : confirmPending(state, startDraft);
      case "cancelPending":
        return only({ ...state, pending: null });
      case "undoDelete":
        return undoDelete(state);
      case "scenariosSaved": {
        const next = operation({ ...state, scenarios: action.list }, "saveScenarios", { busy: false, result: action.chosen ?? "" });
        const chosen = action.list.find((s) => s.name === action.chosen);
        if (chosen) return only({ ...next, scenario: chosen.scenario, selected: chosen.name });
        return only({ ...next, selected: action.list.some((s) => s.name === state.selected) ? state.selected : null });
      }
      case "writeParameters": {
        const resolved = resolvedScenario(state);
        if (isDomainError(resolved)) return only(blocked(state) ? state : operation(state, "writeParameters", { busy: false, error: resolved }));
        return begin(state, "writeParameters", { type: "writeParameters", values: scenarioParameterValues(resolved), labels: scenarioParameterLabels(env.template) });
      }
      case "parametersWritten":
        return only(operation(state, "writeParameters", { busy: false, result: action.report }));
      case "writeActuals": {
        const writes = actualsWrites(state.draft.investment, state.actuals, periodYears(state.draft.investment), env.template, state.actualCosts);
        return begin(state, "writeActuals", { type: "writeActuals", writes });
      }
      case "updateWorkbook":
        return begin(state, "updateInputs", { type: "updateInputs", investment: state.draft.investment, years: investmentPeriod(state.draft.investment) });
      case "reenterFormulas":
        return begin(state, "reenterFormulas", { type: "reenterFormulas" });
      case "savePdf":
        return begin(state, "savePdf", { type: "savePdf", fileName: env.strings.work.print.fileName });
      case "pdfSaved":
        return only(operation(state, "savePdf", { busy: false, result: action.bytes }));
      case "formulasReentered":
        return only(operation(state, "reenterFormulas", { busy: false, result: action.report }));
      case "inputsUpdated":
        return only(operation(state, "updateInputs", { busy: false, result: { cells: action.cells, ...(action.uncertainty ? { uncertainty: action.uncertainty } : {}) } }));
      case "actualsWritten":
        return only(operation(state, "writeActuals", { busy: false, result: action.cells }));
      case "selectCell":
        return { state: operation(state, "selectCell", { busy: true }), effects: [{ type: "selectCell", sheet: action.sheet, address: action.address }] };
      case "cellSelected":
        return only(operation(state, "selectCell", { busy: false, result: true }));
      case "insertExample":
        return begin(state, "insertExample", { type: "insertExample", sheet: env.strings.tables.exampleSheet, note: env.strings.tables.exampleNote }, false);
      case "exampleInserted":
        return reread(operation(state, "insertExample", { busy: false, result: action.report }));
      case "rebuildProposed":
      case "workbookRebuilt":
      case "addMissingExamples":
      case "examplesAppended":
        return rebuildTransition(state, action, reread);
      case "operationFailed":
        return only(operation(state, action.operation, { busy: false, error: action.error }));
      case "start": {
        const first = reread(state);
        return { state: first.state, effects: [...first.effects, { type: "loadScenarios" }, { type: "loadExamples" }, { type: "watchChanges" }] };
      }
      case "reread":
        return alsoFund(reread(state));
      case "readDone":
        return only(action.seq === state.read.seq ? applyRead(state, action.outcome) : state);
      case "readFailed":
        return only(action.seq === state.read.seq ? { ...state, read: { ...state.read, status: "failed", error: action.error } } : state);
      case "eventsFailed":
        return only({ ...state, read: { ...state.read, eventsError: action.error } });
      case "scenariosLoaded":
        return only({ ...state, scenarios: action.list, selected: action.list.some((s) => s.name === state.selected) ? state.selected : null });
      case "examplesLoaded":
        return only({ ...state, examples: action.list, examplesError: undefined });
      case "examplesLoadFailed":
        return only({ ...state, examplesError: action.error });
      case "scenariosLoadFailed":
        return only({ ...state, scenariosLoadError: action.error });
      case "fieldError":
        return only(fieldError(state, action.id, action.message, action.label));
      case "generate":
      case "workbookBuilt":
      case "xlsxWritten":
      case "workbookSent":
      case "generationFailed":
        return generationTransition(state, action, env.strings.lang);
      case "fundRead":
      case "fundCreate":
      case "fundSave":
      case "fundReadDone":
      case "fundReadFailed":
      case "fundWritten":
      case "fundWriteFailed":
        return fundTransition(state, action, env.strings);
    }
  };
}
