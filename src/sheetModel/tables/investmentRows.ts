/**
 * An investment's items as rows of the input tables, by column key: what the generator
 * writes into a new workbook and what "Uppdatera denna arbetsbok" writes into an existing
 * one, so both lay out a department, cost line, target group or effect (and its defaults:
 * quantity 1, no lag, no drop-off, no deadweight, the cohort model) the same way. Years are
 * added by each caller (the generator as columns, the update by header).
 */
import type { CostLine, Department, Effect, TargetGroup } from "../../engine/model";
import type { ACTUAL_COSTS_TABLE, DEPARTMENTS_TABLE, TARGET_GROUPS_TABLE } from "./inputTables";
import { COSTS_TABLE, EFFECTS_TABLE } from "./inputTables";
import type { ColumnKey, LabelOf, TableSpec } from "./tableSpec";
import { tokenText } from "./tableSpec";

/** A table row by column key. */
export type RowOf<S extends TableSpec> = Partial<Record<ColumnKey<S>, string | number | boolean | null>>;

/**
 * @example
 * departmentRow({ id: "fsk", name: "Förskole- och skolnämnden", area: "Barn och utbildning" }); // { id: "fsk", name: …, area: … }
 */
export function departmentRow(d: Department): RowOf<typeof DEPARTMENTS_TABLE> {
  return { id: d.id, name: d.name, area: d.area };
}

/**
 * A cost line's fixed columns, its category and financing as the workbook's words.
 *
 * @example
 * costLineRow({ id: "premises", description: "Lokaler", category: "premises", departmentId: "fsk", financing: "fund" }, t);
 * // { id: "premises", description: "Lokaler", category: "lokaler", department: "fsk", financing: "fond" }
 */
export function costLineRow(l: CostLine, t: LabelOf): RowOf<typeof COSTS_TABLE> {
  return {
    id: l.id,
    description: l.description,
    category: tokenText(COSTS_TABLE, "category", l.category, t),
    department: l.departmentId,
    financing: tokenText(COSTS_TABLE, "financing", l.financing, t)
  };
}

/**
 * @example
 * targetGroupRow({ id: "pupils", name: "Elever med hög frånvaro", volumes: {} }); // { id: "pupils", name: "Elever med hög frånvaro" }
 */
export function targetGroupRow(g: TargetGroup): RowOf<typeof TARGET_GROUPS_TABLE> {
  return { id: g.id, name: g.name };
}

/**
 * An effect with the engine's defaults written out and its model as the workbook's word.
 *
 * @example
 * effectRow({ id: "placement", name: "Undvikna placeringar", targetGroupId: "pupils", unitCostCode: "EXTERN", departmentId: "fsk", share: 0.3, duration: 3, lag: 1 }, t);
 * // { id: "placement", …, share: 0.3, quantity: 1, duration: 3, lag: 1, dropOff: 0, deadweight: 0, model: "kohort" }
 */
export function effectRow(e: Effect, t: LabelOf): RowOf<typeof EFFECTS_TABLE> {
  return {
    id: e.id,
    name: e.name,
    group: e.targetGroupId,
    code: e.unitCostCode,
    department: e.departmentId,
    share: e.share,
    quantity: e.quantity ?? 1,
    duration: e.duration,
    lag: e.lag ?? 0,
    dropOff: e.dropOff ?? 0,
    deadweight: e.deadweight ?? 0,
    model: tokenText(EFFECTS_TABLE, "model", e.model ?? "cohort", t)
  };
}

/**
 * A cost line's row of the actual-costs table (SINV_UtfallKostnader): its id and, for
 * reading, its description; the actual costs per year are added by each caller.
 *
 * @example
 * actualCostRow({ id: "staff", description: "Personal", category: "staff", departmentId: "fsk", financing: "fund" }); // { id: "staff", description: "Personal" }
 */
export function actualCostRow(l: CostLine): RowOf<typeof ACTUAL_COSTS_TABLE> {
  return { id: l.id, description: l.description };
}
