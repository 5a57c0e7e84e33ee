/**
 * Errors of the workbook layer (writing to Excel, reading tables), in Swedish and
 * English. The task pane shows `text(lang)`; `message` carries both languages.
 */

/** A language the add-in speaks. */
export type WorkbookLang = "sv" | "en";

/** Every message of the workbook layer; `{name}` is replaced by a parameter. */
export const WORKBOOK_MESSAGES = {
  notInExcel: {
    sv: "Excel är inte tillgängligt: panelen körs utanför Office.",
    en: "Excel is not available: the pane is running outside Office."
  },
  apiMissing: {
    sv: "Den här versionen av Excel saknar {feature} (kräver ExcelApi {version}). Uppdatera Excel eller välj att öppna kalkylen som en ny arbetsbok.",
    en: "This version of Excel lacks {feature} (requires ExcelApi {version}). Update Excel or choose to open the workbook as a new workbook."
  },
  tooLarge: {
    sv: "Arbetsboken är för stor för att skickas till Excel: {size} MB, men högst {limit} MB får skickas åt gången. Minska antalet rader eller år.",
    en: "The workbook is too large to send to Excel: {size} MB, but at most {limit} MB can be sent at a time. Reduce the number of rows or years."
  },
  openFailed: {
    sv: "Arbetsboken kunde inte öppnas i Excel: {reason}",
    en: "The workbook could not be opened in Excel: {reason}"
  },
  insertFailed: {
    sv: "Bladen kunde inte infogas i arbetsboken: {reason} Arbetsboken är återställd: de infogade bladen och namnen är borttagna.",
    en: "The sheets could not be inserted into the workbook: {reason} The workbook has been restored: the inserted sheets and names were removed."
  },
  rollbackFailed: {
    sv: "Bladen kunde inte infogas ({reason}) och arbetsboken kunde inte återställas ({rollback}). Ta bort bladen {sheets} och namnen {names} för hand.",
    en: "The sheets could not be inserted ({reason}) and the workbook could not be restored ({rollback}). Delete the sheets {sheets} and the names {names} by hand."
  },
  readFailed: {
    sv: "Tabellerna kunde inte läsas: {reason}",
    en: "The tables could not be read: {reason}"
  },
  parametersMissing: {
    sv: "Namnet {name} (parameterblocket på bladet Parametrar) finns inte i arbetsboken. Skapa arbetsboken med SINV först.",
    en: "The name {name} (the parameter block on the Parameters sheet) is not in the workbook. Create the workbook with SINV first."
  },
  parameterNotFound: {
    sv: "Parameterblocket saknar raderna {labels}; inget skrevs. Har etiketterna i kolumn A ändrats?",
    en: "The parameter block lacks the rows {labels}; nothing was written. Have the labels in column A been changed?"
  },
  tableMissing: {
    sv: "Tabellen {table} finns inte i arbetsboken. Skapa arbetsboken med SINV först.",
    en: "The table {table} is not in the workbook. Create the workbook with SINV first."
  },
  tableCellsNotFound: {
    sv: "Tabellen {table} saknar {missing}; inget skrevs. Har rader eller rubriker ändrats?",
    en: "The table {table} lacks {missing}; nothing was written. Have rows or headers been changed?"
  },
  writeFailed: {
    sv: "Värdena kunde inte skrivas till arbetsboken: {reason} Inget har ändrats: cellerna har sitt tidigare innehåll.",
    en: "The values could not be written to the workbook: {reason} Nothing has changed: the cells have their previous contents."
  },
  writeRollbackFailed: {
    sv: "Värdena kunde inte skrivas ({reason}) och cellernas tidigare innehåll kunde inte återställas ({rollback}). Kontrollera cellerna {cells}.",
    en: "The values could not be written ({reason}) and the cells' previous contents could not be restored ({rollback}). Check the cells {cells}."
  },
  formulaInCell: {
    sv: "Cellen {cell} i tabellen {table} (raden {row}, kolumnen {column}) innehåller formeln {formula}; inget skrevs. Ta bort formeln eller skriv värdet för hand.",
    en: "The cell {cell} of the table {table} (row {row}, column {column}) holds the formula {formula}; nothing was written. Remove the formula or enter the value by hand."
  },
  tableChanged: {
    sv: "Tabellen {table} ändrades medan värdena skrevs; inget har ändrats. Försök igen.",
    en: "The table {table} changed while the values were being written; nothing has changed. Try again."
  },
  sheetMissing: {
    sv: "Bladet {sheet} finns inte i arbetsboken.",
    en: "The sheet {sheet} is not in the workbook."
  },
  selectFailed: {
    sv: "Cellen {sheet}!{address} kunde inte markeras: {reason}",
    en: "The cell {sheet}!{address} could not be selected: {reason}"
  },
  settingsFailed: {
    sv: "Scenarierna kunde inte sparas i arbetsboken: {reason} De tidigare sparade scenarierna gäller.",
    en: "The scenarios could not be saved in the workbook: {reason} The scenarios saved before still apply."
  },
  settingsRollbackFailed: {
    sv: "Scenarierna kunde inte sparas ({reason}) och de tidigare sparade kunde inte återställas ({rollback}). Spara scenarierna igen.",
    en: "The scenarios could not be saved ({reason}) and the ones saved before could not be restored ({rollback}). Save the scenarios again."
  },
  scenariosUnreadable: {
    sv: "De sparade scenarierna i arbetsboken kan inte läsas: {reason}",
    en: "The scenarios saved in the workbook cannot be read: {reason}"
  },
  eventsFailed: {
    sv: "Panelen kan inte följa ändringar i tabellerna: {reason} Läs om tabellerna för hand efter ändringar.",
    en: "The pane cannot follow changes to the tables: {reason} Re-read the tables by hand after changes."
  },
  insertTableFailed: {
    sv: "Tabellen kunde inte infogas: {reason} Inget har ändrats i arbetsboken.",
    en: "The table could not be inserted: {reason} Nothing in the workbook has changed."
  },
  pdfUnsupported: {
    sv: "Excel kan inte lämna ut arbetsboken som PDF här. Skriv ut med Arkiv → Skriv ut, eller spara som PDF med Arkiv → Exportera.",
    en: "Excel cannot hand out the workbook as PDF here. Print with File → Print, or save as PDF with File → Export."
  },
  pdfFailed: {
    sv: "Arbetsboken kunde inte sparas som PDF: {reason}",
    en: "The workbook could not be saved as PDF: {reason}"
  },
  insertLinksBroken: {
    sv: "Excel gjorde om tabellreferenser i de infogade bladen till länkar till en annan arbetsbok, och de gick inte att rätta ({cells}).",
    en: "Excel turned table references in the inserted sheets into links to another workbook, and they could not be corrected ({cells})."
  },
  insertUncertain: {
    sv: "Bladen kunde inte infogas: {reason} Excel kan ha lagt till bladen {sheets} innan felet; de togs inte bort eftersom de inte säkert kommer från SINV. Kontrollera dem och ta bort dem som inte är dina.",
    en: "The sheets could not be inserted: {reason} Excel may have added the sheets {sheets} before the failure; they were not removed because they may not come from SINV. Check them and delete those that are not yours."
  },
  rebuildUnexplained: {
    sv: "Arbetsboken byggs inte om: de genererade bladen innehåller sådant som SINV inte skrivit ({cells}). Flytta det till ett eget blad, eller välj Infoga.",
    en: "The workbook is not rebuilt: the generated sheets hold content SINV did not write ({cells}). Move it to a sheet of your own, or choose Insert."
  },
  rebuildReferenced: {
    sv: "Arbetsboken byggs inte om: formler eller namn utanför de genererade bladen hänvisar till dem ({cells}) och skulle gå sönder. Ta bort hänvisningarna, eller välj Infoga.",
    en: "The workbook is not rebuilt: formulas or names outside the generated sheets refer to them ({cells}) and would break. Remove the references, or choose Insert."
  },
  rebuildUnreadable: {
    sv: "Arbetsboken byggs inte om: dess egna indata kan inte läsas ({problems}). Rätta tabellerna först.",
    en: "The workbook is not rebuilt: its own inputs cannot be read ({problems}). Correct the tables first."
  },
  rebuildFundCopy: {
    sv: "Fondbladen uppdateras inte på plats: panelen läser en kopia av dem ({register}), infogad tidigare. Lägg in en ny kopia, eller ta bort kopiorna och läs fondregistret igen.",
    en: "The fund's sheets are not updated in place: the pane reads a copy of them ({register}), inserted earlier. Insert a new copy, or delete the copies and read the fund register again."
  },
  rebuildFailed: {
    sv: "Arbetsboken kunde inte byggas om: {reason} Arbetsboken är återställd: de gamla bladen, tabellerna och namnen är som förut.",
    en: "The workbook could not be rebuilt: {reason} The workbook has been restored: the old sheets, tables and names are as before."
  },
  rebuildRollbackFailed: {
    sv: "Arbetsboken kunde inte byggas om ({reason}) och kunde inte återställas ({rollback}). De gamla bladen finns kvar som {sheets}; byt tillbaka namnen för hand.",
    en: "The workbook could not be rebuilt ({reason}) and could not be restored ({rollback}). The old sheets are still there as {sheets}; rename them back by hand."
  },
  rebuildCleanupFailed: {
    sv: "Bladen är ombyggda, men de gamla bladen kunde inte tas bort ({reason}). De ligger dolda som {sheets}; inget har gått förlorat. Ta bort dem när du vill.",
    en: "The sheets are rebuilt, but the old sheets could not be deleted ({reason}). They are hidden as {sheets}; nothing is lost. Delete them when you wish."
  },
  appendBlocked: {
    sv: "Raderna kunde inte läggas till i tabellen {table}: cellerna under den är inte tomma ({cells}); inget skrevs.",
    en: "The rows could not be added to the table {table}: the cells below it are not empty ({cells}); nothing was written."
  },
  appendFailed: {
    sv: "Raderna kunde inte läggas till i tabellen {table}: {reason} Tabellen är som förut.",
    en: "The rows could not be added to the table {table}: {reason} The table is as before."
  },
  insertTableRollbackFailed: {
    sv: "Tabellen kunde inte infogas ({reason}) och det nya bladet kunde inte tas bort ({rollback}). Ta bort bladet {sheet} för hand.",
    en: "The table could not be inserted ({reason}) and the new sheet could not be removed ({rollback}). Delete the sheet {sheet} by hand."
  }
} as const;

/** The kind of a workbook error. */
export type WorkbookErrorKind = keyof typeof WORKBOOK_MESSAGES;

function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** An error of the workbook layer, with its text in both languages. */
export class WorkbookError extends Error {
  readonly kind: WorkbookErrorKind;
  readonly sv: string;
  readonly en: string;
  readonly cause?: unknown;

  constructor(kind: WorkbookErrorKind, params: Readonly<Record<string, string | number>> = {}, cause?: unknown) {
    const sv = fill(WORKBOOK_MESSAGES[kind].sv, params);
    const en = fill(WORKBOOK_MESSAGES[kind].en, params);
    super(`${sv} / ${en}`);
    this.name = "WorkbookError";
    this.kind = kind;
    this.sv = sv;
    this.en = en;
    if (cause !== undefined) this.cause = cause;
  }

  /**
   * The message in one language.
   *
   * @example
   * new WorkbookError("notInExcel").text("en"); // "Excel is not available: the pane is running outside Office."
   */
  text(lang: WorkbookLang): string {
    return lang === "sv" ? this.sv : this.en;
  }
}

/**
 * A short reason from anything thrown (an Office.js error's message, an Error, a value),
 * ending with a full stop so it can stand inside a sentence.
 *
 * @example
 * reasonOf(new Error("GeneralException")); // "GeneralException."
 */
export function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === "object" && error !== null && "message" in error ? String((error as { message: unknown }).message) : String(error);
  const trimmed = text.trim() || "okänt fel / unknown error";
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
