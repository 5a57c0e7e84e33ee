import type { ReactNode } from "react";
import { Button, Field, Input } from "@fluentui/react-components";
import type { TargetGroup } from "../../engine";
import { freshId } from "../state/blankDraft";
import { useDraft, usePaneStatic } from "../state/PaneContext";
import { periodYears } from "../state/periodYears";
import { useFormStyles } from "./formStyles";
import { NumberField } from "./NumberField";
import { Section } from "./Section";

const VOLUME = { kind: "number" } as const;

/**
 * The target groups with the individuals entering each year of the period (a cohort per
 * year); negative volumes and letters get a message next to the field.
 *
 * @example
 * <TargetGroupsEditor /> // "Elever med hög frånvaro | Nya individer 2017: 10 | 2018: 10 | 2019: 10"
 */
export function TargetGroupsEditor(): ReactNode {
  const { strings, dispatch } = usePaneStatic();
  const draft = useDraft();
  const styles = useFormStyles();
  const g = strings.groups;
  const inv = draft.investment;
  const years = periodYears(inv);
  const edit = (id: string, change: (group: TargetGroup) => TargetGroup): void =>
    dispatch({ type: "editInvestment", edit: (i) => ({ ...i, targetGroups: i.targetGroups.map((x) => (x.id === id ? change(x) : x)) }) });
  return (
    <Section title={g.heading} testId="target-groups">
      {inv.targetGroups.map((group) => (
        <div key={group.id} className={styles.card}>
          <Field label={g.name}>
            <Input value={group.name} onChange={(_, data) => edit(group.id, (x) => ({ ...x, name: data.value }))} data-testid={`group-name-${group.id}`} />
          </Field>
          <div className={styles.row}>
            {years.map((year) => (
              <div key={year} className={styles.narrow}>
                <NumberField
                  id={`group.${group.id}.${year}`}
                  label={g.volume(year)}
                  value={group.volumes[String(year)] ?? 0}
                  rule={VOLUME}
                  testId={`volume-${group.id}-${year}`}
                  onValid={(v) => edit(group.id, (x) => ({ ...x, volumes: { ...x.volumes, [String(year)]: v } }))}
                />
              </div>
            ))}
          </div>
          <div>
            <Button
              appearance="subtle"
              size="small"
              disabled={inv.targetGroups.length <= 1}
              onClick={() => dispatch({ type: "editInvestment", edit: (i) => ({ ...i, targetGroups: i.targetGroups.filter((x) => x.id !== group.id) }) })}
            >
              {strings.remove}
            </Button>
          </div>
        </div>
      ))}
      <div>
        <Button
          size="small"
          data-testid="add-group"
          onClick={() =>
            dispatch({
              type: "editInvestment",
              edit: (i) => {
                const id = freshId("g", i.targetGroups.map((x) => x.id));
                const volumes = Object.fromEntries(periodYears(i).map((y) => [String(y), 0]));
                return { ...i, targetGroups: [...i.targetGroups, { id, name: g.newGroup(i.targetGroups.length + 1), volumes }] };
              }
            })
          }
        >
          {g.add}
        </Button>
      </div>
    </Section>
  );
}
