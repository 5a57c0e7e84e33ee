/** The working-day features' texts in Swedish. */
import type { WorkStrings } from "./workStrings";

/** Swedish texts. */
export const SV_WORK: WorkStrings = {
  confirm: {
    overwrite: (name) => `Det finns redan ett scenario som heter ${name}. Ersätta det med de nuvarande inställningarna?`,
    overwriteYes: "Ersätt",
    delete: (name) => `Ta bort scenariot ${name} ur arbetsboken?`,
    deleteYes: "Ta bort",
    newDraft: "Börja om med en tom satsning? Det du har fyllt i här försvinner (arbetsboken ändras inte).",
    newDraftYes: "Börja om",
    cancel: "Avbryt",
    deleted: (name) => `Scenariot ${name} togs bort.`,
    undo: "Ångra"
  },
  summary: {
    label: "Sammanfattning av kalkylen",
    cost: "Kostnad",
    savings: (years) => `Besparing ${years} år`,
    ratio: "Kvot",
    approved: "Godkänd",
    payback: "Återbetald",
    notAssessed: "Ej prövad",
    missing: ({ cost, effect }) => `Prövas när kalkylen har ${cost && effect ? "en kostnad och minst en effekt" : cost ? "en kostnad över 0 kr" : "minst en effekt"}.`
  },
  errors: {
    listLabel: "Fält med fel",
    goTo: (label) => `Gå till fältet ${label}`
  }
};
