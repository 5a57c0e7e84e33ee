/**
 * The pane's words for rebuilding the workbook in place (when the pane's items and the
 * workbook's rows differ) and for adding the missing example unit-cost rows, Swedish and
 * English.
 */
import type { RebuildOutcome, RebuildProposal, TableChange } from "../state/rebuildWorkbook";
import { formatResultKr } from "./format";
import type { PaneLanguage } from "./strings";

/** The texts, one set per language. */
export interface RebuildStrings {
  /** The confirmation: what changes, what stays. */
  readonly question: (proposal: RebuildProposal) => string;
  readonly yes: string;
  readonly done: (outcome: RebuildOutcome) => string;
  readonly failedTitle: string;
  /** The picker's button adding the example rows the workbook's unit-cost table lacks. */
  readonly addExamples: (count: number) => string;
  readonly addExamplesHint: string;
  readonly examplesAdded: (count: number, table: string) => string;
  readonly addExamplesFailedTitle: string;
}

function rows(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Up to five names, then "…". */
function some(names: readonly string[]): string {
  return names.length > 5 ? `${names.slice(0, 5).join(", ")} …` : names.join(", ");
}

function change(c: TableChange, added: (n: number) => string, removed: (n: number) => string): string {
  const parts = [...(c.added.length > 0 ? [`${added(c.added.length)} (${some(c.added)})`] : []), ...(c.removed.length > 0 ? [`${removed(c.removed.length)} (${some(c.removed)})`] : [])];
  return `${c.sheet}: ${parts.join(", ")}`;
}

const SV: RebuildStrings = {
  question: (p) =>
    `Arbetsbokens tabeller har inte satsningens rader, så bladen byggs om. ${p.changes.map((c) => change(c, (n) => rows(n, "ny rad", "nya rader"), (n) => rows(n, "rad tas bort", "rader tas bort"))).join("; ")}; ${rows(p.sheets, "blad byggs om", "blad byggs om")}; ${p.ownSheets > 0 ? `dina egna blad (${p.ownSheets}) berörs inte` : "dina egna blad berörs inte"}. Parametrarna och de sparade scenarierna stannar som de är; går något fel blir arbetsboken som förut. Bygga om?`,
  yes: "Bygg om bladen",
  done: (o) => `Klart: ${rows(o.sheets, "blad", "blad")} byggdes om. Översikt visar nu total kostnad ${formatResultKr(o.totalCost)}, besparing inom tioårsfönstret ${formatResultKr(o.windowSavings)}, godkänd: ${o.approved ? "Ja" : "Nej"}.`,
  failedTitle: "Arbetsboken kunde inte byggas om",
  addExamples: (n) => `Lägg till ${n} ${n === 1 ? "saknad exempelrad" : "saknade exempelrader"}`,
  addExamplesHint: "Lägger till exempeltabellens rader som arbetsbokens enhetskostnadstabell saknar, märkta som exempel med sina källor. Befintliga rader ändras inte.",
  examplesAdded: (n, table) => `Klart: ${rows(n, "exempelrad", "exempelrader")} lades till i ${table}.`,
  addExamplesFailedTitle: "Exempelraderna kunde inte läggas till"
};

const EN: RebuildStrings = {
  question: (p) =>
    `The workbook's tables do not have the investment's rows, so the sheets are rebuilt. ${p.changes.map((c) => change(c, (n) => rows(n, "new row", "new rows"), (n) => rows(n, "row removed", "rows removed"))).join("; ")}; ${rows(p.sheets, "sheet is rebuilt", "sheets are rebuilt")}; ${p.ownSheets > 0 ? `your own sheets (${p.ownSheets}) are not touched` : "your own sheets are not touched"}. The parameters and the saved scenarios stay as they are; if anything fails the workbook is as before. Rebuild?`,
  yes: "Rebuild the sheets",
  done: (o) => `Done: ${rows(o.sheets, "sheet was", "sheets were")} rebuilt. The overview now shows a total cost of ${formatResultKr(o.totalCost)}, savings in the ten-year window of ${formatResultKr(o.windowSavings)}, approved: ${o.approved ? "Yes" : "No"}.`,
  failedTitle: "The workbook could not be rebuilt",
  addExamples: (n) => `Add ${n} missing example ${n === 1 ? "row" : "rows"}`,
  addExamplesHint: "Adds the example table's rows that the workbook's unit-cost table lacks, labelled as examples with their sources. Existing rows are not changed.",
  examplesAdded: (n, table) => `Done: ${rows(n, "example row was", "example rows were")} added to ${table}.`,
  addExamplesFailedTitle: "The example rows could not be added"
};

/** The rebuild's texts by language. */
export const REBUILD_STRINGS: Readonly<Record<PaneLanguage, RebuildStrings>> = { sv: SV, en: EN };
