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
  }
};
