import type { ReactNode } from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useFieldErrors, usePaneStatic } from "../state/PaneContext";

/**
 * A warning while any field holds invalid input: those values are not counted and nothing
 * is written to the workbook.
 *
 * @example
 * <FieldErrorsNotice /> // "Ett fält har fel och räknas inte med. …" while one field is wrong
 */
export function FieldErrorsNotice(): ReactNode {
  const { strings } = usePaneStatic();
  const fieldErrors = useFieldErrors();
  const count = Object.keys(fieldErrors).length;
  if (count === 0) return null;
  return (
    <MessageBar intent="warning" data-testid="field-errors">
      <MessageBarBody>{strings.results.fieldsInvalid(count)}</MessageBarBody>
    </MessageBar>
  );
}
