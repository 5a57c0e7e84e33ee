import type { ReactNode } from "react";
import { Button, Switch } from "@fluentui/react-components";
import { isDomainError } from "../../engine";
import { inLanguage } from "../i18n";
import { resolveRules } from "../../engine/ruleChoice";
import { useDraft, useEvaluation, usePaneStatic, useSettings } from "../state/PaneContext";
import { defaultSettings } from "../state/settings";
import { ruleOfField } from "../state/parseInput";
import { FIELDS } from "../../engine/fields/fieldTable";
import { FactorControl } from "./FactorControl";
import { useFormStyles } from "./formStyles";
import { Section } from "./Section";

const toPercent = (v: number): number => Number((v * 100).toPrecision(12));
const fromPercent = (v: number): number => v / 100;
/** A factor's field rule and slider range, from the field table. */
const factor = (name: "shareFactor" | "volumeFactor" | "unitCostFactor") => ({ rule: ruleOfField(name), ...FIELDS[name].explore });
const RATE = FIELDS.discountRate.explore;

/**
 * The finance director's controls: multipliers on the shares, volumes and unit costs, the
 * discount rate and whether savings during the investment count. Results follow in the
 * same render (no debounce).
 *
 * @example
 * <ScenarioControls /> // share factor 0.5 → savings 8 100 000 kr, approved "Nej" for the worked example
 */
export function ScenarioControls(): ReactNode {
  const { strings, dispatch } = usePaneStatic();
  const evaluation = useEvaluation();
  const settings = useSettings();
  const draft = useDraft();
  const styles = useFormStyles();
  const s = strings.scenarios;
  const set = (patch: Partial<typeof settings>): void => dispatch({ type: "settings", patch });
  const shareError = !evaluation.ok && evaluation.error.key === "aboveMax" && String(evaluation.error.params.arg).includes("shareFactor") ? inLanguage(strings.lang, evaluation.error) : undefined;
  const rules = resolveRules(draft.rules);
  return (
    <Section title={s.heading} testId="scenario-controls">
      <FactorControl
        id="control.shareFactor"
        label={s.shareFactor}
        value={settings.shareFactor}
        {...factor("shareFactor")}
        extraError={shareError}
        onChange={(v) => set({ shareFactor: v })}
        testId="control-share"
      />
      <FactorControl id="control.volumeFactor" label={s.volumeFactor} value={settings.volumeFactor} {...factor("volumeFactor")} onChange={(v) => set({ volumeFactor: v })} testId="control-volume" />
      <FactorControl
        id="control.unitCostFactor"
        label={s.unitCostFactor}
        value={settings.unitCostFactor}
        {...factor("unitCostFactor")}
        onChange={(v) => set({ unitCostFactor: v })}
        testId="control-unitcost"
      />
      <FactorControl
        id="control.discountRate"
        label={s.discountRate}
        value={settings.discountRate}
        rule={ruleOfField("discountRate")}
        min={toPercent(RATE.min)}
        max={toPercent(RATE.max)}
        step={toPercent(RATE.step)}
        toSlider={toPercent}
        fromSlider={fromPercent}
        onChange={(v) => set({ discountRate: v })}
        testId="control-discount"
      />
      <Switch
        label={s.includeDuring}
        checked={settings.includeDuring}
        onChange={(_, data) => set({ includeDuring: data.checked })}
        data-testid="control-include-during"
      />
      <div className={styles.row}>
        <Button size="small" data-testid="control-reset" onClick={() => dispatch({ type: "settings", patch: defaultSettings(isDomainError(rules) ? { discountRate: 0, includeDuring: false } : rules) })}>
          {s.reset}
        </Button>
      </div>
    </Section>
  );
}
