import type { ReactNode } from "react";
import { useState } from "react";
import { Body1, Body1Strong, Button, Caption1, Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { NamedScenario } from "../../sheetModel/namedScenarios";
import type { WriteParametersReport } from "../../sheetModel/parameterWrites";
import { describeSettings } from "../state/describeSettings";
import { useFieldErrors, usePaneStatic, useScenarioList, useSettings, useWorkbookApi } from "../state/PaneContext";
import { parameterLabels, parameterValues } from "../state/settings";
import { useAsyncAction } from "../state/useAsyncAction";
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
 * settings under a name, switch between them, delete one, and write the chosen scenario
 * to the Parametrar sheet so every formula in the workbook follows.
 *
 * @example
 * <NamedScenarios /> // "Hälften – andel ×0,5, … [Använd] [Ta bort]"; "Skriv till Parametrar"
 */
export function NamedScenarios(): ReactNode {
  const { strings, dispatch, gateway, template } = usePaneStatic();
  const workbook = useWorkbookApi();
  const settings = useSettings();
  const { scenarios, selected } = useScenarioList();
  const fieldErrors = useFieldErrors();
  const styles = useStyles();
  const form = useFormStyles();
  const s = strings.scenarios;
  const [name, setName] = useState("");
  const [nameError, setNameError] = useState<string | undefined>(undefined);
  const save = useAsyncAction<string>();
  const write = useAsyncAction<WriteParametersReport>();
  const blocked = Object.keys(fieldErrors).length > 0;

  const store = (list: readonly NamedScenario[], chosen: string | null): void =>
    void save.run(async () => {
      await gateway.saveScenarios(list);
      dispatch({ type: "scenarios", list });
      if (chosen !== null) dispatch({ type: "useScenario", name: chosen });
      return chosen ?? "";
    });

  const saveCurrent = (): void => {
    const trimmed = name.trim();
    if (trimmed === "") {
      setNameError(s.nameRequired);
      return;
    }
    setNameError(undefined);
    const others = scenarios.filter((x) => x.name.toLowerCase() !== trimmed.toLowerCase());
    store([...others, { name: trimmed, settings: settings }], trimmed);
  };

  return (
    <Section title={s.namedHeading} testId="named-scenarios">
      {workbook.scenariosLoadError !== undefined ? <ErrorMessage title={s.loadFailedTitle} error={workbook.scenariosLoadError} lang={strings.lang} /> : null}
      <div className={form.row}>
        <Field label={s.scenarioName} className={form.grow} validationState={nameError ? "error" : "none"} validationMessage={nameError}>
          <Input value={name} onChange={(_, data) => setName(data.value)} data-testid="scenario-name" />
        </Field>
        <Button onClick={saveCurrent} disabled={blocked || save.busy} data-testid="scenario-save">
          {s.save}
        </Button>
      </div>
      {scenarios.length === 0 ? (
        <Body1>{s.none}</Body1>
      ) : (
        <ul className={styles.list} data-testid="scenario-list">
          {scenarios.map((scenario, i) => {
            const inUse = selected === scenario.name;
            return (
              <li key={scenario.name} className={inUse ? `${styles.item} ${styles.selected}` : styles.item} data-testid={`scenario-${i}`}>
                <Body1Strong>{scenario.name}</Body1Strong>
                <Caption1>{describeSettings(scenario.settings, strings)}</Caption1>
                <Button size="small" appearance={inUse ? "primary" : "secondary"} onClick={() => dispatch({ type: "useScenario", name: scenario.name })} data-testid={`scenario-use-${i}`}>
                  {inUse ? s.inUse : s.use}
                </Button>
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={s.deleteScenario(scenario.name)}
                  disabled={save.busy}
                  onClick={() => store(scenarios.filter((x) => x.name !== scenario.name), null)}
                  data-testid={`scenario-delete-${i}`}
                >
                  {strings.remove}
                </Button>
              </li>
            );
          })}
        </ul>
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
          onClick={() => void write.run(() => gateway.writeParameters(parameterValues(settings), parameterLabels(template)))}
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
