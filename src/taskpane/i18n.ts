/**
 * Texts of the task pane in its two languages. Swedish is the default; English is used
 * when Office's display language is English.
 */

/** A language the task pane speaks. */
export type PaneLanguage = "sv" | "en";

/** Every text the task pane shows. */
export interface PaneStrings {
  /** BCP 47 tag for the page's `lang` attribute. */
  readonly htmlLang: string;
  readonly title: string;
  readonly functionsAvailable: string;
  /** Example formulas; function names are the same in every language. */
  readonly examples: readonly string[];
  readonly comingLater: string;
  readonly outsideOfficeTitle: string;
  readonly outsideOffice: string;
  readonly errorTitle: string;
  readonly officeJsMissing: string;
}

const EXAMPLES = ["=SINV.SAVINGS10Y(...)", "=SINV.REPAYMENT(...)"] as const;

/** The translation table: one entry per language, the same keys in each. */
export const TRANSLATIONS: Readonly<Record<PaneLanguage, PaneStrings>> = {
  sv: {
    htmlLang: "sv",
    title: "SINV – sociala investeringar",
    functionsAvailable: "SINV-funktionerna finns nu i arbetsboken, till exempel:",
    examples: EXAMPLES,
    comingLater: "Generatorn för kalkylblad och scenarierna kommer i en senare version.",
    outsideOfficeTitle: "Utanför Excel",
    outsideOffice: "Panelen körs utanför Office. Funktionerna fungerar bara i Excel.",
    errorTitle: "Fel",
    officeJsMissing: "office.js kunde inte laddas, så panelen kan inte prata med Excel."
  },
  en: {
    htmlLang: "en",
    title: "SINV – social investments",
    functionsAvailable: "The SINV functions are now available in the workbook, for example:",
    examples: EXAMPLES,
    comingLater: "The worksheet generator and the scenarios will come in a later version.",
    outsideOfficeTitle: "Outside Excel",
    outsideOffice: "The pane is running outside Office. The functions work only in Excel.",
    errorTitle: "Error",
    officeJsMissing: "office.js could not be loaded, so the pane cannot talk to Excel."
  }
};

/**
 * Chooses the pane's language from Office's display language.
 *
 * @param displayLanguage - `Office.context.displayLanguage`, e.g. "sv-SE" or "en-US";
 *   null or undefined outside Office.
 * @returns "en" when the display language starts with "en" (any case), otherwise "sv".
 */
export function paneLanguage(displayLanguage: string | null | undefined): PaneLanguage {
  return typeof displayLanguage === "string" && displayLanguage.toLowerCase().startsWith("en") ? "en" : "sv";
}

/**
 * The texts for a language.
 *
 * @param language - the pane's language.
 * @returns that language's entry of {@link TRANSLATIONS}.
 */
export function paneStrings(language: PaneLanguage): PaneStrings {
  return TRANSLATIONS[language];
}
