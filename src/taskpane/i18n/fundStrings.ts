/**
 * The texts of the pane's Fonden view (issue 12): the fund register of the current
 * workbook, its key figures, chart and warnings, creating a fund sheet and adding the
 * investment. Kept beside {@link PaneStrings} in a table of their own (svFund.ts,
 * enFund.ts); the compiler checks that both languages have every key.
 */

/** Every text of the Fonden view. */
export interface FundStrings {
  readonly tab: string;
  readonly heading: string;
  readonly reading: string;
  /** Activates the register sheet (the pane's "Visa cellen" for the fund). */
  readonly showRegister: string;
  readonly reread: string;
  readonly readFailed: string;
  readonly none: string;
  readonly invalidTitle: string;
  readonly createHeading: string;
  readonly createIntro: string;
  readonly allocation: (year: number) => string;
  readonly allocationHint: string;
  /** The allocation's label for an empty fund, which needs it. */
  readonly allocationRequired: (year: number) => string;
  readonly create: string;
  /** "Skapa fondblad": what the new fund starts with — the investment in the pane, or nothing yet (only the allocation). */
  readonly createContent: string;
  readonly createWithInvestment: string;
  readonly createEmpty: string;
  readonly emptyNeedsAllocation: string;
  readonly createdEmpty: (sheets: string) => string;
  readonly defaultName: string;
  readonly figuresHeading: (name: string) => string;
  readonly balanceEnd: (year: number) => string;
  readonly minBalance: (year: number) => string;
  readonly booked: (year: number) => string;
  readonly available: (year: number) => string;
  readonly counted: string;
  readonly investmentsValue: (counted: number, total: number) => string;
  readonly chartHeading: string;
  readonly flowsChart: (first: number, last: number) => string;
  readonly balanceChart: (first: number, last: number, min: string, minYear: number) => string;
  readonly allocated: string;
  readonly disbursed: string;
  readonly repaid: string;
  readonly balance: string;
  readonly warningsHeading: (n: number) => string;
  readonly noWarnings: string;
  readonly currentHeading: string;
  readonly inRegister: (id: string, status: string) => string;
  readonly notInRegister: (name: string) => string;
  readonly status: string;
  readonly statusHint: string;
  readonly add: string;
  readonly update: string;
  readonly notReady: string;
  readonly writeNote: string;
  readonly busy: string;
  readonly added: (id: string, sheets: string) => string;
  readonly updated: (id: string, sheets: string) => string;
  readonly created: (sheets: string) => string;
  readonly writeFailed: string;
  /** The in-place update was refused (the user typed on a fund sheet): the fallback offered. */
  readonly copyOffer: string;
  readonly copyButton: string;
  readonly copyConfirm: string;
  readonly copyYes: string;
  readonly copyNo: string;
  readonly driftTitle: string;
  /** "S2, Kostnad: 4 000 000 kr i registret, 4 100 000 kr ur ansökan" */
  readonly drift: (id: string, column: string, register: string, engine: string) => string;
  readonly driftNote: string;
}
