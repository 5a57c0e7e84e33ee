/**
 * The edits of the investment and the actuals, pure: each takes the current investment
 * (or actuals) and an action of plain data, so an edit never acts on a stale copy.
 * Unit-cost codes and ids are compared by the engine's {@link matchKey}.
 */
import type { Actuals, Investment } from "../../engine";
import { matchKey, valueByKey } from "../../engine";
import type { InvestmentListKey, UserAction } from "./actions";
import { freshId } from "./blankDraft";

type Item = { readonly id: string };
type DraftAction = Extract<
  UserAction,
  { type: "editInvestment" | "editItem" | "addItem" | "removeItem" | "setYearValue" | "editPartner" | "removePartner" | "addPartner" | "chooseUnitCost" | "addEffect" }
>;
type ActualsAction = Extract<UserAction, { type: "setActualVolume" | "setActualShare" | "resetActuals" }>;

function mapList(inv: Investment, list: InvestmentListKey, change: (items: readonly Item[]) => readonly Item[]): Investment {
  return { ...inv, [list]: change(inv[list] as readonly Item[]) };
}

/** The investment's unit costs with `unit` added when no unit cost has its code (by match key). */
function withUnitCost(inv: Investment, unit: Investment["unitCosts"][number] | undefined): Investment["unitCosts"] {
  if (!unit || inv.unitCosts.some((u) => matchKey(u.code) === matchKey(unit.code))) return inv.unitCosts;
  return [...inv.unitCosts, unit];
}

/**
 * The investment after an edit.
 *
 * @example
 * editDraft(workedExample, { type: "setYearValue", list: "targetGroups", id: "pupils", year: 2018, value: 12 }).targetGroups[0].volumes["2018"]; // 12
 * editDraft(workedExample, { type: "addItem", list: "departments", prefix: "d", item: { name: "", area: "" } }).departments.at(-1)?.id;        // "d1"
 */
export function editDraft(inv: Investment, action: DraftAction): Investment {
  switch (action.type) {
    case "editInvestment":
      return { ...inv, ...action.patch };
    case "editItem":
      return mapList(inv, action.list, (items) => items.map((x) => (x.id === action.id ? { ...x, ...action.patch } : x)));
    case "addItem":
      return mapList(inv, action.list, (items) => [...items, { ...action.item, id: freshId(action.prefix, items.map((x) => x.id)) }]);
    case "removeItem":
      return mapList(inv, action.list, (items) => items.filter((x) => x.id !== action.id));
    case "setYearValue": {
      const field = action.list === "costLines" ? "amounts" : "volumes";
      return mapList(inv, action.list, (items) =>
        items.map((x) => (x.id === action.id ? { ...x, [field]: { ...((x as Record<string, unknown>)[field] as object | undefined), [String(action.year)]: action.value } } : x))
      );
    }
    case "editPartner":
      return { ...inv, partners: (inv.partners ?? []).map((p, i) => (i === action.index ? { ...p, ...action.patch } : p)) };
    case "removePartner":
      return { ...inv, partners: (inv.partners ?? []).filter((_, i) => i !== action.index) };
    case "addPartner":
      return { ...inv, partners: [...(inv.partners ?? []), action.partner] };
    case "chooseUnitCost":
      return {
        ...inv,
        unitCosts: withUnitCost(inv, action.unitCost),
        effects: inv.effects.map((e) => (e.id === action.effectId ? { ...e, unitCostCode: action.unitCost.code } : e))
      };
    case "addEffect": {
      const id = freshId("e", inv.effects.map((e) => e.id));
      return { ...inv, unitCosts: withUnitCost(inv, action.unitCost), effects: [...inv.effects, { ...action.effect, id, unitCostCode: action.unitCost?.code ?? "" }] };
    }
  }
}

/** The key a record already holds for `id` (by match key), or `id` itself. */
function keyIn(record: Readonly<Record<string, unknown>> | undefined, id: string): string {
  return Object.keys(record ?? {}).find((k) => matchKey(k) === matchKey(id)) ?? id;
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const rest = { ...record };
  delete rest[key];
  return rest;
}

/**
 * The actuals after an edit, under the key the actuals already hold for the id (matched by
 * the engine's key); an emptied value counts as planned again.
 *
 * @example
 * editActuals({}, { type: "setActualShare", effectId: "placement", value: 0.1 }); // { shares: { placement: 0.1 } }
 * editActuals({ shares: { placement: 0.1 } }, { type: "setActualShare", effectId: "placement", value: undefined }); // { shares: {} }
 */
export function editActuals(actuals: Actuals, action: ActualsAction): Actuals {
  switch (action.type) {
    case "resetActuals":
      return {};
    case "setActualShare": {
      const shares = actuals.shares ?? {};
      const key = keyIn(shares, action.effectId);
      return { ...actuals, shares: action.value === undefined ? without(shares, key) : { ...shares, [key]: action.value } };
    }
    case "setActualVolume": {
      const group = keyIn(actuals.volumes, action.groupId);
      const years = valueByKey(actuals.volumes, group) ?? {};
      const next = action.value === undefined ? without(years, String(action.year)) : { ...years, [String(action.year)]: action.value };
      return { ...actuals, volumes: { ...(actuals.volumes ?? {}), [group]: next } };
    }
  }
}
