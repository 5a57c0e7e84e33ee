/** Narrow callbacks for one list of the draft's investment, each dispatching an action of plain data. */
import type { InvestmentListKey, InvestmentLists, ListAction } from "./actions";
import { usePaneStatic } from "./PaneContext";

/** One item of the list `K`. */
export type InvestmentListItem<K extends InvestmentListKey> = InvestmentLists[K];

/** Edits of one list of the draft's investment. */
export interface InvestmentList<K extends InvestmentListKey> {
  /** Change fields of the item with this id; the others stay as they are. */
  readonly edit: (id: string, patch: Partial<Omit<InvestmentListItem<K>, "id">>) => void;
  /** Drop the item with this id. */
  readonly remove: (id: string) => void;
  /** Append `item` with a fresh id starting with `prefix`. */
  readonly add: (prefix: string, item: Omit<InvestmentListItem<K>, "id">) => void;
}

/**
 * Edit, remove and add items, by id, of one list of the draft's investment.
 *
 * @example
 * const groups = useInvestmentList("targetGroups");
 * groups.edit("g1", { name: "Elever med hög frånvaro" }); // { type: "editItem", list: "targetGroups", id: "g1", patch: { name: … } }
 * groups.remove("g2");
 * groups.add("g", { name: "Ny målgrupp", volumes: {} });  // gets id "g2" when "g1" is taken
 */
export function useInvestmentList<K extends InvestmentListKey>(list: K): InvestmentList<K> {
  const { dispatch } = usePaneStatic();
  return {
    edit: (id, patch) => dispatch({ type: "editItem", list, id, patch } as ListAction),
    remove: (id) => dispatch({ type: "removeItem", list, id }),
    add: (prefix, item) => dispatch({ type: "addItem", list, prefix, item } as ListAction)
  };
}
