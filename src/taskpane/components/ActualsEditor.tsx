import type { ReactNode } from "react";
import { Body1, Body1Strong, Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { completeActuals } from "../../engine";
import { formatNumber, formatPercent } from "../i18n/format";
import { useActuals, useDraftInputs, useFieldErrors, useOperations, usePaneStatic } from "../state/PaneContext";
import { periodYears } from "../state/periodYears";
import { itemLabel } from "../state/itemLabel";
import { ErrorMessage } from "./ErrorMessage";
import { useFormStyles } from "./formStyles";
import { NumberField } from "./NumberField";
import { formatForInput, ruleOfField } from "../state/parseInput";
import { Section } from "./Section";

const VOLUME = ruleOfField("volumes");
const SHARE = ruleOfField("share");

/**
 * The evaluator's inputs: actual volumes per target group and year, and the actual share
 * of each effect. An empty field counts as planned (shown as its placeholder); values read
 * from the workbook's follow-up tables fill the fields, and the button writes them back
 * into those tables (every year shown; shares as shares) so the Uppföljning sheet follows.
 *
 * @example
 * <ActualsEditor /> // "Faktisk andel: Undvikna externa skolplaceringar (%)" = 10 → repayment 5 400 000 kr
 */
export function ActualsEditor(): ReactNode {
  const { strings, dispatch } = usePaneStatic();
  const draft = useDraftInputs();
  const actuals = useActuals();
  const fieldErrors = useFieldErrors();
  const write = useOperations().operations.writeActuals;
  const blocked = Object.keys(fieldErrors).length > 0;
  const styles = useFormStyles();
  const f = strings.followUp;
  const inv = draft.investment;
  const years = periodYears(inv);
  // The engine's completion: the plan where no actual is given, each value marked actual or not.
  const plan = completeActuals(inv, undefined, years);
  const given = completeActuals(inv, actuals, years);
  return (
    <Section
      title={f.heading}
      testId="actuals"
      actions={
        <div>
          <Button size="small" onClick={() => dispatch({ type: "resetActuals" })} data-testid="actuals-reset">
            {f.resetActuals}
          </Button>
        </div>
      }
    >
      <Body1>{f.intro}</Body1>
      <Body1Strong>{f.actualVolumes}</Body1Strong>
      {inv.targetGroups.map((group) => (
        <div key={group.id} className={styles.row}>
          {years.map((year, i) => {
            const planned = plan.volumes.get(group.id)?.[i]?.value ?? 0;
            const actual = given.volumes.get(group.id)?.[i];
            return (
              <div key={year} className={styles.narrow}>
                <NumberField
                  id={`actual.volume.${group.id}.${year}`}
                  label={f.actualVolume(itemLabel(strings, "targetGroups", inv.targetGroups, group.id), year)}
                  value={actual?.actual ? actual.value : undefined}
                  placeholder={formatForInput(planned, VOLUME)}
                  hint={`${f.planned}: ${formatNumber(planned, 2)}`}
                  rule={VOLUME}
                  testId={`actual-volume-${group.id}-${year}`}
                  onValid={(v) => dispatch({ type: "setActualVolume", groupId: group.id, year, value: v })}
                  onEmpty={() => dispatch({ type: "setActualVolume", groupId: group.id, year, value: undefined })}
                />
              </div>
            );
          })}
        </div>
      ))}
      <div className={styles.stack}>
        {inv.effects.map((effect) => {
          const actual = given.shares.get(effect.id);
          return (
            <NumberField
              key={effect.id}
              id={`actual.share.${effect.id}`}
              label={f.actualShare(itemLabel(strings, "effects", inv.effects, effect.id))}
              value={actual?.actual ? actual.value : undefined}
              placeholder={formatForInput(effect.share, SHARE)}
              hint={`${f.planned}: ${formatPercent(effect.share)}`}
              rule={SHARE}
              testId={`actual-share-${effect.id}`}
              onValid={(v) => dispatch({ type: "setActualShare", effectId: effect.id, value: v })}
              onEmpty={() => dispatch({ type: "setActualShare", effectId: effect.id, value: undefined })}
            />
          );
        })}
      </div>
      <div>
        <Button
          appearance="primary"
          disabled={blocked || write.busy}
          data-testid="write-actuals"
          onClick={() => dispatch({ type: "writeActuals" })}
        >
          {f.writeActuals}
        </Button>
      </div>
      {write.result !== undefined ? (
        <MessageBar intent="success" data-testid="write-actuals-done">
          <MessageBarBody>{f.actualsWritten(write.result)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {write.error !== undefined ? <ErrorMessage title={f.writeActualsFailedTitle} error={write.error} lang={strings.lang} testId="write-actuals-error" /> : null}
    </Section>
  );
}
