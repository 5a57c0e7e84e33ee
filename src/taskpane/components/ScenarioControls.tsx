import type { ReactNode } from "react";
import { Button, Switch } from "@fluentui/react-components";
import type { Scenario } from "../../engine";
import { inLanguage } from "../i18n";
import { FIELDS } from "../../engine/fields/fieldTable";
import { useDraftInputs, useEvaluation, usePaneStatic, useScenario } from "../state/PaneContext";
import { ruleOfField } from "../state/parseInput";
import { ErrorMessage } from "./ErrorMessage";
import { FactorControl } from "./FactorControl";
import { useFormStyles } from "./formStyles";
import { NumberField } from "./NumberField";
import { Section } from "./Section";

const toPercent = (v: number): number => Number((v * 100).toPrecision(12));
const fromPercent = (v: number): number => v / 100;
/** A factor's field rule and slider range, from the field table. */
const factor = (name: "shareFactor" | "volumeFactor" | "unitCostFactor") => ({ rule: ruleOfField(name), ...FIELDS[name].explore });
const RATE = FIELDS.discountRate.explore;
const YEAR = ruleOfField("baseYear");

/**
 * The finance director's controls: multipliers on the shares, volumes and unit costs, the
 * discount rate and the base year it discounts to, and whether savings during the
 * investment count. The values shown are the engine's resolved scenario (what the
 * scenario leaves out, the rules and the start year decide); results follow in the same
 * render (no debounce).
 *
 * @example
 * <ScenarioControls /> // base year 2019 at 3,5 % → savings 15 302 290,04 kr for the worked example
 */
export function ScenarioControls(): ReactNode {
  const { strings, dispatch } = usePaneStatic();
  const evaluation = useEvaluation();
  const { resolved } = useScenario();
  const draft = useDraftInputs();
  const styles = useFormStyles();
  const s = strings.scenarios;
  const set = (patch: Partial<Scenario>): void => dispatch({ type: "editScenario", patch });
  const shareError = !evaluation.ok && evaluation.error.key === "aboveMax" && String(evaluation.error.params.arg).includes("shareFactor") ? inLanguage(strings.lang, evaluation.error) : undefined;
  if (!resolved) {
    // Only rules that cannot be resolved leave the scenario undecided; the engine says why.
    return (
      <Section title={s.heading} testId="scenario-controls">
        {evaluation.ok ? null : <ErrorMessage title={strings.results.cannotEvaluate} error={evaluation.error} lang={strings.lang} />}
      </Section>
    );
  }
  return (
    <Section title={s.heading} testId="scenario-controls">
      <FactorControl
        id="control.shareFactor"
        label={s.shareFactor}
        value={resolved.shareFactor}
        {...factor("shareFactor")}
        extraError={shareError}
        onChange={(v) => set({ shareFactor: v })}
        testId="control-share"
      />
      <FactorControl id="control.volumeFactor" label={s.volumeFactor} value={resolved.volumeFactor} {...factor("volumeFactor")} onChange={(v) => set({ volumeFactor: v })} testId="control-volume" />
      <FactorControl
        id="control.unitCostFactor"
        label={s.unitCostFactor}
        value={resolved.unitCostFactor}
        {...factor("unitCostFactor")}
        onChange={(v) => set({ unitCostFactor: v })}
        testId="control-unitcost"
      />
      <FactorControl
        id="control.discountRate"
        label={s.discountRate}
        value={resolved.discountRate}
        rule={ruleOfField("discountRate")}
        min={toPercent(RATE.min)}
        max={toPercent(RATE.max)}
        step={toPercent(RATE.step)}
        toSlider={toPercent}
        fromSlider={fromPercent}
        onChange={(v) => set({ discountRate: v })}
        testId="control-discount"
      />
      <NumberField
        id="control.baseYear"
        label={s.baseYear}
        value={resolved.baseYear}
        rule={YEAR}
        hint={s.baseYearHint(draft.investment.startYear)}
        onValid={(v) => set({ baseYear: v })}
        testId="control-base-year"
      />
      <Switch label={s.includeDuring} checked={resolved.includeDuring} onChange={(_, data) => set({ includeDuring: data.checked })} data-testid="control-include-during" />
      <div className={styles.row}>
        <Button size="small" data-testid="control-reset" onClick={() => dispatch({ type: "resetScenario" })}>
          {s.reset}
        </Button>
      </div>
    </Section>
  );
}
