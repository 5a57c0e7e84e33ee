import type { ReactNode } from "react";
import { Field, Select } from "@fluentui/react-components";
import { matchKey } from "../../engine";
import type { LabelledList } from "../state/itemLabel";
import { itemLabel } from "../state/itemLabel";
import { usePaneStatic } from "../state/PaneContext";

/** Something with an id and a name a user picks by, e.g. a department or target group. */
export interface NamedItem {
  readonly id: string;
  readonly name: string;
}

/** What the item select needs. */
export interface ItemSelectProps {
  readonly label: string;
  /** Which list the items are, to name an item without a name by its place ("Förvaltning 2"). */
  readonly list: LabelledList;
  /** The chosen item's id. */
  readonly value: string;
  readonly items: readonly NamedItem[];
  readonly onChange: (id: string) => void;
  readonly className?: string;
}

/**
 * A labelled drop-down choosing one of the investment's items by id, shown by name (or by
 * place while the name is empty, never by its internal id). The chosen item is the one whose id matches the value by
 * the engine's key, as the engine resolves the reference ("FSK " chooses "fsk").
 *
 * @example
 * <ItemSelect label="Förvaltning" list="departments" value={line.departmentId} items={inv.departments} onChange={(id) => edit(line.id, { departmentId: id })} />
 */
export function ItemSelect(props: ItemSelectProps): ReactNode {
  const { strings } = usePaneStatic();
  const chosen = props.items.find((item) => matchKey(item.id) === matchKey(props.value))?.id ?? props.value;
  return (
    <Field label={props.label} className={props.className}>
      <Select value={chosen} onChange={(_, data) => props.onChange(data.value)}>
        {props.items.map((item) => (
          <option key={item.id} value={item.id}>
            {itemLabel(strings, props.list, props.items, item.id)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
