import type { ReactNode } from "react";
import { Field, Select } from "@fluentui/react-components";
import type { PartnerKind } from "../../engine";
import { useDraftInputs, usePaneStatic } from "../state/PaneContext";
import { AddButton } from "./AddButton";
import { useFormStyles } from "./formStyles";
import { RemoveButton } from "./RemoveButton";
import { TextField } from "./TextField";

const KINDS: readonly PartnerKind[] = ["association", "foundation", "cooperative", "municipalCompany", "other"];

/**
 * Civil-society actors and municipal companies taking part: one non-profit actor and one
 * committee also make an investment eligible.
 *
 * @example
 * <PartnersEditor /> // "Aktör | Slag (Förening, Stiftelse, …) | Ta bort", then "Lägg till aktör"
 */
export function PartnersEditor(): ReactNode {
  const { strings, dispatch } = usePaneStatic();
  const draft = useDraftInputs();
  const styles = useFormStyles();
  const f = strings.form;
  const partners = draft.investment.partners ?? [];
  const update = (index: number, patch: { name?: string; kind?: PartnerKind }): void => dispatch({ type: "editPartner", index, patch });
  return (
    <div className={styles.stack}>
      {partners.map((p, i) => (
        <div key={i} className={styles.row}>
          <TextField label={f.partnerName} className={styles.grow} value={p.name} at="investment.partners[].name" onChange={(name) => update(i, { name })} testId={`partner-name-${i}`} />
          <Field label={f.partnerKind} className={styles.grow}>
            <Select value={p.kind} onChange={(_, data) => update(i, { kind: data.value as PartnerKind })} data-testid={`partner-kind-${i}`}>
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {f.partnerKinds[kind]}
                </option>
              ))}
            </Select>
          </Field>
          <RemoveButton
            ariaLabel={`${strings.remove}: ${p.name}`}
            onClick={() => dispatch({ type: "removePartner", index: i })}
          />
        </div>
      ))}
      <AddButton
        label={f.addPartner}
        testId="add-partner"
        onClick={() => dispatch({ type: "addPartner", partner: { name: "", kind: "association" } })}
      />
    </div>
  );
}
