import type { ReactNode } from "react";
import { Button } from "@fluentui/react-components";

/** What the add button needs. */
export interface AddButtonProps {
  readonly label: string;
  readonly testId: string;
  readonly onClick: () => void;
}

/**
 * The small button, on a line of its own, that appends a row or card to a list.
 *
 * @example
 * <AddButton label="Lägg till förvaltning" testId="add-department" onClick={() => departments.add("d", (id) => ({ id, name: "", area: "" }))} />
 */
export function AddButton(props: AddButtonProps): ReactNode {
  return (
    <div>
      <Button size="small" data-testid={props.testId} onClick={props.onClick}>
        {props.label}
      </Button>
    </div>
  );
}
