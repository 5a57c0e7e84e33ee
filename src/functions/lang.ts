import type { Lang } from "../engine/errors";

/**
 * The language of the user's Office: English when Office's display language is English,
 * Swedish otherwise (and outside Office).
 *
 * @example
 * langFromLocale("en-US"); // "en"
 * langFromLocale("sv-SE"); // "sv"
 */
export function langFromLocale(locale: string | undefined | null): Lang {
  return typeof locale === "string" && locale.toLowerCase().startsWith("en") ? "en" : "sv";
}

/**
 * The display language Office reports, read defensively (undefined outside Office).
 *
 * @example
 * officeLang(); // "sv" in Node tests
 */
export function officeLang(): Lang {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  let locale: string | undefined;
  try {
    locale = office?.context?.displayLanguage;
  } catch {
    locale = undefined;
  }
  return langFromLocale(locale);
}
