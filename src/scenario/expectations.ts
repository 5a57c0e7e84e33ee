import type { Words } from "../engine/fields/fieldSpec";
import type { FieldName } from "../engine/fields/fieldTable";
import { FIELDS, MAX_YEAR, MIN_YEAR } from "../engine/fields/fieldTable";

/**
 * What a check of the scenario format expects, in words, and the markers the schema uses
 * to point at them. The schema gives each check a marker (`§share`) as its zod message;
 * the issue formatter turns the marker into words. A field's words are the field table's
 * (engine/fields); the few checks that are not a field's (the format tag, a year as a key,
 * amounts or staff) are here.
 */

/** The expectations that are not a field's, described in Swedish and English. */
export const EXPECTATIONS = {
  yearKey: { sv: `ett årtal ${MIN_YEAR}–${MAX_YEAR} som nyckel, t.ex. "2017"`, en: `a year ${MIN_YEAR}–${MAX_YEAR} as the key, e.g. "2017"` },
  format: { sv: 'texten "sinv-scenario/1"', en: 'the text "sinv-scenario/1"' },
  optimismBiasCount: {
    sv: "en lista med sex korrigeringar, en per konfidensbetyg 1–6",
    en: "a list of six corrections, one per confidence grade 1–6"
  },
  amountsOrStaff: {
    sv: "belopp per år (amounts) eller ett personalunderlag (staff)",
    en: "amounts per year (amounts) or a staff basis (staff)"
  }
} as const satisfies Readonly<Record<string, Words>>;

/** A kind of expected value: one of {@link EXPECTATIONS} or a field of the table. */
export type ExpectationKey = keyof typeof EXPECTATIONS | FieldName;

const MARK = "§";

/**
 * The marker the schema puts in a zod message for an expectation.
 *
 * @example
 * expectationMarker("share"); // "§share"
 */
export function expectationMarker(key: ExpectationKey): string {
  return `${MARK}${key}`;
}

/**
 * The expectation a zod message marks, if it is a marker.
 *
 * @example
 * expectationOfMessage("§share")?.en; // "a share between 0 and 1 (0.3 means 30 %)"
 * expectationOfMessage("Invalid input"); // undefined
 */
export function expectationOfMessage(message: string): Words | undefined {
  if (!message.startsWith(MARK)) return undefined;
  const key = message.slice(MARK.length);
  if (Object.prototype.hasOwnProperty.call(EXPECTATIONS, key)) return EXPECTATIONS[key as keyof typeof EXPECTATIONS];
  return Object.prototype.hasOwnProperty.call(FIELDS, key) ? FIELDS[key as FieldName].words : undefined;
}
