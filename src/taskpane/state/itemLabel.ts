/** What the pane calls an item of the investment: its name, or while that is empty its place ("Förvaltning 2"), never its internal id. */
import { matchKey } from "../../engine";
import type { PaneStrings } from "../i18n";

/** The lists whose items the pane names. */
export type LabelledList = "departments" | "targetGroups" | "effects" | "costLines";

/** An item with its name (a cost line's description) and id. */
export interface LabelledItem {
  readonly id: string;
  readonly name?: string;
  readonly description?: string;
}

/**
 * The item (matched by the engine's key) by its name, or "Förvaltning 2" (its place in the list) while the name is empty; an
 * id not in the list is named by the id itself (that is what the user typed in the sheet).
 *
 * @example
 * itemLabel(SV, "departments", [{ id: "d1", name: "" }, { id: "d2", name: "" }], "d2"); // "Förvaltning 2"
 * itemLabel(SV, "effects", [{ id: "placement", name: "Undvikna placeringar" }], "placement"); // "Undvikna placeringar"
 */
export function itemLabel(strings: PaneStrings, list: LabelledList, items: readonly LabelledItem[], id: string): string {
  const key = matchKey(id);
  const index = items.findIndex((x) => matchKey(x.id) === key);
  const item = items[index];
  if (item === undefined) return id;
  const text = (list === "costLines" ? item.description : item.name) ?? "";
  if (text.trim() !== "") return text;
  const n = index + 1;
  if (list === "departments") return strings.form.newDepartmentName(n);
  if (list === "targetGroups") return strings.groups.newGroup(n);
  if (list === "effects") return strings.effects.newEffect(n);
  return strings.costs.newLine(n);
}
