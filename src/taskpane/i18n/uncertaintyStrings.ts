/**
 * The texts of the pane's uncertainty part (issue 11, docs/uncertainty.md): the ranges and
 * grades, the probabilities in words, the distribution chart and the tornado. Kept beside
 * {@link PaneStrings} in a table of their own (uncertaintyTable.ts); the compiler checks that both
 * languages have every key.
 */

/** What the probability sentences need. */
export interface UncertaintyFigureWords {
  /** The approval window's length in years (10). */
  readonly years: number;
  /** P(window savings ≥ total cost), as a percentage text ("80 %"). */
  readonly pApproved: string;
  readonly draws: number;
}

/** Every text of the uncertainty part. */
export interface UncertaintyStrings {
  readonly heading: string;
  readonly intro: string;
  readonly shareLow: string;
  readonly shareHigh: string;
  readonly volumeLow: string;
  readonly volumeHigh: string;
  readonly unitCostLow: string;
  readonly unitCostHigh: string;
  readonly effectsHeading: string;
  readonly groupsHeading: string;
  readonly unitCostsHeading: string;
  readonly grade: string;
  readonly gradeNone: string;
  readonly gradeOption: (grade: number, words: string) => string;
  /** Removes a range; `name` says whose. */
  readonly clearRange: (name: string) => string;
  /** The draws and the seed (the engine's field table gives their limits). */
  readonly settingsHeading: string;
  readonly drawsLabel: string;
  readonly drawsHelp: string;
  readonly seedLabel: string;
  readonly seedHelp: string;
  /** A number of draws the field table refuses; `words` is the field's own ("ett helt antal dragningar 1–100 000"). */
  readonly drawsOutside: (words: string) => string;
  readonly resultsHeading: string;
  readonly noRanges: string;
  readonly cannotDraw: string;
  /** "Sannolikheten att satsningen betalar sig inom tioårsfönstret är 80 %." */
  readonly pApproved: (p: UncertaintyFigureWords) => string;
  readonly pFullRepayment: (percent: string) => string;
  readonly expectedRepayment: (amount: string, planned: string) => string;
  readonly interval: (p10: string, p90: string, p50: string) => string;
  /** The first years by which cumulative savings reach the cost in at least 50 % and 90 % of the draws (null: not within the timeline). */
  readonly paybackYears: (by50: number | null, by90: number | null) => string;
  readonly drawsNote: (draws: string, seed: number, standardError: string) => string;
  readonly biasCorrected: (corrected: string, uncorrected: string, approved: boolean) => string;
  readonly chartTitle: string;
  readonly chartDraws: string;
  readonly chartCost: string;
  readonly chartRepayment: string;
  readonly describeChart: (p: { readonly low: string; readonly high: string; readonly cost: string; readonly below: string }) => string;
  readonly tornadoTitle: string;
  readonly tornadoLow: string;
  readonly tornadoHigh: string;
  readonly inputName: (kind: "share" | "volumeFactor" | "unitCostFactor", name: string) => string;
  readonly describeTornado: (p: { readonly first: string; readonly swing: string }) => string;
}
