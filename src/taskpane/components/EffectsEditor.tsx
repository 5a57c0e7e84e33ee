import type { ReactNode } from "react";
import { matchKey } from "../../engine";
import { mergeCatalogue } from "../state/filterUnitCosts";
import { ruleOfField } from "../state/parseInput";
import { useDraftInputs, useExamples, usePaneStatic, useReadState } from "../state/PaneContext";
import { itemLabel } from "../state/itemLabel";
import { useInvestmentList } from "../state/useInvestmentList";
import { AddButton } from "./AddButton";
import { useFormStyles } from "./formStyles";
import { ErrorMessage } from "./ErrorMessage";
import { ItemSelect } from "./ItemSelect";
import { NumberField } from "./NumberField";
import { RemoveButton } from "./RemoveButton";
import { Section } from "./Section";
import { TextField } from "./TextField";
import { UnitCostPicker } from "./UnitCostPicker";

const SHARE = ruleOfField("share");
const DURATION = ruleOfField("duration");
const LAG = ruleOfField("lag");
const QUANTITY = ruleOfField("quantity");
const DEADWEIGHT = ruleOfField("deadweight");
const DROP_OFF = ruleOfField("dropOff");

/**
 * The expected effects: for each, the target group, the unit cost (picked from the
 * workbook's unit costs), the department that saves, the share that avoids the cost, how
 * long it lasts and when it starts, the quantity per individual, the deadweight and the
 * yearly drop-off (each with a short help text). A share above 100 % or a missing unit
 * cost gets a message next to its field.
 *
 * @example
 * <EffectsEditor /> // "Undvikna externa skolplaceringar | Elever med hög frånvaro | EXTERN_SKOLPLACERING | 30 % | 3 år | 1 år"
 */
export function EffectsEditor(): ReactNode {
  const { strings, dispatch } = usePaneStatic();
  const draft = useDraftInputs();
  const read = useReadState();
  const styles = useFormStyles();
  const e = strings.effects;
  const x = strings.work.effectFields;
  const help = x.help;
  const inv = draft.investment;
  const { examples, examplesError } = useExamples();
  const own = mergeCatalogue(read.outcome?.catalogue ?? [], inv.unitCosts);
  const catalogue = mergeCatalogue(own, examples);
  const ownCodes = new Set(own.map((u) => matchKey(u.code)));
  const codes = new Set(inv.unitCosts.map((u) => matchKey(u.code)));
  const { edit, remove } = useInvestmentList("effects");
  return (
    <Section title={e.heading} testId="effects">
      {examplesError !== undefined ? <ErrorMessage intent="warning" title={strings.work.examples.loadFailedTitle} error={examplesError} lang={strings.lang} /> : null}
      {inv.effects.map((effect) => (
        <div key={effect.id} className={styles.card} data-testid={`effect-${effect.id}`}>
          <TextField label={e.name} value={effect.name} at="investment.effects[].name" onChange={(name) => edit(effect.id, { name })} testId={`effect-name-${effect.id}`} />
          <div className={styles.row}>
            <ItemSelect label={e.group} list="targetGroups" className={styles.wide} value={effect.targetGroupId} items={inv.targetGroups} onChange={(id) => edit(effect.id, { targetGroupId: id })} />
            <ItemSelect label={e.department} list="departments" className={styles.wide} value={effect.departmentId} items={inv.departments} onChange={(id) => edit(effect.id, { departmentId: id })} />
          </div>
          <UnitCostPicker
            effectId={effect.id}
            code={effect.unitCostCode}
            known={codes.has(matchKey(effect.unitCostCode))}
            catalogue={catalogue}
            isExample={(code) => !ownCodes.has(matchKey(code))}
            noneRead={own.length === 0}
            onChoose={(unit) => dispatch({ type: "chooseUnitCost", effectId: effect.id, unitCost: unit })}
          />
          <div className={styles.row}>
            <div className={styles.grow}>
              <NumberField
                id={`effect.${effect.id}.share`}
                label={e.share}
                value={effect.share}
                rule={SHARE}
                help={help.share}
                testId={`effect-share-${effect.id}`}
                onValid={(v) => edit(effect.id, { share: v })}
              />
            </div>
            <div className={styles.grow}>
              <NumberField
                id={`effect.${effect.id}.quantity`}
                label={x.quantity}
                value={effect.quantity ?? 1}
                rule={QUANTITY}
                help={help.quantity}
                testId={`effect-quantity-${effect.id}`}
                onValid={(v) => edit(effect.id, { quantity: v })}
              />
            </div>
          </div>
          <div className={styles.row}>
            <div className={styles.narrow}>
              <NumberField id={`effect.${effect.id}.duration`} label={e.duration} value={effect.duration} rule={DURATION} help={help.duration} testId={`effect-duration-${effect.id}`} onValid={(v) => edit(effect.id, { duration: v })} />
            </div>
            <div className={styles.narrow}>
              <NumberField id={`effect.${effect.id}.lag`} label={e.lag} value={effect.lag ?? 0} rule={LAG} help={help.lag} testId={`effect-lag-${effect.id}`} onValid={(v) => edit(effect.id, { lag: v })} />
            </div>
          </div>
          <div className={styles.row}>
            <div className={styles.narrow}>
              <NumberField
                id={`effect.${effect.id}.deadweight`}
                label={x.deadweight}
                value={effect.deadweight ?? 0}
                rule={DEADWEIGHT}
                help={help.deadweight}
                testId={`effect-deadweight-${effect.id}`}
                onValid={(v) => edit(effect.id, { deadweight: v })}
              />
            </div>
            <div className={styles.narrow}>
              <NumberField
                id={`effect.${effect.id}.dropOff`}
                label={x.dropOff}
                value={effect.dropOff ?? 0}
                rule={DROP_OFF}
                help={help.dropOff}
                testId={`effect-dropoff-${effect.id}`}
                onValid={(v) => edit(effect.id, { dropOff: v })}
              />
            </div>
          </div>
          <div>
            <RemoveButton size="small" ariaLabel={e.removeEffect(itemLabel(strings, "effects", inv.effects, effect.id))} onClick={() => remove(effect.id)} />
          </div>
        </div>
      ))}
      <AddButton
        label={e.add}
        testId="add-effect"
        onClick={() =>
          dispatch({
            type: "addEffect",
            effect: { name: e.newEffect(inv.effects.length + 1), targetGroupId: inv.targetGroups[0]?.id ?? "", departmentId: inv.departments[0]?.id ?? "", share: 0.1, duration: 1 },
            // Only a unit cost of the workbook or the draft is chosen for a new effect, never an example.
            ...(own[0] ? { unitCost: own[0] } : {})
          })
        }
      />
    </Section>
  );
}
