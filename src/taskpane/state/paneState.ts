/**
 * The pane's global state, small and explicit: the investment being worked on (the
 * draft), the finance director's scenario settings, the evaluator's actuals, the named
 * scenarios, what was last read from the workbook, and which fields hold invalid input.
 */
import type { Actuals, UnitCost } from "../../engine";
import type { NamedScenario, ScenarioSettings } from "../../sheetModel/namedScenarios";
import type { ScenarioFile } from "../../scenario/scenarioFile";
import type { ReadProblem } from "../../workbook/readBack/tableReader";

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
  readonly outcome?: ReadOutcome;
  readonly error?: unknown;
  /** An error setting up the change events (the pane then re-reads only on request). */
  readonly eventsError?: unknown;
  /** Comparison keys of the last file read, so a re-read replaces only what changed in the workbook. */
  readonly lastKeys?: { readonly investment: string; readonly settings: string; readonly actuals: string };
}

/** The whole state. */
export interface PaneState {
  /** The investment and its rules (the scenario and actuals live beside it). */
  readonly draft: ScenarioFile;
  readonly settings: ScenarioSettings;
  readonly actuals: Actuals;
  readonly scenarios: readonly NamedScenario[];
  /** The named scenario in use, if any. */
  readonly selected: string | null;
  readonly read: ReadState;
  /** Field id → the message shown next to it; empty when every field is valid. */
  readonly fieldErrors: Readonly<Record<string, string>>;
}
