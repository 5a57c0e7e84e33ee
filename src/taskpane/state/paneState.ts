/**
 * The pane's global state, small and explicit: the investment being worked on (the
 * draft), the finance director's scenario (the engine's own {@link Scenario}), the
 * evaluator's actuals, the named scenarios, what was last read from the workbook, which
 * fields hold invalid input, and where each workbook operation stands.
 */
import type { FundPaneState } from "./fundState";
import type { ReenterReport } from "../../sheetModel/gateway";
import type { Actuals, Scenario, UnitCost } from "../../engine";
import type { ActualCosts } from "../../engine/costFollowUp";
import type { InsertReport } from "../../sheetModel/gateway";
import type { NamedScenario } from "../../sheetModel/namedScenarios";
import type { WriteParametersReport } from "../../sheetModel/parameterWrites";
import type { InsertTableReport } from "../../sheetModel/tableInsert";
import type { ScenarioIssue } from "../../scenario/issue";
import type { ScenarioFile } from "../../scenario/scenarioFile";
import type { ReadProblem } from "../../workbook/readBack/tableReader";
import type { UncertaintyWriteReport } from "./uncertaintyWrites";
import type { GenerateStep } from "../i18n";
import type { RebuildOutcome, RebuildProposal } from "./rebuildWorkbook";
import type { AppendRowsReport } from "../../sheetModel/rebuildTypes";

/** A cell a problem can be shown at. */
export interface CellLocation {
  readonly sheet: string;
  readonly address: string;
}

/** A read problem with the cell it concerns, when known. */
export interface LocatedProblem extends ReadProblem {
  readonly location?: CellLocation;
}

/** What one input table held. */
export interface TableSummary {
  readonly table: string;
  /** The sheet it is on; undefined when the table is missing. */
  readonly sheet?: string;
  /** Rows with something in them. */
  readonly rows: number;
}

/** The outcome of reading the workbook's inputs. */
export interface ReadOutcome {
  /** The inputs as a scenario file, when they are valid. */
  readonly file?: ScenarioFile;
  /** Whether the workbook has a SINV parameter block (an application workbook). */
  readonly hasInputs: boolean;
  readonly problems: readonly LocatedProblem[];
  readonly tables: readonly TableSummary[];
  /** The unit costs of the workbook's unit-cost table (the picker's catalogue). */
  readonly catalogue: readonly UnitCost[];
  readonly hasUnitCostTable: boolean;
}

/** Reading the workbook: where it stands. */
export interface ReadState {
  readonly status: "idle" | "reading" | "read" | "failed";
  /** The number of the latest read asked for; an older read's answer is dropped. */
  readonly seq: number;
  readonly outcome?: ReadOutcome;
  readonly error?: unknown;
  /** An error setting up the change events (the pane then re-reads only on request). */
  readonly eventsError?: unknown;
  /** Comparison keys of the last file read, so a re-read replaces only what changed in the workbook. */
  readonly lastKeys?: { readonly investment: string; readonly scenario: string; readonly actuals: string; readonly uncertainty?: string };
}

/** A new workbook, or sheets added to this one. */
export type GenerateMode = "new" | "insert";

/** Where generating the workbook stands. */
export type GenerationState =
  | { readonly step: "idle" }
  | { readonly step: GenerateStep; readonly mode: GenerateMode }
  | { readonly step: "done"; readonly mode: GenerateMode; readonly report?: InsertReport }
  | { readonly step: "invalid"; readonly issues: readonly ScenarioIssue[] }
  | { readonly step: "failed"; readonly error: unknown };

/** One workbook operation: running, or its last result or error (never both). */
export interface Operation<T> {
  readonly busy: boolean;
  readonly result?: T;
  readonly error?: unknown;
}

/** The workbook operations a button starts, each with its own state. */
export interface Operations {
  /** Saving or deleting named scenarios; the result is the name saved ("" after a delete). */
  readonly saveScenarios: Operation<string>;
  readonly writeParameters: Operation<WriteParametersReport>;
  /** Writing the outcomes; the result is the number of cells written. */
  readonly writeActuals: Operation<number>;
  readonly selectCell: Operation<true>;
  readonly insertExample: Operation<InsertTableReport>;
  /** Writing the investment into the workbook's input tables; the result is the number of cells written and what was done with the Osäkerhet sheet. */
  readonly updateInputs: Operation<{ readonly cells: number; readonly uncertainty?: UncertaintyWriteReport }>;
  /** Entering the workbook's SINV formulas again (a file made with `--formulas sinv`); the result says how many and where. */
  readonly reenterFormulas: Operation<ReenterReport>;
  /** Saving the workbook as PDF (where the host can); the result is the file's size in bytes. */
  readonly savePdf: Operation<number>;
  /** Rebuilding the generated sheets in place (items added or removed in the pane); the result says what the overview shows now. */
  readonly rebuild: Operation<RebuildOutcome>;
  /** Appending the example rows a stand-alone unit-cost table lacks. */
  readonly appendExamples: Operation<AppendRowsReport>;
}

/** An operation's key. */
export type OperationKey = keyof Operations;

/**
 * A step that loses something, waiting for the user's yes: replacing a saved scenario,
 * deleting one, or starting over with a blank investment.
 */
export type PendingConfirm =
  | { readonly kind: "overwrite"; readonly name: string }
  | { readonly kind: "delete"; readonly name: string }
  | { readonly kind: "newDraft"; readonly draft: ScenarioFile }
  /** The pane's items and the workbook's rows differ: rebuild the generated sheets ({@link RebuildProposal} says what changes). */
  | { readonly kind: "rebuild"; readonly proposal: RebuildProposal };

/** The whole state. */
export interface PaneState {
  /** The investment and its rules (the scenario and actuals live beside it). */
  readonly draft: ScenarioFile;
  /** The finance director's scenario; what it leaves out the engine decides (rules, start year). */
  readonly scenario: Scenario;
  readonly actuals: Actuals;
  /** The evaluator's actual costs per cost line and year (the engine's cost follow-up); gaps count as the budget. */
  readonly actualCosts: ActualCosts;
  readonly scenarios: readonly NamedScenario[];
  /** The named scenario in use, if any. */
  readonly selected: string | null;
  /** A scenario was to be saved without a name. */
  readonly scenarioNameMissing: boolean;
  /** An error loading the stored scenarios, shown by the scenario panel. */
  readonly scenariosLoadError?: unknown;
  readonly read: ReadState;
  /** Field id → the message shown next to it; empty when every field is valid. */
  readonly fieldErrors: Readonly<Record<string, string>>;
  /** Field id → the field's label, for each field in `fieldErrors` that gave one (the error list links to the field by it). */
  readonly fieldLabels: Readonly<Record<string, string>>;
  readonly generation: GenerationState;
  readonly operations: Operations;
  /** The example unit-cost table (assets/data/unit_costs.csv), offered in the picker marked as examples; empty until loaded. */
  readonly examples: readonly UnitCost[];
  /** Why the example table could not be loaded, if it could not. */
  readonly examplesError?: unknown;
  /** The step waiting for a yes, if any. */
  readonly pending: PendingConfirm | null;
  /** The list before the last delete, so it can be undone (null when there is nothing to undo). */
  readonly undoDelete: { readonly name: string; readonly list: readonly NamedScenario[] } | null;
  /** The Fonden view (fundState.ts). */
  readonly fund: FundPaneState;
}
