import type { ReactNode } from "react";
import { useDraftInputs, usePaneStatic } from "../state/PaneContext";
import { ruleOfField } from "../state/parseInput";
import { periodYears } from "../state/periodYears";
import { useInvestmentList } from "../state/useInvestmentList";
import { AddButton } from "./AddButton";
import { useFormStyles } from "./formStyles";
import { NumberField } from "./NumberField";
import { RemoveButton } from "./RemoveButton";
import { Section } from "./Section";
import { TextField } from "./TextField";

const VOLUME = ruleOfField("volumes");

/**
 * The target groups with the individuals entering each year of the period (a cohort per
 * year); negative volumes and letters get a message next to the field.
 *
 * @example
 * <TargetGroupsEditor /> // "Elever med hög frånvaro | Nya individer 2017: 10 | 2018: 10 | 2019: 10"
 */
export function TargetGroupsEditor(): ReactNode {
  const { strings, dispatch } = usePaneStatic();
  const draft = useDraftInputs();
  const styles = useFormStyles();
  const g = strings.groups;
  const inv = draft.investment;
  const years = periodYears(inv);
  const { edit, remove, add } = useInvestmentList("targetGroups");
  return (
    <Section title={g.heading} testId="target-groups">
      {inv.targetGroups.map((group) => (
        <div key={group.id} className={styles.card}>
          <TextField label={g.name} value={group.name} at="investment.targetGroups[].name" onChange={(name) => edit(group.id, { name })} testId={`group-name-${group.id}`} />
          <div className={styles.row}>
            {years.map((year) => (
              <div key={year} className={styles.narrow}>
                <NumberField
                  id={`group.${group.id}.${year}`}
                  label={g.volume(year)}
                  value={group.volumes[String(year)] ?? 0}
                  rule={VOLUME}
                  testId={`volume-${group.id}-${year}`}
                  onValid={(v) => dispatch({ type: "setYearValue", list: "targetGroups", id: group.id, year, value: v })}
                />
              </div>
            ))}
          </div>
          <div>
            <RemoveButton size="small" disabled={inv.targetGroups.length <= 1} onClick={() => remove(group.id)} />
          </div>
        </div>
      ))}
      <AddButton
        label={g.add}
        testId="add-group"
        onClick={() => add("g", { name: g.newGroup(inv.targetGroups.length + 1), volumes: Object.fromEntries(years.map((y) => [String(y), 0])) })}
      />
    </Section>
  );
}
