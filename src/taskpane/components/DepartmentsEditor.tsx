import type { ReactNode } from "react";
import { Field, Input } from "@fluentui/react-components";
import { useDraft, usePaneStatic } from "../state/PaneContext";
import { useInvestmentList } from "../state/useInvestmentList";
import { AddButton } from "./AddButton";
import { useFormStyles } from "./formStyles";
import { RemoveButton } from "./RemoveButton";

/**
 * The departments (committees) taking part, each with its area; eligibility counts areas.
 *
 * @example
 * <DepartmentsEditor /> // rows "Förvaltning | Område | Ta bort", then "Lägg till förvaltning"
 */
export function DepartmentsEditor(): ReactNode {
  const { strings } = usePaneStatic();
  const draft = useDraft();
  const styles = useFormStyles();
  const f = strings.form;
  const departments = draft.investment.departments;
  const list = useInvestmentList("departments");
  return (
    <div className={styles.stack}>
      {departments.map((d) => (
        <div key={d.id} className={styles.row}>
          <Field label={f.departmentName} className={styles.grow}>
            <Input value={d.name} onChange={(_, data) => list.edit(d.id, { name: data.value })} data-testid={`dept-name-${d.id}`} />
          </Field>
          <Field label={f.departmentArea} className={styles.grow}>
            <Input value={d.area} onChange={(_, data) => list.edit(d.id, { area: data.value })} data-testid={`dept-area-${d.id}`} />
          </Field>
          <RemoveButton disabled={departments.length <= 1} ariaLabel={`${strings.remove}: ${d.name || d.id}`} onClick={() => list.remove(d.id)} />
        </div>
      ))}
      <AddButton
        label={f.addDepartment}
        testId="add-department"
        onClick={() => list.add("d", { name: f.newDepartmentName(departments.length + 1), area: "" })}
      />
    </div>
  );
}
