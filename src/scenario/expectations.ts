/**
 * What a field expects, in words, and the markers the schema uses to point at them.
 * The schema gives each check a marker (`§share`) as its zod message; the issue formatter
 * turns the marker into these words. One catalogue, both languages.
 */

/** Every kind of value the scenario format expects, described in Swedish and English. */
export const EXPECTATIONS = {
  year: { sv: "ett helt årtal 1900–2200", en: "a whole year 1900–2200" },
  yearKey: { sv: 'ett årtal 1900–2200 som nyckel, t.ex. "2017"', en: 'a year 1900–2200 as the key, e.g. "2017"' },
  amount: { sv: "ett belopp i kronor, ett tal ≥ 0", en: "an amount in kronor, a number ≥ 0" },
  nonNegative: { sv: "ett tal ≥ 0", en: "a number ≥ 0" },
  share: { sv: "en andel mellan 0 och 1 (0.3 betyder 30 %)", en: "a share between 0 and 1 (0.3 means 30 %)" },
  shareBelowOne: { sv: "en andel från 0 till under 1 (0.1 betyder 10 %)", en: "a share from 0 up to, not including, 1 (0.1 means 10 %)" },
  overhead: { sv: "en andel mellan 0 och 2 (0.4015 betyder 40,15 %)", en: "a share between 0 and 2 (0.4015 means 40.15 %)" },
  wholeNonNegative: { sv: "ett heltal ≥ 0", en: "a whole number ≥ 0" },
  rate: { sv: "en förändring som andel, större än −1 (0.028 betyder 2,8 %)", en: "a rate as a share, greater than −1 (0.028 means 2.8 %)" },
  months: { sv: "ett antal månader 0–12", en: "a number of months 0–12" },
  factor: { sv: "en faktor ≥ 0 (1 betyder oförändrat)", en: "a factor ≥ 0 (1 means unchanged)" },
  text: { sv: "text som inte är tom", en: "non-empty text" },
  freeText: { sv: "text (får vara tom)", en: "text (may be empty)" },
  boolean: { sv: "true eller false", en: "true or false" },
  format: { sv: 'texten "sinv-scenario/1"', en: 'the text "sinv-scenario/1"' },
  amountsOrStaff: {
    sv: "belopp per år (amounts) eller ett personalunderlag (staff)",
    en: "amounts per year (amounts) or a staff basis (staff)"
  }
} as const;

/** A kind of expected value. */
export type ExpectationKey = keyof typeof EXPECTATIONS;

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
export function expectationOfMessage(message: string): { readonly sv: string; readonly en: string } | undefined {
  if (!message.startsWith(MARK)) return undefined;
  const key = message.slice(MARK.length);
  return Object.prototype.hasOwnProperty.call(EXPECTATIONS, key) ? EXPECTATIONS[key as ExpectationKey] : undefined;
}
