/**
 * What a value is, said in words for a message ("the text "0,3"", "a list of 2 items").
 * Never throws, whatever the value.
 */

const MAX_TEXT = 40;

function quoted(text: string): string {
  const short = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
  return JSON.stringify(short);
}

/**
 * Describes a value found in a file, in Swedish and English.
 *
 * @example
 * describeValue("0,3").sv;   // 'texten "0,3"'
 * describeValue(1.5).en;     // "the number 1.5"
 * describeValue([1, 2]).en;  // "a list of 2 items"
 * describeValue(undefined).sv; // "ingenting (fältet saknas)"
 */
export function describeValue(value: unknown): { readonly sv: string; readonly en: string } {
  try {
    if (value === undefined) return { sv: "ingenting (fältet saknas)", en: "nothing (the field is missing)" };
    if (value === null) return { sv: "null", en: "null" };
    if (typeof value === "string") {
      return value.trim() === "" ? { sv: `tom text ${quoted(value)}`, en: `empty text ${quoted(value)}` } : { sv: `texten ${quoted(value)}`, en: `the text ${quoted(value)}` };
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
