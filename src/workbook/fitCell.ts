import { MAX_TEXT_LENGTH } from "../engine/fields/fieldTable";

/**
 * A text the workbook composes from several fields (the overview's list of departments,
 * "… (effect name)") can pass a cell's 32 767 characters although each field keeps within
 * them; Excel would call such a file damaged. Decided here: such a composed text is cut to
 * fit and ends in "…" (a display cell; the fields themselves stand whole in their tables,
 * and a single field over the limit is refused by the field table).
 */

/**
 * The text as a cell holds it: unchanged when it fits, otherwise cut (never inside a
 * surrogate pair) and ended with "…", at most 32 767 characters in all.
 *
 * @example
 * fitCell("Socialnämnden (Social välfärd)"); // unchanged
 * fitCell("x".repeat(40000)).length;          // 32767
 * fitCell("x".repeat(40000)).endsWith("…");   // true
 */
export function fitCell(text: string): string {
  if (text.length <= MAX_TEXT_LENGTH) return text;
  let end = MAX_TEXT_LENGTH - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // keep the pair whole: drop its first half too
  return `${text.slice(0, end)}…`;
}
