/**
 * The pane's contexts. The state lives in one `useReducer`; each slice of it (the draft,
 * the scenario settings, the actuals, the named scenarios, the last read, the field
 * errors) and the memoised evaluation has a context of its own, so a change re-renders
 * only the components that read what changed: moving the share slider re-renders the
 * controls and the results, not the investment form.
 */
import type { Context, Dispatch, ReactNode } from "react";
import { createContext, useContext, useMemo, useReducer, useRef } from "react";
import type { Actuals } from "../../engine";
import type { WorkbookGateway } from "../../sheetModel/gateway";
import type { NamedScenario, ScenarioSettings } from "../../sheetModel/namedScenarios";
import type { ScenarioFile } from "../../scenario/scenarioFile";
import type { Template } from "../../workbook/template";
import type { PaneStrings } from "../i18n";
import type { PaneAction } from "./actions";
import { blankDraft } from "./blankDraft";
import type { DraftEvaluation } from "./evaluateDraft";
import { evaluateDraft } from "./evaluateDraft";
import type { PaneState, ReadState } from "./paneState";
import { paneTemplate } from "./paneTemplate";
import { initialPaneState, paneReducer } from "./reducer";
import type { WorkbookApi } from "./useWorkbook";
import { useWorkbook } from "./useWorkbook";

/** What never changes while the pane is open. */
export interface PaneStatic {
  readonly strings: PaneStrings;
  readonly gateway: WorkbookGateway;
  readonly template: Template;
  readonly dispatch: Dispatch<PaneAction>;
  /** The example unit-cost table as CSV text (assets/data/unit_costs.csv). */
  readonly loadExampleUnitCosts: () => Promise<string>;
}

/** The named scenarios and the one in use. */
export interface ScenarioList {
  readonly scenarios: readonly NamedScenario[];
  readonly selected: string | null;
}

const StaticContext = createContext<PaneStatic | null>(null);
const WorkbookContext = createContext<WorkbookApi | null>(null);
const DraftContext = createContext<ScenarioFile | null>(null);
const SettingsContext = createContext<ScenarioSettings | null>(null);
const ActualsContext = createContext<Actuals | null>(null);
const ScenarioListContext = createContext<ScenarioList | null>(null);
const ReadContext = createContext<ReadState | null>(null);
const FieldErrorsContext = createContext<Readonly<Record<string, string>> | null>(null);
const EvaluationContext = createContext<DraftEvaluation | null>(null);

function use<T>(context: Context<T | null>, name: string): T {
  const value = useContext(context);
  if (value === null) throw new Error(`${name} outside <PaneProvider>`);
  return value;
}

/** What the provider needs. */
export interface PaneProviderProps {
  readonly strings: PaneStrings;
  readonly gateway: WorkbookGateway;
  readonly loadExampleUnitCosts: () => Promise<string>;
  /** The year a new investment starts in; this year by default. */
  readonly startYear?: number;
  readonly children: ReactNode;
}

/**
 * Provides the pane's state, evaluation and workbook link to its children.
 *
 * @example
 * <PaneProvider strings={SV} gateway={new MemoryGateway()} loadExampleUnitCosts={fetchCsv}><Journeys /></PaneProvider>
 */
export function PaneProvider(props: PaneProviderProps): ReactNode {
  const { strings, gateway, loadExampleUnitCosts } = props;
  const template = paneTemplate();
  const [state, dispatch] = useReducer(paneReducer, undefined, () => initialPaneState(blankDraft(props.startYear ?? new Date().getFullYear(), strings)));
  const stateRef = useRef<PaneState>(state);
  stateRef.current = state;
  const evaluation = useMemo(() => evaluateDraft(state.draft, state.settings, state.actuals), [state.draft, state.settings, state.actuals]);
  const workbook = useWorkbook(gateway, template, strings.lang, stateRef, dispatch);
  const fixed = useMemo<PaneStatic>(() => ({ strings, gateway, template, dispatch, loadExampleUnitCosts }), [strings, gateway, template, loadExampleUnitCosts]);
  const list = useMemo<ScenarioList>(() => ({ scenarios: state.scenarios, selected: state.selected }), [state.scenarios, state.selected]);
  return (
    <StaticContext.Provider value={fixed}>
      <WorkbookContext.Provider value={workbook}>
        <DraftContext.Provider value={state.draft}>
          <SettingsContext.Provider value={state.settings}>
            <ActualsContext.Provider value={state.actuals}>
              <ScenarioListContext.Provider value={list}>
                <ReadContext.Provider value={state.read}>
                  <FieldErrorsContext.Provider value={state.fieldErrors}>
                    <EvaluationContext.Provider value={evaluation}>{props.children}</EvaluationContext.Provider>
                  </FieldErrorsContext.Provider>
                </ReadContext.Provider>
              </ScenarioListContext.Provider>
            </ActualsContext.Provider>
          </SettingsContext.Provider>
        </DraftContext.Provider>
      </WorkbookContext.Provider>
    </StaticContext.Provider>
  );
}

/**
 * The texts, the gateway, the template and dispatch (never change while the pane is open).
 *
 * @example
 * const { strings, dispatch } = usePaneStatic();
 */
export function usePaneStatic(): PaneStatic {
  return use(StaticContext, "usePaneStatic()");
}

/**
 * Reading, generating, and the stored scenarios' load error.
 *
 * @example
 * const { generate, generation } = useWorkbookApi();
 */
export function useWorkbookApi(): WorkbookApi {
  return use(WorkbookContext, "useWorkbookApi()");
}

/**
 * The investment being worked on, with its rules.
 *
 * @example
 * useDraft().investment.startYear; // 2017
 */
export function useDraft(): ScenarioFile {
  return use(DraftContext, "useDraft()");
}

/**
 * The finance director's scenario settings.
 *
 * @example
 * useSettings().shareFactor; // 1
 */
export function useSettings(): ScenarioSettings {
  return use(SettingsContext, "useSettings()");
}

/**
 * The evaluator's actual volumes and shares (gaps count as planned).
 *
 * @example
 * useActuals().shares?.placement; // 0.1
 */
export function useActuals(): Actuals {
  return use(ActualsContext, "useActuals()");
}

/**
 * The named scenarios stored in the workbook and the one in use.
 *
 * @example
 * useScenarioList().selected; // "Hälften"
 */
export function useScenarioList(): ScenarioList {
  return use(ScenarioListContext, "useScenarioList()");
}

/**
 * What the last read of the workbook found.
 *
 * @example
 * useReadState().outcome?.problems.length; // 0
 */
export function useReadState(): ReadState {
  return use(ReadContext, "useReadState()");
}

/**
 * Field id → message, for every field holding invalid input now.
 *
 * @example
 * Object.keys(useFieldErrors()).length; // 0 when everything is valid
 */
export function useFieldErrors(): Readonly<Record<string, string>> {
  return use(FieldErrorsContext, "useFieldErrors()");
}

/**
 * The engine's results for the draft, settings and actuals.
 *
 * @example
 * const ev = useEvaluation(); ev.ok && ev.summary.windowSavings; // 16200000
 */
export function useEvaluation(): DraftEvaluation {
  return use(EvaluationContext, "useEvaluation()");
}
