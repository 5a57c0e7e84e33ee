import type { ReactNode } from "react";
import { Button, Field, Input } from "@fluentui/react-components";
import { freshId } from "../state/blankDraft";
import { useDraft, usePaneStatic } from "../state/PaneContext";
import { useFormStyles } from "./formStyles";

/**
 * The departments (committees) taking part, each with its area; eligibility counts areas.
 *
 * @example
 * <DepartmentsEditor /> // rows "Förvaltning | Område | Ta bort", then "Lägg till förvaltning"
 */
export function DepartmentsEditor(): ReactNode {
  const { strings, dispatch } = usePaneStatic();
  const draft = useDraft();
  const styles = useFormStyles();
  const f = strings.form;
  const departments = draft.investment.departments;
  const update = (id: string, patch: { name?: string; area?: string }): void =>
    dispatch({ type: "editInvestment", edit: (inv) => ({ ...inv, departments: inv.departments.map((d) => (d.id === id ? { ...d, ...patch } : d)) }) });
  return (
    <div className={styles.stack}>
      {departments.map((d) => (
        <div key={d.id} className={styles.row}>
          <Field label={f.departmentName} className={styles.grow}>
            <Input value={d.name} onChange={(_, data) => update(d.id, { name: data.value })} data-testid={`dept-name-${d.id}`} />
          </Field>
          <Field label={f.departmentArea} className={styles.grow}>
            <Input value={d.area} onChange={(_, data) => update(d.id, { area: data.value })} data-testid={`dept-area-${d.id}`} />
          </Field>
          <Button
            appearance="subtle"
            disabled={departments.length <= 1}
            aria-label={`${strings.remove}: ${d.name || d.id}`}
            onClick={() => dispatch({ type: "editInvestment", edit: (inv) => ({ ...inv, departments: inv.departments.filter((x) => x.id !== d.id) }) })}
          >
            {strings.remove}
          </Button>
        </div>
      ))}
      <div>
        <Button
          size="small"
          data-testid="add-department"
          onClick={() =>
            dispatch({
              type: "editInvestment",
              edit: (inv) => {
                const id = freshId("d", inv.departments.map((d) => d.id));
                return { ...inv, departments: [...inv.departments, { id, name: f.newDepartmentName(inv.departments.length + 1), area: "" }] };
              }
            })
          }
        >
          {f.addDepartment}
        </Button>
      </div>
    </div>
  );
}
