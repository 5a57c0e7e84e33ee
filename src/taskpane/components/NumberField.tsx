import type { ReactNode } from "react";
import { useEffect, useRef, useState } from "react";
import { Field, InfoLabel, Input } from "@fluentui/react-components";
import type { FieldProps } from "@fluentui/react-components";
import type { InputRule } from "../state/parseInput";
import { formatForInput, parseInput } from "../state/parseInput";
import { usePaneStatic } from "../state/PaneContext";
import { fieldTarget } from "../state/fieldTarget";
import { useFieldError } from "../state/useFieldError";

/** A number field's settings. */
export interface NumberFieldProps {
  /** Unique id of the field in the pane (its error is kept under it). */
  readonly id: string;
  readonly label: string;
  /** The model's value; undefined shows an empty field. */
  readonly value: number | undefined;
  readonly rule: InputRule;
  /** Called with each valid value as the user types. */
  readonly onValid: (value: number) => void;
  /** An optional field may be emptied; this is called then. */
  readonly onEmpty?: () => void;
  readonly placeholder?: string;
  /** A message about the value in context (an end year before the start year). */
  readonly extraError?: string;
  readonly hint?: string;
  /** A short help text behind an info button next to the label. */
  readonly help?: string;
  readonly testId?: string;
}

/**
 * A text field for a number that checks every keystroke: letters, negative numbers,
 * shares above 100 % and years out of range get a message next to the field, in the
 * user's language, and the model keeps its last valid value. The error is registered in
 * the pane's state, so nothing is written to the workbook while it stands.
 *
 * @example
 * <NumberField id="inv.startYear" label="Startår" value={2017} rule={{ kind: "year" }} onValid={setStart} />
 * // typing "20x7" shows "”20x7” är inte ett tal. …"
 */
export function NumberField(props: NumberFieldProps): ReactNode {
  const { strings } = usePaneStatic();
  const { id, value, rule } = props;
  const [text, setText] = useState(value === undefined ? "" : formatForInput(value, rule));
  const [parseError, setParseError] = useState<string | undefined>(undefined);
  const [warning, setWarning] = useState<string | undefined>(undefined);
  const shown = useRef(value);

  useEffect(() => {
    if (Object.is(value, shown.current)) return;
    shown.current = value;
    setText(value === undefined ? "" : formatForInput(value, rule));
    setParseError(undefined);
    setWarning(undefined);
  }, [value, rule]);

  const error = parseError ?? props.extraError;
  useFieldError(id, error, props.label);

  const change = (next: string): void => {
    setText(next);
    if (props.onEmpty && next.trim() === "") {
      setParseError(undefined);
      setWarning(undefined);
      shown.current = undefined;
      props.onEmpty();
      return;
    }
    const parsed = parseInput(next, rule, strings);
    if (!parsed.ok) {
      setWarning(undefined);
      setParseError(parsed.message);
      return;
    }
    setParseError(undefined);
    setWarning(parsed.warning);
    shown.current = parsed.value;
    props.onValid(parsed.value);
  };

  return (
    <Field label={labelWithHelp(props.label, props.help)} validationState={error ? "error" : warning ? "warning" : "none"} validationMessage={error ?? warning} hint={props.hint}>
      <Input value={text} inputMode="decimal" {...fieldTarget(id)} placeholder={props.placeholder} data-testid={props.testId} onChange={(_, data) => change(data.value)} />
    </Field>
  );
}

/**
 * A field's label, with an info button showing `help` when there is one.
 *
 * @example
 * labelWithHelp("Fördröjning (år)", "Fördröjning: hur många år …"); // a label slot rendering an InfoLabel (its button is named by the label)
 */
export function labelWithHelp(label: string, help: string | undefined): FieldProps["label"] {
  if (help === undefined) return label;
  return {
    children: (_: unknown, slotProps: object) => (
      <InfoLabel {...slotProps} info={help}>
        {label}
      </InfoLabel>
    )
  };
}
