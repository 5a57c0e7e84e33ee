import type { ReactNode } from "react";
import { useEffect, useState } from "react";
import { Caption1, Combobox, Field, Option } from "@fluentui/react-components";
import type { UnitCost } from "../../engine";
import { matchKey } from "../../engine";
import { formatKr, formatNumber } from "../i18n/format";
import { filterUnitCosts } from "../state/filterUnitCosts";
import { usePaneStatic } from "../state/PaneContext";
import { fieldTarget } from "../state/fieldTarget";
import { useFieldError } from "../state/useFieldError";

/** What the picker needs. */
export interface UnitCostPickerProps {
  /** The effect whose unit cost this is (names the field and its test id). */
  readonly effectId: string;
  /** The chosen code ("" when none). */
  readonly code: string;
  /** Whether the chosen code is among the investment's unit costs. */
  readonly known: boolean;
  readonly catalogue: readonly UnitCost[];
  /** Whether a unit cost comes from the example table only (it is marked as an example). */
  readonly isExample?: (code: string) => boolean;
  /** No unit cost was read from the workbook (the examples alone are offered). */
  readonly noneRead?: boolean;
  readonly onChoose: (unitCost: UnitCost) => void;
}

/**
 * A searchable list of unit costs (by code and description) showing the chosen one's
 * unit, price year, payer and source. A code that is not among the unit costs read gets
 * a message next to the field and blocks writing to the workbook.
 *
 * @example
 * <UnitCostPicker effectId="placement" code="EXTERN_SKOLPLACERING" known catalogue={units} onChoose={set} />
 * // "900 000 kr per elev och år · prisår 2017 · betalare kommun · källa: FUNCTIONS.md, räkneexempel (illustrativt)"
 */
export function UnitCostPicker(props: UnitCostPickerProps): ReactNode {
  const { strings } = usePaneStatic();
  const p = strings.picker;
  const [query, setQuery] = useState(props.code);
  useEffect(() => setQuery(props.code), [props.code]);
  const options = filterUnitCosts(props.catalogue, query === props.code ? "" : query);
  const chosen = props.catalogue.find((u) => matchKey(u.code) === matchKey(props.code));
  const error = props.code === "" ? p.chooseCode : !props.known ? p.missingCode(props.code) : undefined;
  useFieldError(`effect.${props.effectId}.unitCost`, error, p.label);
  return (
    <Field
      label={p.label}
      validationState={error ? "error" : "none"}
      validationMessage={error}
      hint={props.catalogue.length === 0 || props.noneRead === true ? p.empty : undefined}
    >
      <Combobox
        value={query}
        selectedOptions={props.code ? [props.code] : []}
        placeholder={p.placeholder}
        data-testid={`unitcost-picker-${props.effectId}`}
        {...fieldTarget(`effect.${props.effectId}.unitCost`)}
        onChange={(event) => setQuery(event.target.value)}
        onOptionSelect={(_, data) => {
          const unit = props.catalogue.find((u) => u.code === data.optionValue);
          if (unit) {
            setQuery(unit.code);
            props.onChoose(unit);
          }
        }}
      >
        {options.map((u) => (
          <Option key={u.code} value={u.code} text={u.code}>
            {props.isExample?.(u.code) === true ? `${strings.work.examples.mark}: ${u.code} – ${u.description}` : `${u.code} – ${u.description}`}
          </Option>
        ))}
        {options.length === 0 ? (
          <Option key="none" value="" text="" disabled>
            {p.noMatch}
          </Option>
        ) : null}
      </Combobox>
      {chosen && props.isExample?.(chosen.code) === true ? <Caption1 data-testid={`unitcost-example-${props.effectId}`}>{strings.work.examples.chosen}</Caption1> : null}
      {chosen ? (
        <Caption1 data-testid={`unitcost-details-${props.effectId}`}>
          {p.details({ unit: chosen.unit, priceYear: chosen.priceYear, payer: chosen.payer, source: chosen.source, cost: /^kr\b/i.test(chosen.unit.trim()) ? formatNumber(chosen.cost, 2) : formatKr(chosen.cost, strings.kr) })}
        </Caption1>
      ) : null}
    </Field>
  );
}
