import type { Investment } from "../../engine";
import { freshId } from "./blankDraft";
import { usePaneStatic } from "./PaneContext";

/** The investment's lists whose items carry an `id`. */
export type InvestmentListKey = "departments" | "costLines" | "targetGroups" | "effects";

/** One item of the list `K`. */
export type InvestmentListItem<K extends InvestmentListKey> = Investment[K][number];

/** Edits of one list of the draft's investment, each dispatched as `editInvestment`. */
export interface InvestmentList<K extends InvestmentListKey> {
  /** Replace the item with this id by `change(item)`; the others stay as they are. */
  readonly edit: (id: string, change: (item: InvestmentListItem<K>) => InvestmentListItem<K>) => void;
  /** Drop the item with this id. */
  readonly remove: (id: string) => void;
  /** Append `make(id, investment)`, `id` being a fresh one starting with `prefix`. */
  readonly add: (prefix: string, make: (id: string, investment: Investment) => InvestmentListItem<K>) => void;
}

/**
 * Edit, remove and add items, by id, of one list of the draft's investment.
 *
 * @example
 * const groups = useInvestmentList("targetGroups");
 * groups.edit("g1", (g) => ({ ...g, name: "Elever med hög frånvaro" }));
 * groups.remove("g2");
 * groups.add("g", (id) => ({ id, name: "Ny målgrupp", volumes: {} }));
 */
export function useInvestmentList<K extends InvestmentListKey>(key: K): InvestmentList<K> {
  const { dispatch } = usePaneStatic();
  const replace = (change: (items: readonly InvestmentListItem<K>[], investment: Investment) => readonly InvestmentListItem<K>[]): void =>
    dispatch({ type: "editInvestment", edit: (inv) => ({ ...inv, [key]: change(inv[key] as readonly InvestmentListItem<K>[], inv) }) });
  return {
    edit: (id, change) => replace((items) => items.map((x) => (x.id === id ? change(x) : x))),
    remove: (id) => replace((items) => items.filter((x) => x.id !== id)),
    add: (prefix, make) => replace((items, inv) => [...items, make(freshId(prefix, items.map((x) => x.id)), inv)])
  };
}
