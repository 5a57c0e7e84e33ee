/** Registers a field's current error in the pane's state (and removes it when the field goes). */
import { useEffect } from "react";
import { usePaneStatic } from "./PaneContext";

/**
 * Keeps `message` as the error of field `id` while the component is shown; undefined
 * clears it; `label` names the field in the pane's list of errors. Any registered error blocks writing to the workbook.
 *
 * @example
 * useFieldError(`effect.${effect.id}.unitCost`, known ? undefined : strings.picker.missingCode(code));
 */
export function useFieldError(id: string, message: string | undefined, label?: string): void {
  const { dispatch } = usePaneStatic();
  useEffect(() => {
    dispatch({ type: "fieldError", id, message: message ?? null, ...(label === undefined ? {} : { label }) });
  }, [dispatch, id, message, label]);
  useEffect(() => () => dispatch({ type: "fieldError", id, message: null }), [dispatch, id]);
}
