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
    missing: ({ cost, effect }) => `Assessed once the calculation has ${cost && effect ? "a cost and at least one effect" : cost ? "a cost above 0 kr" : "at least one effect"}.`
  },
  errors: {
    listLabel: "Fields with errors",
    goTo: (label) => `Go to the field ${label}`
  }
};
