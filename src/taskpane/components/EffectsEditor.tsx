import type { ReactNode } from "react";
import { Field, Input } from "@fluentui/react-components";
import type { UnitCost } from "../../engine";
import { freshId } from "../state/blankDraft";
import { mergeCatalogue } from "../state/filterUnitCosts";
import { ruleOfField } from "../state/parseInput";
import { useDraft, usePaneStatic, useReadState } from "../state/PaneContext";
import { useInvestmentList } from "../state/useInvestmentList";
import { AddButton } from "./AddButton";
import { useFormStyles } from "./formStyles";
import { ItemSelect } from "./ItemSelect";
import { NumberField } from "./NumberField";
import { RemoveButton } from "./RemoveButton";
import { Section } from "./Section";
import { UnitCostPicker } from "./UnitCostPicker";

const SHARE = ruleOfField("share");
const DURATION = ruleOfField("duration");
const LAG = ruleOfField("lag");

/**
 * The expected effects: for each, the target group, the unit cost (picked from the
 * workbook's unit costs), the department that saves, the share that avoids the cost, how
 * long it lasts and when it starts. A share above 100 % or a missing unit cost gets a
 * message next to its field.
 *
 * @example
 * <EffectsEditor /> // "Undvikna externa skolplaceringar | Elever med hög frånvaro | EXTERN_SKOLPLACERING | 30 % | 3 år | 1 år"
 */
export function EffectsEditor(): ReactNode {
  const { strings, dispatch } = usePaneStatic();
  const draft = useDraft();
  const read = useReadState();
  const styles = useFormStyles();
  const e = strings.effects;
  const inv = draft.investment;
  const catalogue = mergeCatalogue(read.outcome?.catalogue ?? [], inv.unitCosts);
  const codes = new Set(inv.unitCosts.map((u) => u.code.trim().toUpperCase()));
  const { edit, remove } = useInvestmentList("effects");
  const choose = (id: string, unit: UnitCost): void =>
    dispatch({
      type: "editInvestment",
      edit: (i) => ({
        ...i,
        unitCosts: i.unitCosts.some((u) => u.code.trim().toUpperCase() === unit.code.trim().toUpperCase()) ? i.unitCosts : [...i.unitCosts, unit],
        effects: i.effects.map((x) => (x.id === id ? { ...x, unitCostCode: unit.code } : x))
      })
    });
  return (
    <Section title={e.heading} testId="effects">
      {inv.effects.map((effect) => (
        <div key={effect.id} className={styles.card} data-testid={`effect-${effect.id}`}>
          <Field label={e.name}>
            <Input value={effect.name} onChange={(_, data) => edit(effect.id, (x) => ({ ...x, name: data.value }))} data-testid={`effect-name-${effect.id}`} />
          </Field>
          <div className={styles.row}>
            <ItemSelect label={e.group} className={styles.grow} value={effect.targetGroupId} items={inv.targetGroups} onChange={(id) => edit(effect.id, (x) => ({ ...x, targetGroupId: id }))} />
            <ItemSelect label={e.department} className={styles.grow} value={effect.departmentId} items={inv.departments} onChange={(id) => edit(effect.id, (x) => ({ ...x, departmentId: id }))} />
          </div>
          <UnitCostPicker
            effectId={effect.id}
            code={effect.unitCostCode}
            known={codes.has(effect.unitCostCode.trim().toUpperCase())}
            catalogue={catalogue}
            onChoose={(unit) => choose(effect.id, unit)}
          />
          <div className={styles.row}>
            <div className={styles.grow}>
              <NumberField
                id={`effect.${effect.id}.share`}
                label={e.share}
                value={effect.share}
                rule={SHARE}
                testId={`effect-share-${effect.id}`}
                onValid={(v) => edit(effect.id, (x) => ({ ...x, share: v }))}
              />
            </div>
            <div className={styles.narrow}>
              <NumberField id={`effect.${effect.id}.duration`} label={e.duration} value={effect.duration} rule={DURATION} onValid={(v) => edit(effect.id, (x) => ({ ...x, duration: v }))} />
            </div>
            <div className={styles.narrow}>
              <NumberField id={`effect.${effect.id}.lag`} label={e.lag} value={effect.lag ?? 0} rule={LAG} onValid={(v) => edit(effect.id, (x) => ({ ...x, lag: v }))} />
            </div>
          </div>
          <div>
            <RemoveButton size="small" ariaLabel={e.removeEffect(effect.name || effect.id)} onClick={() => remove(effect.id)} />
          </div>
        </div>
      ))}
      <AddButton
        label={e.add}
        testId="add-effect"
        onClick={() =>
          dispatch({
            type: "editInvestment",
            edit: (i) => {
              const id = freshId("e", i.effects.map((x) => x.id));
              const unit = catalogue[0];
              return {
                ...i,
                unitCosts: unit && !i.unitCosts.some((u) => u.code === unit.code) ? [...i.unitCosts, unit] : i.unitCosts,
                effects: [
                  ...i.effects,
                  {
                    id,
                    name: e.newEffect(i.effects.length + 1),
                    targetGroupId: i.targetGroups[0]?.id ?? "",
                    unitCostCode: unit?.code ?? "",
                    departmentId: i.departments[0]?.id ?? "",
                    share: 0.1,
                    duration: 1
                  }
                ]
              };
            }
          })
        }
      />
    </Section>
  );
}
