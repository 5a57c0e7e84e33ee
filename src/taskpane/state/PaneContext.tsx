/**
 * The pane's contexts. The state lives in one store ({@link usePaneStore}); each slice of
 * it (the draft, the scenario, the actuals, the named scenarios, the last read, the field
 * errors, the workbook operations) and the memoised evaluation has a context of its own,
 * so a change re-renders only the components that read what changed: moving the share
 * slider re-renders the controls and the results, not the investment form. Components get
 * the texts and `dispatch` (actions are plain data), never the workbook.
 */
import type { Context, ReactNode } from "react";
import { createContext, useContext, useMemo } from "react";
import type { Actuals, ResolvedScenario, Scenario } from "../../engine";
import type { WorkbookGateway } from "../../sheetModel/gateway";
import type { NamedScenario } from "../../sheetModel/namedScenarios";
import type { ScenarioFile } from "../../scenario/scenarioFile";
import type { Template } from "../../workbook/template";
import type { PaneStrings } from "../i18n";
import type { PaneAction } from "./actions";
import { blankDraft } from "./blankDraft";
import type { DraftInputs } from "./draftInputs";
import type { DraftEvaluation } from "./evaluateDraft";
import { evaluateDraft } from "./evaluateDraft";
import type { GenerationState, Operations, PaneState, ReadState } from "./paneState";
import { paneTemplate } from "./paneTemplate";
import { initialPaneState } from "./transition";
import type { UncertaintyState } from "./useDeferredDraws";
import { useDeferredDraws, useDraftInputsOf } from "./useDeferredDraws";
import { usePaneStore } from "./usePaneStore";

/** What never changes while the pane is open. */
export interface PaneStatic {
  readonly strings: PaneStrings;
  readonly template: Template;
  /** Sends an action (plain data) to the pane's transition. */
  readonly dispatch: (action: PaneAction) => void;
  /** How a new workbook ends: opened in Excel, or downloaded as a file (the preview). */
  readonly newWorkbook: "open" | "download";
  /** Whether the host can give the workbook as PDF (then the pane offers "Spara som PDF"). */
  readonly pdf: boolean;
}

/** The named scenarios, the one in use, and what went wrong with them. */
export interface ScenarioList {
  readonly scenarios: readonly NamedScenario[];
  readonly selected: string | null;
  readonly nameMissing: boolean;
  readonly loadError: unknown;
}

/** The finance director's scenario as held, and with every setting decided by the engine. */
export interface ScenarioState {
  readonly scenario: Scenario;
  /** Undefined only when the rules cannot be resolved. */
  readonly resolved: ResolvedScenario | undefined;
}

/** Where the workbook operations and the generation stand. */
export interface OperationsState {
  readonly operations: Operations;
  readonly generation: GenerationState;
}

const StaticContext = createContext<PaneStatic | null>(null);
const DraftContext = createContext<ScenarioFile | null>(null);
const DraftInputsContext = createContext<DraftInputs | null>(null);
const UncertaintyContext = createContext<UncertaintyState | null>(null);
const ScenarioContext = createContext<ScenarioState | null>(null);
const ActualsContext = createContext<Actuals | null>(null);
const ScenarioListContext = createContext<ScenarioList | null>(null);
const ReadContext = createContext<ReadState | null>(null);
const FieldErrorsContext = createContext<Readonly<Record<string, string>> | null>(null);
const FieldLabelsContext = createContext<Readonly<Record<string, string>> | null>(null);
const EvaluationContext = createContext<DraftEvaluation | null>(null);
const OperationsContext = createContext<OperationsState | null>(null);
const PendingContext = createContext<Pick<PaneState, "pending" | "undoDelete"> | null>(null);
const ActualCostsContext = createContext<PaneState["actualCosts"] | null>(null);
const ExamplesContext = createContext<Pick<PaneState, "examples" | "examplesError"> | null>(null);
const FundContext = createContext<PaneState["fund"] | null>(null);

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
  readonly newWorkbook?: "open" | "download";
  readonly children: ReactNode;
}

/**
 * Provides the pane's state, evaluation and dispatch to its children; the workbook is
 * reached only through the store's runner.
 *
 * @example
 * <PaneProvider strings={SV} gateway={new MemoryGateway()} loadExampleUnitCosts={fetchCsv}><Journeys /></PaneProvider>
 */
export function PaneProvider(props: PaneProviderProps): ReactNode {
  const { strings, gateway, loadExampleUnitCosts } = props;
  const template = paneTemplate();
  const [state, dispatch] = usePaneStore({ gateway, template, strings, loadExampleUnitCosts }, () =>
    initialPaneState(blankDraft(props.startYear ?? new Date().getFullYear(), strings))
  );
  // The forms and the planned figures see the draft without its ranges (the same object while
  // only a range changes); the draws are made from a deferred copy, after the urgent render.
  const inputs = useDraftInputsOf(state.draft);
  const evaluation = useMemo(() => evaluateDraft(inputs, state.scenario, state.actuals), [inputs, state.scenario, state.actuals]);
  const uncertainty = useDeferredDraws(state.draft, state.scenario, state.actuals, evaluation);
  const newWorkbook = props.newWorkbook ?? "open";
  const pdf = useMemo(() => gateway.canExportPdf(), [gateway]);
  const fixed = useMemo<PaneStatic>(() => ({ strings, template, dispatch, newWorkbook, pdf }), [strings, template, dispatch, newWorkbook, pdf]);
  const scenario = useMemo<ScenarioState>(() => ({ scenario: state.scenario, resolved: evaluation.scenario }), [state.scenario, evaluation.scenario]);
  const list = useMemo<ScenarioList>(
    () => ({ scenarios: state.scenarios, selected: state.selected, nameMissing: state.scenarioNameMissing, loadError: state.scenariosLoadError }),
    [state.scenarios, state.selected, state.scenarioNameMissing, state.scenariosLoadError]
  );
  const examples = useMemo(() => ({ examples: state.examples, examplesError: state.examplesError }), [state.examples, state.examplesError]);
  const pending = useMemo(() => ({ pending: state.pending, undoDelete: state.undoDelete }), [state.pending, state.undoDelete]);
  const operations = useMemo<OperationsState>(() => ({ operations: state.operations, generation: state.generation }), [state.operations, state.generation]);
  return (
    <StaticContext.Provider value={fixed}>
      <PendingContext.Provider value={pending}>
        <OperationsContext.Provider value={operations}>
          <DraftContext.Provider value={state.draft}>
            <ScenarioContext.Provider value={scenario}>
              <ActualsContext.Provider value={state.actuals}>
                <ScenarioListContext.Provider value={list}>
                  <ReadContext.Provider value={state.read}>
                    <FieldErrorsContext.Provider value={state.fieldErrors}>
                      <FieldLabelsContext.Provider value={state.fieldLabels}>
                        <ExamplesContext.Provider value={examples}>
                          <ActualCostsContext.Provider value={state.actualCosts}>
                            <EvaluationContext.Provider value={evaluation}>
                              <DraftInputsContext.Provider value={inputs}>
                                <UncertaintyContext.Provider value={uncertainty}>
                                  <FundContext.Provider value={state.fund}>{props.children}</FundContext.Provider>
                                </UncertaintyContext.Provider>
                              </DraftInputsContext.Provider>
                            </EvaluationContext.Provider>
                          </ActualCostsContext.Provider>
                        </ExamplesContext.Provider>
                      </FieldLabelsContext.Provider>
                    </FieldErrorsContext.Provider>
                  </ReadContext.Provider>
                </ScenarioListContext.Provider>
              </ActualsContext.Provider>
            </ScenarioContext.Provider>
          </DraftContext.Provider>
        </OperationsContext.Provider>
      </PendingContext.Provider>
    </StaticContext.Provider>
  );
}

/**
 * Where the Fonden view stands: the fund read from the workbook, the last write.
 *
 * @example
 * useFundState().read.outcome?.kind; // "none" in a workbook without a fund register
 */
export function useFundState(): PaneState["fund"] {
  return use(FundContext, "useFundState()");
}

/**
 * The texts, the template and dispatch (never change while the pane is open).
 *
 * @example
 * const { strings, dispatch } = usePaneStatic();
 * dispatch({ type: "generate", mode: "new" });
 */
export function usePaneStatic(): PaneStatic {
  return use(StaticContext, "usePaneStatic()");
}

/**
 * Where the workbook operations (save, write, insert, select) and the generation stand.
 *
 * @example
 * useOperations().generation.step; // "idle"
 */
export function useOperations(): OperationsState {
  return use(OperationsContext, "useOperations()");
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
 * The draft as the forms read it: without ranges, grades, draws and seed, and the same
 * object while only those change (a range typed on Scenarier re-renders no form).
 *
 * @example
 * useDraftInputs().investment.effects[0].share; // 0.3, never with its `uncertainty`
 */
export function useDraftInputs(): DraftInputs {
  return use(DraftInputsContext, "useDraftInputs()");
}

/**
 * The draws over the draft's ranges, made after the urgent render: `stale` while the figures
 * are still those of the previous input.
 *
 * @example
 * const { evaluation, stale } = useUncertainty(); // evaluation.ok && evaluation.uncertainty?.figures.pApproved ≈ 0.80 (worked example, share 10–30–50 %)
 */
export function useUncertainty(): UncertaintyState {
  return use(UncertaintyContext, "useUncertainty()");
}

/**
 * The finance director's scenario, as held and as the engine resolves it.
 *
 * @example
 * useScenario().resolved?.baseYear; // 2017, the start year, until the base year is set
 */
export function useScenario(): ScenarioState {
  return use(ScenarioContext, "useScenario()");
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
 * The engine's planned results for the draft (without its ranges: the draws are
 * {@link useUncertainty}'s), scenario and actuals.
 *
 * @example
 * const ev = useEvaluation(); ev.ok && ev.summary.windowSavings; // 16200000
 */
export function useEvaluation(): DraftEvaluation {
  return use(EvaluationContext, "useEvaluation()");
}

/**
 * The step waiting for a yes (overwrite, delete, start over) and the delete that can be undone.
 *
 * @example
 * usePending().pending; // { kind: "delete", name: "Hälften" } after "Ta bort"
 */
export function usePending(): Pick<PaneState, "pending" | "undoDelete"> {
  return use(PendingContext, "usePending()");
}

/**
 * Field id → label, for the fields with an error that gave one (the error list's links).
 *
 * @example
 * useFieldLabels()["inv.endYear"]; // "Slutår"
 */
export function useFieldLabels(): Readonly<Record<string, string>> {
  return use(FieldLabelsContext, "useFieldLabels()");
}

/**
 * The example unit-cost table the picker offers (marked as examples), and why it could not be loaded.
 *
 * @example
 * useExamples().examples.length; // 43 once loaded
 */
export function useExamples(): Pick<PaneState, "examples" | "examplesError"> {
  return use(ExamplesContext, "useExamples()");
}

/**
 * The evaluator's actual costs per cost line and year.
 *
 * @example
 * useActualCosts().staff?.["2017"]; // 3100000
 */
export function useActualCosts(): PaneState["actualCosts"] {
  return use(ActualCostsContext, "useActualCosts()");
}
