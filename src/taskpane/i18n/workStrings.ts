/**
 * The texts of the pane's working-day features (issue 10): confirmations, the compact
 * summary, required fields, help texts, the evaluator's floor and cost follow-up, the
 * update of this workbook. Kept beside {@link PaneStrings} (which holds them under `work`)
 * so each table stays small; the compiler checks that both languages have every key.
 */

/** Every text of the working-day features. */
export interface WorkStrings {
  readonly confirm: {
    readonly overwrite: (name: string) => string;
    readonly overwriteYes: string;
    readonly delete: (name: string) => string;
    readonly deleteYes: string;
    readonly newDraft: string;
    readonly newDraftYes: string;
    readonly cancel: string;
    readonly deleted: (name: string) => string;
    readonly undo: string;
  };
  readonly summary: {
    readonly label: string;
    readonly cost: string;
    readonly savings: (years: number) => string;
    readonly ratio: string;
    readonly approved: string;
    readonly payback: string;
    readonly notAssessed: string;
    /** What is missing before the approval test means anything. */
    readonly missing: (p: { cost: boolean; effect: boolean }) => string;
    /** In Uppföljning the bar shows the follow-up's figures: what they are, and their terms. */
    readonly followUpNote: string;
    readonly actualCost: string;
    readonly costVariance: string;
    readonly actualSavings: (years: number) => string;
    readonly actualRepayment: string;
  };
  /** The effect fields the pane lacked, and a short help text for each effect field. */
  readonly effectFields: {
    readonly quantity: string;
    readonly deadweight: string;
    readonly dropOff: string;
    readonly help: {
      readonly share: string;
      readonly quantity: string;
      readonly duration: string;
      readonly lag: string;
      readonly deadweight: string;
      readonly dropOff: string;
    };
    readonly percentBelow: (max: number) => string;
  };
  /** Which years the approval test and the payback year count. */
  readonly years: {
    readonly windowBand: (first: number, last: number) => string;
    readonly endMark: (year: number) => string;
    readonly approvalCounts: (p: { first: number; last: number; horizon: number; end: number; during: boolean; discounted: boolean }) => string;
    readonly paybackCounts: (first: number) => string;
    readonly chartMarks: (p: { first: number; last: number; end: number }) => string;
    readonly windowTotal: (first: number, last: number) => string;
    readonly allYearsTotal: string;
  };
  /** What number fields say besides the basic checks. */
  readonly inputs: {
    readonly yearWhole: string;
    readonly rateAbove: (max: number) => string;
    readonly notWholeIndividuals: (text: string) => string;
    readonly smallPercent: (typed: string, meant: string) => string;
  };
  /** The preview's new workbook, downloaded as a file. */
  readonly download: {
    readonly fileName: string;
    readonly hint: string;
    readonly done: (fileName: string) => string;
  };
  /** The example unit-cost table in the picker. */
  readonly examples: {
    readonly mark: string;
    readonly chosen: string;
    readonly loadFailedTitle: string;
  };
  /** The evaluator's further figures: the floor, actual or forecast, the evaluation's years, costs against the budget. */
  readonly evaluator: {
    readonly floorApplies: (floor: string, without: string) => string;
    readonly evaluationDue: (first: number, last: number, end: number) => string;
    readonly actualMark: string;
    readonly forecastMark: string;
    readonly mark: string;
    readonly costsHeading: string;
    readonly costsIntro: string;
    readonly actualCost: (line: string, year: number) => string;
    readonly budget: string;
    readonly budgetHint: (amount: string) => string;
    readonly costLine: string;
    readonly byLine: string;
    readonly byYear: string;
    readonly total: string;
    /** That the outcomes' write carries the actual costs into the workbook. */
    readonly writtenWith: string;
  };
  /** Updating the workbook's input tables from the pane. */
  readonly update: {
    readonly button: string;
    readonly hint: string;
    readonly insertOnly: string;
    readonly done: (cells: number) => string;
    /** The Osäkerhet sheet's ranges and grades were written (the seed and draws are not). */
    readonly uncertaintyWritten: string;
    /** The workbook has no Osäkerhet sheet, so the pane's ranges and grades were not written. */
    readonly uncertaintyNoSheet: string;
    /** Ranges the sheet has no row for, e.g. "share:placement, volumeFactor:pupils". */
    readonly uncertaintyNotWritten: (ranges: string) => string;
    readonly failedTitle: string;
    readonly mismatch: (table: string, missing: readonly string[], extra: readonly string[]) => string;
  };
  /** Entering a `--formulas sinv` workbook's SINV formulas again. */
  readonly formulas: {
    readonly button: string;
    readonly hint: string;
    readonly done: (sheets: string, cells: number) => string;
    readonly failedTitle: string;
  };
  /** How to print the workbook (Excel's own printing; the CLI's --pdf). */
  readonly print: { readonly heading: string; readonly text: string; readonly button: string; readonly fileName: string; readonly done: string; readonly failedTitle: string };
  readonly errors: {
    readonly listLabel: string;
    readonly goTo: (label: string) => string;
  };
}
