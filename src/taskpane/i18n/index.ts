/**
 * The task pane's one translation layer: the texts of both languages, the choice of
 * language, picking one language from a bilingual message, and the text of any error.
 * Swedish is the default; English when Office's display language is English.
 */
import { EN } from "./en";
import type { PaneLanguage, PaneStrings } from "./strings";
import { SV } from "./sv";

export type { GenerateStep, PaneLanguage, PaneStrings } from "./strings";

/** The translation table: one entry per language, the same keys in each. */
export const TRANSLATIONS: Readonly<Record<PaneLanguage, PaneStrings>> = { sv: SV, en: EN };

/**
 * Chooses the pane's language from Office's display language (or the preview's `?lang=`).
 *
 * @param displayLanguage - `Office.context.displayLanguage`, e.g. "sv-SE" or "en-US";
 *   null or undefined outside Office.
 * @returns "en" when the display language starts with "en" (any case), otherwise "sv".
 *
 * @example
 * paneLanguage("en-GB"); // "en"
 * paneLanguage("fi-FI"); // "sv"
 */
export function paneLanguage(displayLanguage: string | null | undefined): PaneLanguage {
  return typeof displayLanguage === "string" && displayLanguage.toLowerCase().startsWith("en") ? "en" : "sv";
}

/**
 * The texts for a language.
 *
 * @example
 * paneStrings("en").tabs.scenarios; // "Scenarios"
 */
export function paneStrings(language: PaneLanguage): PaneStrings {
  return TRANSLATIONS[language];
}

/**
 * One language of a message that comes in both (engine, scenario and workbook messages).
 *
 * @example
 * inLanguage("en", { sv: "Fel", en: "Error" }); // "Error"
 */
export function inLanguage(lang: PaneLanguage, message: { readonly sv: string; readonly en: string }): string {
  return lang === "en" ? message.en : message.sv;
}

function bilingual(value: unknown): { sv: string; en: string } | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const m = value as { sv?: unknown; en?: unknown };
  return typeof m.sv === "string" && typeof m.en === "string" ? { sv: m.sv, en: m.en } : undefined;
}

/**
 * The text of anything thrown or returned as an error, in the pane's language when the
 * error carries both languages (workbook errors, engine errors, scenario issues),
 * otherwise its message, the string itself, or its JSON form. Never empty.
 *
 * @example
 * errorText(new WorkbookError("notInExcel"), "en"); // "Excel is not available: the pane is running outside Office."
 * errorText(new Error("boom"), "sv");                // "boom"
 * errorText({ code: 7 }, "sv");                      // '{"code":7}'
 */
export function errorText(error: unknown, lang: PaneLanguage): string {
  const both = bilingual(error);
  if (both) return inLanguage(lang, both);
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === "string" && error !== "") return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}
