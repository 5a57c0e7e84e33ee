import type { ReactNode } from "react";
import { Link, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { focusField } from "../state/fieldTarget";
import { useFieldErrors, useFieldLabels, usePaneStatic } from "../state/PaneContext";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS }
});

/**
 * A warning while any field holds invalid input (those values are not counted and nothing
 * is written to the workbook), with a link to each field: a click moves the focus there
 * (`onGo` first shows the journey the field is in).
 *
 * @example
 * <FieldErrorsNotice /> // "Ett fält har fel och räknas inte med. …" and "Slutår: Slutåret 2016 ligger före startåret 2017."
 */
export function FieldErrorsNotice(props: { readonly onGo?: (id: string) => void }): ReactNode {
  const { strings } = usePaneStatic();
  const fieldErrors = useFieldErrors();
  const labels = useFieldLabels();
  const styles = useStyles();
  const ids = Object.keys(fieldErrors);
  if (ids.length === 0) return null;
  const w = strings.work.errors;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="field-errors">
      <MessageBarBody>
        {strings.results.fieldsInvalid(ids.length)}
        <ul className={styles.list} aria-label={w.listLabel}>
          {ids.map((id) => {
            const label = labels[id] ?? id;
            return (
              <li key={id}>
                <Link as="button" inline aria-label={w.goTo(label)} data-testid={`field-error-link-${id}`} onClick={() => (props.onGo ? props.onGo(id) : focusField(document, id))}>
                  {label}
                </Link>
                : {fieldErrors[id]}
              </li>
            );
          })}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
