import type { ReactNode } from "react";
import { useDraftInputs, usePaneStatic } from "../state/PaneContext";
import { itemLabel } from "../state/itemLabel";
import { useInvestmentList } from "../state/useInvestmentList";
import { AddButton } from "./AddButton";
import { useFormStyles } from "./formStyles";
import { RemoveButton } from "./RemoveButton";
import { TextField } from "./TextField";

/**
 * The departments (committees) taking part, each with its area; eligibility counts areas.
 *
 * @example
 * <DepartmentsEditor /> // rows "Förvaltning | Område | Ta bort", then "Lägg till förvaltning"
 */
export function DepartmentsEditor(): ReactNode {
  const { strings } = usePaneStatic();
  const draft = useDraftInputs();
  const styles = useFormStyles();
  const f = strings.form;
  const departments = draft.investment.departments;
  const list = useInvestmentList("departments");
  return (
    <div className={styles.stack}>
      {departments.map((d) => (
        <div key={d.id} className={styles.row}>
          <TextField label={f.departmentName} className={styles.grow} value={d.name} at="investment.departments[].name" onChange={(name) => list.edit(d.id, { name })} testId={`dept-name-${d.id}`} />
          <TextField label={f.departmentArea} className={styles.grow} value={d.area} at="investment.departments[].area" onChange={(area) => list.edit(d.id, { area })} testId={`dept-area-${d.id}`} />
          <RemoveButton disabled={departments.length <= 1} ariaLabel={`${strings.remove}: ${itemLabel(strings, "departments", departments, d.id)}`} onClick={() => list.remove(d.id)} />
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
