/** The uncertainty part's texts in English. */
import type { UncertaintyStrings } from "./uncertaintyStrings";

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen"];

/** English texts. */
export const EN_UNCERTAINTY: UncertaintyStrings = {
  heading: "Uncertainty",
  intro: "Say how low and how high the effect share, the volumes and the unit costs can be. The planned value is the most likely; the draws follow a triangular distribution.",
  shareLow: "Share lowest (%)",
  shareHigh: "Share highest (%)",
  volumeLow: "Volume lowest ×",
  volumeHigh: "Volume highest ×",
  unitCostLow: "Cost lowest ×",
  unitCostHigh: "Cost highest ×",
  effectsHeading: "Effects",
  groupsHeading: "Target groups",
  unitCostsHeading: "Unit costs",
  grade: "Confidence grade",
  gradeNone: "Not graded",
  gradeOption: (grade, words) => `${grade} – ${words}`,
  clearRange: (name) => `Remove the range of ${name}`,
  settingsHeading: "Draws",
  drawsLabel: "Number of draws",
  drawsHelp: "How many times the pane draws from the ranges. More draws give a surer probability but take longer: with 2,000 the standard error is at most 1.1 percentage points.",
  seedLabel: "Seed",
  seedHelp: "The seed is the starting value of the random numbers. The same seed gives the same figures – in the pane, in the workbook and on every computer. Change the seed to see how much the result depends on chance.",
  drawsOutside: (words) => `Enter ${words}.`,
  resultsHeading: "How likely is it to pay back?",
  noRanges: "Give a range above, and the pane shows how likely the investment is to pay back.",
  cannotDraw: "The uncertainty cannot be computed",
  pApproved: ({ years, pApproved }) => `The probability that the investment pays back within the ${NUMBER_WORDS[years] ?? years}-year window is ${pApproved}.`,
  pFullRepayment: (percent) => `The probability that the departments can repay the full amount (cost + fee) is ${percent}.`,
  expectedRepayment: (amount, planned) => `Expected repayment to the fund under risk sharing: ${amount} of the planned ${planned}.`,
  interval: (p10, p90, p50) => `With 80 % probability the window savings lie between ${p10} and ${p90} (median ${p50}).`,
  paybackYears: (by50, by90) =>
    by50 === null
      ? "In half the draws cumulative savings do not reach the cost within the timeline."
      : `Paid back (cumulative savings reach the cost, as the payback year above) by ${by50} with 50 % probability${by90 === null ? "; with 90 % probability not within the timeline" : ` and by ${by90} with 90 %`}.`,
  drawsNote: (draws, seed, se) => `${draws} draws, seed ${seed}; the probability's standard error is ${se}.`,
  biasCorrected: (corrected, uncorrected, approved) =>
    `Corrected for optimism by the confidence grades: savings ${corrected} (uncorrected ${uncorrected}); ${approved ? "approved" : "not approved"}.`,
  chartTitle: "Savings in the draws against the cost",
  chartDraws: "Draws",
  chartCost: "Total cost",
  chartRepayment: "Planned repayment",
  describeChart: ({ low, high, cost, below }) => `Bar chart of the draws' savings from ${low} to ${high} million kronor; the cost ${cost} million; ${below} of the draws lie below the cost.`,
  tornadoTitle: "What matters most",
  tornadoLow: "Lowest",
  tornadoHigh: "Highest",
  inputName: (kind, name) => (kind === "share" ? `Share: ${name}` : kind === "volumeFactor" ? `Volume: ${name}` : `Unit cost: ${name}`),
  describeTornado: ({ first, swing }) => `Tornado chart: ${first} matters most, the savings swing ${swing} million kronor between its lowest and highest value.`
};
