/**
 * What a value is, said in words for a message ("the text "0,3"", "a list of 2 items").
 * Never throws, whatever the value.
 */

import { firstBadCharacter } from "../engine/fields/textCharacters";

const MAX_TEXT = 40;

/** JSON's quoting, with the invisible characters JSON leaves as they are (U+007F–U+009F, U+FFFE, U+FFFF) escaped too. */
function quoted(text: string): string {
  const short = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
  return JSON.stringify(short).replace(/[\u007f-\u009f\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Where a text holds a character no cell can: " (U+0007 på plats 3)". */
function badCharacterNote(text: string): { readonly sv: string; readonly en: string } {
  const bad = firstBadCharacter(text);
  return bad ? { sv: ` (${bad.code} på plats ${bad.position})`, en: ` (${bad.code} at position ${bad.position})` } : { sv: "", en: "" };
}

/**
 * Describes a value found in a file, in Swedish and English.
 *
 * @example
 * describeValue("0,3").sv;   // 'texten "0,3"'
 * describeValue(1.5).en;     // "the number 1.5"
 * describeValue([1, 2]).en;  // "a list of 2 items"
 * describeValue(undefined).sv; // "ingenting (fältet saknas)"
 * describeValue("A\uFFFE").en; // 'the text "A\\ufffe" (U+FFFE at position 2)'
 */
export function describeValue(value: unknown): { readonly sv: string; readonly en: string } {
  try {
    if (value === undefined) return { sv: "ingenting (fältet saknas)", en: "nothing (the field is missing)" };
    if (value === null) return { sv: "null", en: "null" };
    if (typeof value === "string") {
      const note = badCharacterNote(value);
      return value.trim() === ""
        ? { sv: `tom text ${quoted(value)}${note.sv}`, en: `empty text ${quoted(value)}${note.en}` }
        : { sv: `texten ${quoted(value)}${note.sv}`, en: `the text ${quoted(value)}${note.en}` };
    }
    if (typeof value === "number") return { sv: `talet ${String(value)}`, en: `the number ${String(value)}` };
    if (typeof value === "boolean") return { sv: `sanningsvärdet ${String(value)}`, en: `the boolean ${String(value)}` };
    if (Array.isArray(value)) {
      const n = value.length;
      return n === 0 ? { sv: "en tom lista", en: "an empty list" } : { sv: `en lista med ${n} element`, en: `a list of ${n} item${n === 1 ? "" : "s"}` };
    }
    if (typeof value === "object") return { sv: "ett objekt { … }", en: "an object { … }" };
    return { sv: `ett värde av typen ${typeof value}`, en: `a value of type ${typeof value}` };
  } catch {
    return { sv: "ett oläsbart värde", en: "an unreadable value" };
  }
}
