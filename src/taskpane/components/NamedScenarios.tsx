import type { ReactNode } from "react";
import { memo, useState } from "react";
import { Body1, Body1Strong, Button, Caption1, Field, Input, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { Investment, RuleSet } from "../../engine";
import { resolveScenario } from "../../engine";
import type { NamedScenario } from "../../sheetModel/namedScenarios";
import type { PaneStrings } from "../i18n";
import type { PaneAction } from "../state/actions";
import { describeScenario } from "../state/describeScenario";
import { useDraftInputs, useEvaluation, useFieldErrors, useOperations, usePaneStatic, usePending, useScenarioList } from "../state/PaneContext";
import { ConfirmBar } from "./ConfirmBar";
import { ErrorMessage } from "./ErrorMessage";
import { useFormStyles } from "./formStyles";
import { Section } from "./Section";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected, borderRadius: tokens.borderRadiusMedium }
});

/**
 * Named scenarios saved in the workbook (they travel with the file): save the current
 * scenario under a name, switch between them, delete one, and write the chosen scenario
 * to the Parametrar sheet so every formula in the workbook follows.
 *
 * @example
 * <NamedScenarios /> // "Hälften – andel ×0,5, … [Använd] [Ta bort]"; "Skriv till Parametrar"
 */
export function NamedScenarios(): ReactNode {
  const { strings, dispatch } = usePaneStatic();
  const { scenarios, selected, nameMissing, loadError } = useScenarioList();
  const { operations } = useOperations();
  const draft = useDraftInputs();
  const rules = useEvaluation().rules;
  const fieldErrors = useFieldErrors();
  const form = useFormStyles();
  const s = strings.scenarios;
  const [name, setName] = useState("");
  const nameError = nameMissing ? s.nameRequired : undefined;
  const save = operations.saveScenarios;
  const write = operations.writeParameters;
  const blocked = Object.keys(fieldErrors).length > 0;
  const { undoDelete } = usePending();

  return (
    <Section title={s.namedHeading} testId="named-scenarios">
      {loadError !== undefined ? <ErrorMessage title={s.loadFailedTitle} error={loadError} lang={strings.lang} /> : null}
      <div className={`${form.row} ${form.alignEnd}`}>
        <Field label={s.scenarioName} className={form.grow} validationState={nameError ? "error" : "none"} validationMessage={nameError}>
          <Input value={name} onChange={(_, data) => setName(data.value)} data-testid="scenario-name" />
        </Field>
        <Button onClick={() => dispatch({ type: "saveScenario", name })} disabled={blocked || save.busy} data-testid="scenario-save">
          {s.save}
        </Button>
      </div>
      <ConfirmBar kinds={["overwrite", "delete"]} />
      {undoDelete !== null && !save.busy ? (
        <MessageBar intent="info" data-testid="scenario-deleted">
          <MessageBarBody>{strings.work.confirm.deleted(undoDelete.name)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => dispatch({ type: "undoDelete" })} data-testid="scenario-undo">
              {strings.work.confirm.undo}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {scenarios.length === 0 ? (
        <Body1>{s.none}</Body1>
      ) : (
        <SavedList scenarios={scenarios} selected={selected} rules={rules} investment={draft.investment} busy={save.busy} strings={strings} dispatch={dispatch} />
      )}
      {save.result ? (
        <MessageBar intent="success">
          <MessageBarBody>{s.saved(save.result)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {save.error !== undefined ? <ErrorMessage title={s.saveFailedTitle} error={save.error} lang={strings.lang} testId="scenario-save-error" /> : null}
      <div>
        <Button
          appearance="primary"
          disabled={blocked || write.busy}
          data-testid="write-parameters"
          onClick={() => dispatch({ type: "writeParameters" })}
        >
          {s.writeParameters}
        </Button>
      </div>
      {write.result ? (
        <MessageBar intent="success" data-testid="write-result">
          <MessageBarBody>{s.written(write.result.cells.join(", "))}</MessageBarBody>
        </MessageBar>
      ) : null}
      {write.error !== undefined ? <ErrorMessage title={s.writeFailedTitle} error={write.error} lang={strings.lang} testId="write-error" /> : null}
    </Section>
  );
}

/** What the saved list shows: only these props re-render it (a scenario change does not). */
interface SavedListProps {
  readonly scenarios: readonly NamedScenario[];
  readonly selected: string | null;
  readonly rules: RuleSet | undefined;
  readonly investment: Investment;
  readonly busy: boolean;
  readonly strings: PaneStrings;
  readonly dispatch: (action: PaneAction) => void;
}

/**
 * The saved scenarios, each with its settings in words, "Använd" and "Ta bort"; memoised,
 * so moving a control of the current scenario does not render the list again.
 *
 * @example
 * <SavedList scenarios={list} selected="Hälften" rules={rules} investment={inv} busy={false} strings={SV} dispatch={dispatch} />
 */
const SavedList = memo(function SavedList(props: SavedListProps): ReactNode {
  const styles = useStyles();
  const { strings, dispatch, rules } = props;
  const s = strings.scenarios;
  return (
    <ul className={styles.list} data-testid="scenario-list">
      {props.scenarios.map((scenario, i) => {
        const inUse = props.selected === scenario.name;
        return (
          <li key={scenario.name} className={inUse ? `${styles.item} ${styles.selected}` : styles.item} data-testid={`scenario-${i}`}>
            <Body1Strong>{scenario.name}</Body1Strong>
            {rules ? <Caption1>{describeScenario(scenario.scenario, resolveScenario(props.investment, rules, scenario.scenario), strings)}</Caption1> : null}
            <Button size="small" appearance={inUse ? "primary" : "secondary"} onClick={() => dispatch({ type: "useScenario", name: scenario.name })} data-testid={`scenario-use-${i}`}>
              {inUse ? s.inUse : s.use}
            </Button>
            <Button
              size="small"
              appearance="subtle"
              aria-label={s.deleteScenario(scenario.name)}
              disabled={props.busy}
              onClick={() => dispatch({ type: "deleteScenario", name: scenario.name })}
              data-testid={`scenario-delete-${i}`}
            >
              {strings.remove}
            </Button>
          </li>
        );
      })}
    </ul>
  );
});
