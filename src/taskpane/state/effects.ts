/**
 * What the pane asks of the world, as data: the transition returns these and the one
 * runner ({@link createRunner}) carries them out (gateway calls, workbook generation).
 */
import type { Investment } from "../../engine";
import type { WorkbookPlan } from "../../sheetModel/plan";
import type { NamedScenario } from "../../sheetModel/namedScenarios";
import type { ParameterLabels, ParameterValues } from "../../sheetModel/parameterWrites";
import type { ScenarioFile } from "../../scenario/scenarioFile";
import type { PaneLanguage } from "../i18n";
import type { ActualsTableWrite } from "./actualsWrites";
import type { FundEffect } from "./fundState";
import type { GenerateMode } from "./paneState";

/** An effect for the runner. */
export type PaneEffect =
  /** Read the workbook's inputs; the answer carries `seq`. */
  | { readonly type: "read"; readonly seq: number }
  | { readonly type: "loadScenarios" }
  /** Load the example unit-cost table for the picker. */
  | { readonly type: "loadExamples" }
  /** Follow edits of the workbook (debounced re-reads) until the pane closes. */
  | { readonly type: "watchChanges" }
  | { readonly type: "saveScenarios"; readonly list: readonly NamedScenario[]; readonly chosen: string | null }
  | { readonly type: "writeParameters"; readonly values: ParameterValues; readonly labels: ParameterLabels }
  | { readonly type: "writeActuals"; readonly writes: readonly ActualsTableWrite[] }
  /** Write the investment into the workbook's existing input tables (all or nothing). */
  | { readonly type: "updateInputs"; readonly investment: Investment; readonly years: readonly number[] }
  /** Rebuild the generated sheets from the investment (the user said yes). */
  | { readonly type: "rebuild"; readonly investment: Investment }
  /** Append the example unit-cost rows the workbook's stand-alone table lacks. */
  | { readonly type: "appendExamples"; readonly mark: string }
  /** Enter every SINV formula of the workbook again (all or nothing). */
  | { readonly type: "reenterFormulas" }
  /** Get the workbook as PDF from the host and download it under this name. */
  | { readonly type: "savePdf"; readonly fileName: string }
  | { readonly type: "selectCell"; readonly sheet: string; readonly address: string }
  /** Insert the example unit-cost table on a new sheet. */
  | { readonly type: "insertExample"; readonly sheet: string; readonly note: string }
  | { readonly type: "buildWorkbook"; readonly mode: GenerateMode; readonly file: ScenarioFile; readonly lang: PaneLanguage }
  | { readonly type: "writeXlsx"; readonly mode: GenerateMode; readonly plan: WorkbookPlan }
  | { readonly type: "sendWorkbook"; readonly mode: GenerateMode; readonly plan: WorkbookPlan; readonly bytes: Uint8Array }
  /** The Fonden view's (fundState.ts). */
  | FundEffect;
