import type { ReactNode } from "react";
import { Body1, Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { REBUILD_STRINGS } from "../i18n/rebuildStrings";
import { useExamples, useOperations, usePaneStatic, useReadState } from "../state/PaneContext";
import { missingExamples } from "../state/rebuildTransition";
import { ErrorMessage } from "./ErrorMessage";
import { useFormStyles } from "./formStyles";

/**
 * "Lägg till N saknade exempelrader" when the workbook's unit-cost table lacks rows of the
 * example table: appended to a stand-alone table, or (an application workbook) added to
 * the investment's unit costs and written by rebuilding the sheets, asked first.
 *
 * @example
 * <MissingExamples /> // [Lägg till 42 saknade exempelrader]
 */
export function MissingExamples(): ReactNode {
  const { strings, dispatch } = usePaneStatic();
  const r = REBUILD_STRINGS[strings.lang];
  const styles = useFormStyles();
  const { examples } = useExamples();
  const read = useReadState();
  const append = useOperations().operations.appendExamples;
  const missing = missingExamples({ examples, read });
  return (
    <>
      {missing.length > 0 ? (
        <div>
          <Button disabled={append.busy} onClick={() => dispatch({ type: "addMissingExamples", mark: strings.work.examples.mark })} data-testid="add-missing-examples">
            {r.addExamples(missing.length)}
          </Button>
          <Body1 className={styles.note}>{r.addExamplesHint}</Body1>
        </div>
      ) : null}
      {append.result !== undefined ? (
        <MessageBar intent="success" data-testid="examples-appended">
          <MessageBarBody>{r.examplesAdded(append.result.rows, append.result.table)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {append.error !== undefined ? <ErrorMessage title={r.addExamplesFailedTitle} error={append.error} lang={strings.lang} testId="append-examples-error" /> : null}
    </>
  );
}
