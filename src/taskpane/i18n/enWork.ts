/** The working-day features' texts in English. */
import type { WorkStrings } from "./workStrings";

/** English texts. */
export const EN_WORK: WorkStrings = {
  confirm: {
    overwrite: (name) => `A scenario named ${name} already exists. Replace it with the current settings?`,
    overwriteYes: "Replace",
    delete: (name) => `Delete the scenario ${name} from the workbook?`,
    deleteYes: "Delete",
    newDraft: "Start over with a blank investment? What you entered here is lost (the workbook is not changed).",
    newDraftYes: "Start over",
    cancel: "Cancel",
    deleted: (name) => `The scenario ${name} was deleted.`,
    undo: "Undo"
  },
  summary: {
    label: "Summary of the calculation",
    cost: "Cost",
    savings: (years) => `Savings ${years} yrs`,
    ratio: "Ratio",
    approved: "Approved",
    payback: "Paid back",
    notAssessed: "Not assessed",
    missing: ({ cost, effect }) => `Assessed once the calculation has ${cost && effect ? "a cost and at least one effect" : cost ? "a cost above 0 kr" : "at least one effect"}.`,
    followUpNote: "Actual/forecast: actual where given, otherwise the plan (forecast).",
    actualCost: "Cost, all lines",
    costVariance: "Against budget",
    actualSavings: (years) => `Savings ${years} yrs`,
    actualRepayment: "Repayment"
  },
  effectFields: {
    quantity: "Quantity per individual and year",
    deadweight: "Deadweight (%)",
    dropOff: "Drop-off per year (%)",
    help: {
      share: "The share of each year's cohort of the target group that avoids the cost thanks to the investment.",
      quantity: "How many units of the unit cost one individual avoids per year, e.g. 365 days of placement. 1 when the unit cost is already per individual and year.",
      duration: "Duration: how many years the avoided cost lasts for one individual.",
      lag: "Lag: how many years pass from an individual entering the investment to the first year the cost is avoided (0 = the same year).",
      deadweight: "Deadweight: the share of the outcome that would have happened anyway, without the investment. It is taken off the savings.",
      dropOff: "Drop-off: how much the effect declines each year after the first (SROI), e.g. 10 % means 90 % of the year before."
    },
    percentBelow: (max) => `The share must be below ${max} %.`
  },
  years: {
    windowBand: (first, last) => `Window ${first}–${last}`,
    endMark: (year) => `End ${year}`,
    approvalCounts: ({ first, last, horizon, end, during, discounted }) =>
      `Approval counts the savings ${first}–${last} (${during ? `during the investment and ${horizon} years after the end year ${end}` : `${horizon} years after the end year ${end}`}${discounted ? ", discounted" : ""}) against the total cost.`,
    paybackCounts: (first) => `The payback year is the first year in which the cumulative savings from ${first}, every year, reach the total cost; it can fall before the window even when the investment is not approved.`,
    chartMarks: ({ first, last, end }) => `The window ${first}–${last} is shaded and the end year ${end} marked with a line.`,
    windowTotal: (first, last) => `Total in the window ${first}–${last}`,
    allYearsTotal: "Total, all years"
  },
  inputs: {
    yearWhole: "Enter a whole year, for example 2017.",
    rateAbove: (max) => `The rate can be at most ${max} % a year.`,
    notWholeIndividuals: (text) => `${text} individuals is not a whole number. Counted as entered; did you mean a whole number?`,
    smallPercent: (typed, meant) => `${typed} % — did you mean ${meant} %? The share is entered in per cent.`
  },
  download: {
    fileName: "sinv-application.xlsx",
    hint: "The preview has no Excel to open the workbook in: Create workbook downloads it as an .xlsx file.",
    done: (fileName) => `Done: the workbook was downloaded as ${fileName}. Open it in Excel or LibreOffice.`
  },
  examples: {
    mark: "Example",
    chosen: "An example from SINV's example table, with its source: check the amount against your municipality's own figures before using it in an application.",
    loadFailedTitle: "The example unit-cost table could not be loaded"
  },
  evaluator: {
    floorApplies: (floor, without) => `the floor applies: ${floor} instead of ${without}`,
    evaluationDue: (first, last, end) => `Follow-up evaluation: ${first}–${last} (1–3 years after the end year ${end}).`,
    actualMark: "actual",
    forecastMark: "forecast",
    mark: "Actual/forecast",
    costsHeading: "Costs against the budget",
    costsIntro: "Enter actual costs per cost line and year. Empty fields count as the budget (forecast).",
    actualCost: (line, year) => `${line} ${year} (kr)`,
    budget: "Budget",
    budgetHint: (amount) => `Budget: ${amount}`,
    costLine: "Cost line",
    byLine: "Per cost line",
    byYear: "Per year",
    total: "Total",
    writtenWith: "“Write outcomes to the workbook” writes the actual costs too, into the table SINV_UtfallKostnader on the Uppföljning sheet, whose formulas work out budget, actual/forecast and variance per cost line and year."
  },
  update: {
    button: "Update this workbook",
    hint: "Writes the investment's inputs into the workbook's existing SINV tables, so every formula follows. Nothing else changes; if anything fails, nothing is written.",
    insertOnly: "The workbook already has SINV tables: update them instead of inserting the workbook again.",
    done: (cells) => `Done: ${cells} ${cells === 1 ? "cell" : "cells"} of the SINV tables were written. The workbook's formulas now use the investment.`,
    uncertaintyWritten: "The ranges and grades on Uncertainty were written. The seed and the number of draws are not written: the sheet's draws were made with its own seed.",
    uncertaintyNoSheet: "The workbook has no Uncertainty sheet, so the ranges and confidence grades were not written; create the workbook again to have them in it.",
    uncertaintyNotWritten: (ranges) => `The ranges ${ranges} were not written: Uncertainty has no row for them (create the workbook again).`,
    failedTitle: "The workbook could not be updated – nothing was written",
    mismatch: (table, missing, extra) =>
      `The table ${table} does not hold the investment's rows${missing.length > 0 ? `; missing from the table: ${missing.join(", ")}` : ""}${extra.length > 0 ? `; only in the table: ${extra.join(", ")}` : ""}. Add or remove the rows in the table (or create the workbook again), then update.`
  },
  formulas: {
    button: "Recalculate the SINV formulas",
    hint: "For a workbook created with SINV functions (--formulas sinv): Excel calculates such formulas only once they have been entered again. This enters every cell calling a SINV function again; nothing else changes, and if anything fails the cells get their previous content back.",
    done: (sheets, cells) => (cells === 0 ? "The workbook has no SINV formulas; nothing changed." : `Done: ${cells} ${cells === 1 ? "formula was" : "formulas were"} entered again (${sheets}).`),
    failedTitle: "The SINV formulas could not be entered again"
  },
  print: {
    heading: "Print or save as PDF",
    button: "Save as PDF",
    fileName: "application.pdf",
    done: "The PDF was downloaded (application.pdf).",
    failedTitle: "The workbook could not be saved as PDF",
    text: "The workbook is set up for printing: A4, one page wide, landscape for the year tables, with the investment's name, the date and page numbers. Print with File → Print, or save as PDF with File → Save As/Export → PDF. Without Excel the command line writes the PDF: npm run generate -- investment.json --out application.xlsx --pdf application.pdf."
  },
  errors: {
    listLabel: "Fields with errors",
    goTo: (label) => `Go to the field ${label}`
  }
};
