/**
 * Which fields must be filled in, derived from the engine's field table: a text field of
 * kind "text" (non-empty text) is required, "freeText" may be empty.
 */
import { FIELDS } from "../../engine/fields/fieldTable";
import type { FieldEntry } from "../../engine/fields/fieldTable";

const REQUIRED: ReadonlySet<string> = new Set(
  (Object.values(FIELDS) as readonly FieldEntry[]).flatMap((f) => (f.type === "text" && f.kind !== "freeText" ? (f.at ?? []) : []))
);

/**
 * Whether the field at a scenario-file path must hold something.
 *
 * @example
 * isRequired("investment.name");                 // true
 * isRequired("investment.departments[].area");   // true
 * isRequired("notes[]");                         // false (free text)
 */
export function isRequired(at: string): boolean {
  return REQUIRED.has(at);
}
