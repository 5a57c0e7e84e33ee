/**
 * The uncertainty part's translation table (sv, en). Decided here: a table of its own
 * beside {@link TRANSLATIONS}, not a key of {@link PaneStrings}, so its texts load with the
 * part's chunk and the page's initial JavaScript stays within its 350 KB target.
 */
import { EN_UNCERTAINTY } from "./enUncertainty";
import type { PaneLanguage } from "./strings";
import { SV_UNCERTAINTY } from "./svUncertainty";
import type { UncertaintyStrings } from "./uncertaintyStrings";

/** One entry per language, the same keys in each. */
export const UNCERTAINTY_TRANSLATIONS: Readonly<Record<PaneLanguage, UncertaintyStrings>> = { sv: SV_UNCERTAINTY, en: EN_UNCERTAINTY };

/**
 * The uncertainty texts of a language.
 *
 * @example
 * uncertaintyStrings("en").heading; // "Uncertainty"
 */
export function uncertaintyStrings(lang: PaneLanguage): UncertaintyStrings {
  return UNCERTAINTY_TRANSLATIONS[lang];
}
