import type { ReactNode } from "react";
import { Field, Input } from "@fluentui/react-components";
import { usePaneStatic } from "../state/PaneContext";
import { isRequired } from "../state/requiredFields";

/** A text field's settings. */
export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  /** Where the field stands in a scenario file ("investment.departments[].name"): the field table says whether it is required. */
  readonly at: string;
  readonly onChange: (value: string) => void;
  readonly testId?: string;
  readonly className?: string;
}

/**
 * A labelled text field that says so when a required field (by the engine's field table)
 * is empty: marked required, and "Fältet får inte vara tomt." next to it while it is.
 *
 * @example
 * <TextField label="Namn" value="" at="investment.name" onChange={setName} /> // "Namn *", "Fältet får inte vara tomt."
 */
export function TextField(props: TextFieldProps): ReactNode {
  const { strings } = usePaneStatic();
  const required = isRequired(props.at);
  const missing = required && props.value.trim() === "";
  return (
    <Field label={props.label} required={required} className={props.className} validationState={missing ? "error" : "none"} validationMessage={missing ? strings.validation.required : undefined}>
      <Input value={props.value} onChange={(_, data) => props.onChange(data.value)} data-testid={props.testId} />
    </Field>
  );
}
