/**
 * What can happen to the pane, as plain data: what the user does (dispatched by the
 * components) and what the runner reports back. {@link paneTransition} turns each into
 * the next state and the effects to carry out.
 */
import type { ReenterReport } from "../../sheetModel/gateway";
import type { CostLine, Department, Effect, Investment, Partner, Scenario, TargetGroup, UnitCost } from "../../engine";
import type { InsertReport } from "../../sheetModel/gateway";
import type { NamedScenario } from "../../sheetModel/namedScenarios";
import type { WriteParametersReport } from "../../sheetModel/parameterWrites";
import type { WorkbookPlan } from "../../sheetModel/plan";
import type { InsertTableReport } from "../../sheetModel/tableInsert";
import type { AppendRowsReport } from "../../sheetModel/rebuildTypes";
import type { RebuildOutcome, RebuildProposal } from "./rebuildWorkbook";
import type { ScenarioFile } from "../../scenario/scenarioFile";
import type { FundAction } from "./fundState";
import type { GenerateMode, OperationKey, ReadOutcome } from "./paneState";
import type { UncertaintyAction, UncertaintySettingsAction } from "./uncertaintyEdits";
import type { UncertaintyWriteReport } from "./uncertaintyWrites";

/** The investment's lists whose items carry an `id`, and their items. */
export interface InvestmentLists {
  readonly departments: Department;
  readonly costLines: CostLine;
  readonly targetGroups: TargetGroup;
  readonly effects: Effect;
}

/** One of those lists. */
export type InvestmentListKey = keyof InvestmentLists;

/** Editing an item of a list by id, or appending one (the transition gives it a fresh id starting with `prefix`). */
export type ListAction = {
  readonly [K in InvestmentListKey]:
    | { readonly type: "editItem"; readonly list: K; readonly id: string; readonly patch: Partial<Omit<InvestmentLists[K], "id">> }
    | { readonly type: "addItem"; readonly list: K; readonly prefix: string; readonly item: Omit<InvestmentLists[K], "id"> };
}[InvestmentListKey];

/** What the user does. */
export type UserAction =
  | { readonly type: "editInvestment"; readonly patch: Partial<Pick<Investment, "name" | "startYear" | "endYear">> }
  | { readonly type: "setPreset"; readonly preset: string }
  | { readonly type: "newDraft"; readonly draft: ScenarioFile }
  | ListAction
  | { readonly type: "removeItem"; readonly list: InvestmentListKey; readonly id: string }
  /** A cost line's amount or a target group's volume in one year. */
  | { readonly type: "setYearValue"; readonly list: "costLines" | "targetGroups"; readonly id: string; readonly year: number; readonly value: number }
  | { readonly type: "editPartner"; readonly index: number; readonly patch: Partial<Partner> }
  | { readonly type: "removePartner"; readonly index: number }
  | { readonly type: "addPartner"; readonly partner: Partner }
  /** The effect's unit cost, added to the investment's unit costs when it is not there yet. */
  | { readonly type: "chooseUnitCost"; readonly effectId: string; readonly unitCost: UnitCost }
  | { readonly type: "addEffect"; readonly effect: Omit<Effect, "id" | "unitCostCode">; readonly unitCost?: UnitCost }
  /** A range or a confidence grade (docs/uncertainty.md); undefined removes it. */
  | UncertaintyAction
  /** The number of draws or the seed of the uncertainty analysis. */
  | UncertaintySettingsAction
  /** An actual volume or share; undefined counts as planned again. */
  | { readonly type: "setActualVolume"; readonly groupId: string; readonly year: number; readonly value: number | undefined }
  | { readonly type: "setActualShare"; readonly effectId: string; readonly value: number | undefined }
  | { readonly type: "resetActuals" }
  /** An actual cost of a cost line in one year; undefined counts as the budget again. */
  | { readonly type: "setActualCost"; readonly lineId: string; readonly year: number; readonly value: number | undefined }
  | { readonly type: "editScenario"; readonly patch: Partial<Scenario> }
  /** Back to the scenario as planned (the engine's defaults). */
  | { readonly type: "resetScenario" }
  | { readonly type: "useScenario"; readonly name: string }
  | { readonly type: "saveScenario"; readonly name: string }
  | { readonly type: "deleteScenario"; readonly name: string }
  /** Yes to the step waiting for it ({@link PendingConfirm}). */
  | { readonly type: "confirmPending" }
  | { readonly type: "cancelPending" }
  /** Puts back the scenario deleted last. */
  | { readonly type: "undoDelete" }
  | { readonly type: "writeParameters" }
  | { readonly type: "writeActuals" }
  /** "Uppdatera denna arbetsbok": the investment into the workbook's input tables. */
  | { readonly type: "updateWorkbook" }
  | { readonly type: "generate"; readonly mode: GenerateMode }
  /** The pane opened: read, load the stored scenarios, follow changes. */
  | { readonly type: "start" }
  | { readonly type: "reread" }
  | { readonly type: "selectCell"; readonly sheet: string; readonly address: string }
  | { readonly type: "insertExample" }
  /** Adds the example rows the workbook's unit-cost table lacks (a stand-alone table: appended; an application workbook: through a rebuild). */
  | { readonly type: "addMissingExamples"; readonly mark: string }
  /** A field's error (null: none); `label` names the field in the list of errors. */
  | { readonly type: "fieldError"; readonly id: string; readonly message: string | null; readonly label?: string };

/** What the runner reports. */
export type RunnerReport =
  | { readonly type: "readDone"; readonly seq: number; readonly outcome: ReadOutcome }
  | { readonly type: "readFailed"; readonly seq: number; readonly error: unknown }
  | { readonly type: "eventsFailed"; readonly error: unknown }
  | { readonly type: "scenariosLoaded"; readonly list: readonly NamedScenario[] }
  | { readonly type: "scenariosLoadFailed"; readonly error: unknown }
  | { readonly type: "examplesLoaded"; readonly list: readonly UnitCost[] }
  | { readonly type: "examplesLoadFailed"; readonly error: unknown }
  | { readonly type: "scenariosSaved"; readonly list: readonly NamedScenario[]; readonly chosen: string | null }
  | { readonly type: "parametersWritten"; readonly report: WriteParametersReport }
  | { readonly type: "actualsWritten"; readonly cells: number }
  | { readonly type: "inputsUpdated"; readonly cells: number; readonly uncertainty?: UncertaintyWriteReport }
  /** The rows differ and the planner allows a rebuild: ask first. */
  | { readonly type: "rebuildProposed"; readonly proposal: RebuildProposal }
  | { readonly type: "workbookRebuilt"; readonly outcome: RebuildOutcome }
  | { readonly type: "examplesAppended"; readonly report: AppendRowsReport }
  /** Enter the workbook's SINV formulas again, so that Excel calculates them. */
  | { readonly type: "reenterFormulas" }
  /** Save the open workbook as PDF (downloaded); offered only where the host can. */
  | { readonly type: "savePdf" }
  | { readonly type: "pdfSaved"; readonly bytes: number }
  | { readonly type: "formulasReentered"; readonly report: ReenterReport }
  | { readonly type: "cellSelected" }
  | { readonly type: "exampleInserted"; readonly report: InsertTableReport }
  | { readonly type: "operationFailed"; readonly operation: OperationKey; readonly error: unknown }
  | { readonly type: "workbookBuilt"; readonly mode: GenerateMode; readonly plan: WorkbookPlan }
  | { readonly type: "xlsxWritten"; readonly mode: GenerateMode; readonly plan: WorkbookPlan; readonly bytes: Uint8Array }
  | { readonly type: "workbookSent"; readonly mode: GenerateMode; readonly report?: InsertReport }
  | { readonly type: "generationFailed"; readonly error: unknown };

/** An action for {@link paneTransition}: the Fonden view's own (fundState.ts) besides. */
export type PaneAction = UserAction | RunnerReport | FundAction;
