import type { ReactNode } from "react";
import { Slider, makeStyles, tokens } from "@fluentui/react-components";
import type { InputRule } from "../state/parseInput";
import { NumberField } from "./NumberField";

// The field and the slider side by side (the slider under the field only where the pane is too narrow), so the four controls take half a screen.
const useStyles = makeStyles({
  control: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS },
  field: { flexBasis: "96px", flexGrow: 0, flexShrink: 0, minWidth: 0 },
  slider: { flexBasis: "140px", flexGrow: 1, minWidth: 0, marginBottom: tokens.spacingVerticalXXS }
});

/** A scenario value's control. */
export interface FactorControlProps {
  readonly id: string;
  readonly label: string;
  /** The value as the model holds it. */
  readonly value: number;
  readonly rule: InputRule;
  /** The slider's range and step, in the units the field shows (per cent for a rate). */
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Model value → slider position, and back (identity for a factor, ×100 for a rate). */
  readonly toSlider?: (value: number) => number;
  readonly fromSlider?: (position: number) => number;
  readonly onChange: (value: number) => void;
  readonly extraError?: string;
  readonly testId: string;
}

/**
 * A number field and a slider for one scenario value, kept in step: the slider for quick
 * exploration, the field for an exact figure (checked as typed).
 *
 * @example
 * <FactorControl id="control.shareFactor" label="Effektandel ×" value={1} rule={{ kind: "number", max: 10 }} min={0} max={3} step={0.05} onChange={set} testId="control-share" />
 */
export function FactorControl(props: FactorControlProps): ReactNode {
  const styles = useStyles();
  const to = props.toSlider ?? ((v: number) => v);
  const from = props.fromSlider ?? ((v: number) => v);
  const position = Math.min(props.max, Math.max(props.min, to(props.value)));
  return (
    <div className={styles.control}>
      <div className={styles.field}>
        <NumberField id={props.id} label={props.label} value={props.value} rule={props.rule} onValid={props.onChange} extraError={props.extraError} testId={props.testId} />
      </div>
      <Slider
        className={styles.slider}
        min={props.min}
        max={props.max}
        step={props.step}
        value={position}
        aria-label={props.label}
        data-testid={`${props.testId}-slider`}
        onChange={(_, data) => props.onChange(Number(from(Math.round(data.value * 1000) / 1000).toPrecision(12)))}
      />
    </div>
  );
}
