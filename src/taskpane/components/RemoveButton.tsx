import type { ReactNode } from "react";
import { Button } from "@fluentui/react-components";
import { usePaneStatic } from "../state/PaneContext";

/** What the remove button needs. */
export interface RemoveButtonProps {
  readonly onClick: () => void;
  /** E.g. while the list has only one item left. */
  readonly disabled?: boolean;
  /** Names what is removed, for screen readers. */
  readonly ariaLabel?: string;
  readonly size?: "small";
}

/**
 * The subtle "Ta bort" button that removes one row or card of a list.
 *
 * @example
 * <RemoveButton ariaLabel="Ta bort: Förvaltning" disabled={departments.length <= 1} onClick={() => departments.remove("d1")} />
 */
export function RemoveButton(props: RemoveButtonProps): ReactNode {
  const { strings } = usePaneStatic();
  return (
    <Button appearance="subtle" size={props.size} disabled={props.disabled} aria-label={props.ariaLabel} onClick={props.onClick}>
      {strings.remove}
    </Button>
  );
}
