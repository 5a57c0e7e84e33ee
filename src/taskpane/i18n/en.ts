/** The task pane in English (when Office's display language is English). */
import { EN_FUND } from "./enFund";
import { MAX_YEAR, MIN_YEAR } from "../../engine/fields/fieldTable";
import type { PaneStrings } from "./strings";
import { EN_WORK } from "./enWork";

/** English texts. */
export const EN: PaneStrings = {
  lang: "en",
  htmlLang: "en",
  title: "SINV – social investments",
  errorTitle: "Error",
  officeJsMissing: "office.js could not be loaded, so the pane cannot talk to Excel.",
  outsideOfficeTitle: "Outside Excel",
  outsideOffice: "The pane is running outside Office and cannot read a workbook. The preview shows the same pane against a worked example in memory.",
  previewLink: "Open the preview",
  yes: "Yes",
  no: "No",
  remove: "Remove",
  dash: "–",
  kr: "kr",
  millions: "MSEK",
  work: EN_WORK,
  fund: EN_FUND,

  tabs: { label: "Journeys", application: "Application", scenarios: "Scenarios", followUp: "Follow-up" },

  results: {
    heading: "Results",
    totalCost: "Total cost (fund)",
    savingsWindow: (years) => `Savings within ${years} years after the end year`,
    ratio: "Savings / cost",
    approved: "Approved (savings ≥ cost)",
    payback: "Payback year",
    notReached: "Not reached",
    breakEven: "Break-even factor (× all planned shares)",
    breakEvenShare: (effect) => `Break-even share of the target group: ${effect}`,
    breakEvenNone: "None (savings are 0)",
    plannedRepayment: "Planned repayment (cost + fee)",
    repaymentByDepartment: "Planned repayment per department",
    noRepaymentModel: "The rule set has no repayment.",
    cannotEvaluate: "The calculation cannot be made",
    fieldsInvalid: (n) => `${n === 1 ? "One field has" : `${n} fields have`} an error and are not counted. Nothing is written to the workbook until the errors are fixed.`
  },

  chart: {
    title: "Cumulative savings against cost",
    cumulativeSavings: "Cumulative savings",
    cumulativeCost: "Cumulative cost",
    paybackMarker: (year) => `Paid back ${year}`,
    describe: ({ first, last, savings, cost, payback }) =>
      `Line chart ${first}–${last}: cumulative savings reach ${savings} and cumulative cost ${cost}; ` +
      (payback === null ? "savings never reach the cost." : `savings reach the cost in ${payback}.`)
  },

  form: {
    heading: "The investment",
    newInvestment: "New investment",
    newInvestmentHint: "Starts again with an empty form. The workbook is not changed.",
    name: "Name",
    startYear: "Start year",
    endYear: "End year",
    rules: "Rules",
    departments: "Departments (committees)",
    departmentName: "Department",
    departmentArea: "Area",
    addDepartment: "Add department",
    partners: "Civil-society actors and municipal companies",
    partnerName: "Actor",
    partnerKind: "Kind",
    addPartner: "Add actor",
    partnerKinds: { association: "Association", foundation: "Foundation", cooperative: "Cooperative", municipalCompany: "Municipal company", other: "Other" },
    eligibilityHeading: "Eligibility",
    eligibilityRules: { collaboration: "Collaboration", duration: "Duration", newPerYear: "New investments per year" },
    fulfilled: "Met",
    notFulfilled: "Not met",
    newDepartmentName: (n) => `Department ${n}`
  },

  costs: {
    heading: "Cost calculation",
    description: "Cost line",
    department: "Department",
    financing: "Financing",
    fund: "Fund",
    cofinancing: "Co-financing",
    amount: (year) => `Amount ${year} (kr)`,
    add: "Add cost line",
    newLine: (n) => `Cost ${n}`,
    staffLine: (description, total) => `${description}: staff as in the table, ${total} in total`,
    yearsCapped: (shown) => `Showing the first ${shown} years of the period.`
  },

  groups: {
    heading: "Target groups",
    name: "Target group",
    volume: (year) => `New individuals ${year}`,
    add: "Add target group",
    newGroup: (n) => `Target group ${n}`
  },

  effects: {
    heading: "Effects",
    name: "Effect",
    group: "Target group",
    department: "Department that saves",
    share: "Share that avoids the cost (%)",
    duration: "Duration (years)",
    lag: "Lag (years)",
    add: "Add effect",
    newEffect: (n) => `Effect ${n}`,
    removeEffect: (name) => `Remove the effect ${name}`
  },

  picker: {
    label: "Unit cost",
    placeholder: "Search by code or description",
    noMatch: "No unit cost matches the search.",
    details: ({ unit, priceYear, payer, source, cost }) => `${cost} ${unit} · price year ${priceYear} · payer ${payer} · source: ${source || "missing"}`,
    missingCode: (code) => `The unit cost ${code} is not among the unit costs read. Choose another or add it to the table.`,
    chooseCode: "Choose a unit cost.",
    empty: "No unit costs have been read: read the unit-cost table or insert the example table."
  },

  validation: {
    required: "The field must not be empty.",
    notNumber: (text) => `“${text}” is not a number. Write for example 12500 or 0.3.`,
    ambiguous: (text) => `“${text}” can be read two ways. Write numbers without a thousands comma (98912) or with one or two decimals (98.9).`,
    negative: "Must not be negative.",
    notWhole: "Must be a whole number.",
    yearRange: `Enter a year between ${MIN_YEAR} and ${MAX_YEAR}.`,
    percentAbove: (max) => `The share can be at most ${max} %.`,
    atMost: (max) => `Must be at most ${max}.`
  },

  tables: {
    heading: "Inputs from the workbook",
    reread: "Re-read the tables",
    reading: "Reading the workbook …",
    readSummary: (tables, problems) => `${tables} tables read, ${problems === 0 ? "no problems" : problems === 1 ? "1 problem" : `${problems} problems`}`,
    noInputs: "The workbook has no SINV tables yet. Fill in the investment here and create the workbook, as a new one or in this workbook.",
    rows: (n) => (n === 1 ? "1 row" : `${n} rows`),
    missing: "missing",
    problemsHeading: (n) => (n === 1 ? "1 problem in the tables" : `${n} problems in the tables`),
    problemAt: (where, row) => (row > 0 ? `${where}, row ${row}` : where),
    showCell: "Show the cell",
    showCellLabel: (address) => `Show the cell ${address}`,
    noUnitCostTable: "The workbook has no unit-cost table (SINV_Enhetskostnader).",
    insertExample: "Insert an example unit-cost table",
    exampleSheet: "Unit costs (example)",
    exampleNote:
      "EXAMPLE: unit costs from SINV's example data (assets/data/unit_costs.csv) with sources. Check every amount against your municipality's own figures before using it in an application.",
    exampleInserted: (sheet, table) => `The example table is on the new sheet ${sheet} (table ${table}). Nothing else was changed.`,
    emptyTable: (table) => `The table ${table} is empty: fill in at least one row.`,
    readFailedTitle: "The workbook could not be read",
    eventsFailedTitle: "Changes are not followed automatically",
    insertFailedTitle: "The example table could not be inserted",
    selectFailedTitle: "The cell could not be shown"
  },

  generate: {
    heading: "The application workbook",
    createNew: "Create workbook",
    insertHere: "Insert into this workbook",
    steps: {
      validating: "Checking the inputs",
      building: "Building the workbook's twelve sheets",
      writing: "Writing the xlsx file",
      sending: "Sending the workbook to Excel"
    },
    progressLabel: "Progress",
    doneNew: "Done: the workbook was opened as a new workbook.",
    doneInsert: (sheets) => `Done: the sheets ${sheets} were added. Nothing existing was overwritten.`,
    renamed: (list) => `Names that already existed got a suffix: ${list}.`,
    invalidTitle: "The inputs are not valid – nothing was written",
    failedTitle: "The workbook could not be created",
    blocked: "Fix the fields marked with errors first; nothing is written to the workbook until the inputs are valid."
  },

  scenarios: {
    heading: "Scenario",
    shareFactor: "Effect share ×",
    volumeFactor: "Volumes ×",
    unitCostFactor: "Unit costs ×",
    discountRate: "Discount rate (%)",
    includeDuring: "Count savings during the investment",
    baseYear: "Base year for present values",
    baseYearHint: (startYear) => `If not chosen: the start year ${startYear}.`,
    reset: "Reset to the calculation",
    breakEvenHeading: "Break-even",
    breakEvenOne: ({ pct, group, what, assumed }) => `The investment pays back if at least ${pct} of the target group (${group}) avoids ${what}. The calculation assumes ${assumed}.`,
    breakEvenMany: ({ factor, list }) => `The investment pays back if every effect share reaches at least the break-even factor ${factor} times the calculation's assumption, that is if at least ${list}.`,
    breakEvenPart: ({ pct, group, what, assumed }) => `${pct} of the target group (${group}) avoid ${what} (the calculation assumes ${assumed})`,
    breakEvenNone: "Savings are zero or negative: no share makes the investment pay back.",
    breakEvenImpossible: ({ pct, group }) => `The investment does not pay back even if the whole target group (${group}) avoids the cost: it would take ${pct}.`,
    namedHeading: "Named scenarios",
    scenarioName: "Scenario name",
    save: "Save scenario",
    saved: (name) => `The scenario ${name} was saved in the workbook.`,
    none: "No saved scenarios yet. They are saved in the workbook and travel with the file.",
    use: "Use",
    inUse: "In use",
    deleteScenario: (name) => `Remove the scenario ${name}`,
    nameRequired: "Give the scenario a name.",
    writeParameters: "Write to Parameters",
    written: (cells) => `Wrote ${cells}. The workbook's formulas now use the scenario.`,
    saveFailedTitle: "The scenarios could not be saved",
    loadFailedTitle: "The saved scenarios could not be read",
    writeFailedTitle: "The parameters could not be written",
    compareHeading: "Comparison",
    current: "Current",
    compareChartTitle: "Cost and savings per scenario",
    compareDescribe: (list) => `Bar chart, cost and savings per scenario: ${list}.`,
    settingsSummary: ({ share, volume, unitCost, rate, base, during }) => `share ×${share}, volume ×${volume}, unit cost ×${unitCost}, rate ${rate}${base === "" ? "" : ` to base year ${base}`}${during}`
  },

  followUp: {
    heading: "Outcome",
    intro: "Enter actual volumes and shares, or read them from the workbook's follow-up tables. Empty fields count as planned.",
    actualVolumes: "Actual volumes (new individuals per year)",
    actualVolume: (group, year) => `${group} ${year}`,
    actualShare: (effect) => `Actual share: ${effect} (%)`,
    planned: "Planned",
    actual: "Actual",
    variance: "Variance",
    resetActuals: "Reset to planned",
    comparisonHeading: "Actual against planned",
    byEffect: "Per effect (within the window)",
    byDepartment: "Per department (within the window)",
    byYear: "Per year",
    effect: "Effect",
    department: "Department",
    year: "Year",
    plannedRepayment: "Planned repayment",
    actualRepayment: "Repayment after risk sharing",
    riskRule: (floor, fee) =>
      `Risk sharing: a department repays at most what the effects actually generated (up to the cost + ${fee} fee), but never less than ${floor} of its part of the cost.`,
    noRepayment: "The rule set has no repayment, so there is no risk sharing.",
    chartTitle: "Savings per year: planned and actual",
    chartDescribe: ({ first, last, planned, actual }) => `Bar chart ${first}–${last}: planned savings ${planned} in total, actual ${actual} in total.`,
    cannotFollowUp: "The follow-up cannot be calculated",
    writeActuals: "Write outcomes to the workbook",
    actualsWritten: (cells) => `Wrote ${cells} ${cells === 1 ? "cell" : "cells"} in the follow-up tables. The follow-up sheet now uses the outcomes.`,
    writeActualsFailedTitle: "The outcomes could not be written"
  },

  preview: {
    title: "Preview without Excel",
    intro: "The same pane and the same engine as in Excel, against a workbook in memory holding the worked example (school attendance). Everything the pane writes stays in memory.",
    sheetsHeading: "The workbook's sheets (read-only view)",
    formulaNote: "Formula cells (ƒ) show the value the engine computed when the workbook was built; they are not recalculated here.",
    loadFailed: "The example could not be loaded",
    sheetTabs: "Sheets",
    formulaTitle: (formula) => `Formula: =${formula}`,
    empty: "The sheet is empty.",
    trueText: "TRUE",
    falseText: "FALSE"
  }
};
