import type { ReactNode } from "react";
import { memo } from "react";
import { uncertaintyStrings } from "../i18n/uncertaintyTable";
import { Body1, Body1Strong, Field, Select, Subtitle2 } from "@fluentui/react-components";
import { matchKey } from "../../engine";
import { CONFIDENCE_GRADES } from "../../engine/uncertainty/confidenceGrades";
import type { InputKind, Range } from "../../engine/uncertainty/model";
import { inLanguage } from "../i18n";
import { ruleOfField } from "../state/parseInput";
import { useDraft, usePaneStatic } from "../state/PaneContext";
import { useFormStyles } from "./formStyles";
import { NumberField } from "./NumberField";
import { RemoveButton } from "./RemoveButton";
import { Section } from "./Section";
import { UncertaintySettings } from "./UncertaintySettings";

const RULES = { share: ruleOfField("shareRange"), volumeFactor: ruleOfField("volumeFactorRange"), unitCostFactor: ruleOfField("unitCostFactorRange") } as const;

/**
 * Two fields for a range's low and high; without a range both show the base, and typing one
 * sets the range (the other at the base). Memoised on its data: a range typed re-renders only its own item.
 */
const RangeFields = memo(function RangeFields(props: {
  readonly kind: InputKind;
  readonly id: string;
  readonly name: string;
  readonly base: number;
  readonly range: Range | undefined;
  readonly lowLabel: string;
  readonly highLabel: string;
}): ReactNode {
  const { strings, dispatch } = usePaneStatic();
  const styles = useFormStyles();
  const rule = RULES[props.kind];
  const low = props.range?.low ?? props.base;
  const high = props.range?.high ?? props.base;
  const set = (range: Range | undefined): void => dispatch({ type: "setRange", kind: props.kind, id: props.id, range });
  const field = `uncertainty.${props.kind}.${props.id}`;
  return (
    <div className={`${styles.row} ${styles.alignEnd}`}>
      <div className={styles.narrow}>
        <NumberField id={`${field}.low`} label={props.lowLabel} value={low} rule={rule} onValid={(v) => set({ low: v, high })} testId={`range-low-${props.kind}-${props.id}`} />
      </div>
      <div className={styles.narrow}>
        <NumberField id={`${field}.high`} label={props.highLabel} value={high} rule={rule} onValid={(v) => set({ low, high: v })} testId={`range-high-${props.kind}-${props.id}`} />
      </div>
      {props.range ? <RemoveButton size="small" ariaLabel={uncertaintyStrings(strings.lang).clearRange(props.name)} onClick={() => set(undefined)} /> : null}
    </div>
  );
});

/** A confidence grade 1–6 (the engine's table of what each means), or none; memoised on its data. */
const GradeSelect = memo(function GradeSelect(props: { readonly of: "effects" | "unitCosts"; readonly id: string; readonly grade: number | undefined; readonly testId: string }): ReactNode {
  const { strings, dispatch } = usePaneStatic();
  const u = uncertaintyStrings(strings.lang);
  return (
    <Field label={u.grade}>
      <Select
        value={props.grade === undefined ? "" : String(props.grade)}
        data-testid={props.testId}
        onChange={(_, data) => dispatch({ type: "setGrade", of: props.of, id: props.id, grade: data.value === "" ? undefined : Number(data.value) })}
      >
        <option value="">{u.gradeNone}</option>
        {CONFIDENCE_GRADES.map((words, i) => (
          <option key={i} value={String(i + 1)}>
            {u.gradeOption(i + 1, inLanguage(strings.lang, words))}
          </option>
        ))}
      </Select>
    </Field>
  );
});

/**
 * The ranges and grades of the investment (docs/uncertainty.md), on the Scenarier tab: per
 * effect the share's lowest and highest value and the grade of its evidence, per target
 * group the volume factor's, per unit cost (those the effects use) the unit-cost factor's and
 * the grade of its source; then the number of draws and the seed. The field rules come from the engine's field table (`shareRange`,
 * `volumeFactorRange`, `unitCostFactorRange`; the grades are `CONFIDENCE_GRADES`).
 *
 * @example
 * <UncertaintyEditor /> // "Andel lägst (%) 10 | Andel högst (%) 50" for the worked example's effect
 */
export function UncertaintyEditor(): ReactNode {
  const { strings } = usePaneStatic();
  const draft = useDraft();
  const styles = useFormStyles();
  const u = uncertaintyStrings(strings.lang);
  const inv = draft.investment;
  const used = new Set(inv.effects.map((e) => matchKey(e.unitCostCode)));
  const unitCosts = inv.unitCosts.filter((c) => used.has(matchKey(c.code)));
  return (
    <Section title={u.heading} testId="uncertainty-editor">
      <Body1 as="p" block className={styles.note} style={{ margin: 0 }}>
        {u.intro}
      </Body1>
      {inv.effects.length > 0 ? <Subtitle2 as="h3">{u.effectsHeading}</Subtitle2> : null}
      {inv.effects.map((e) => (
        <div key={e.id} className={styles.card} data-testid={`uncertainty-effect-${e.id}`}>
          <Body1Strong>{e.name || e.id}</Body1Strong>
          <RangeFields kind="share" id={e.id} name={e.name || e.id} base={e.share} range={e.uncertainty?.share} lowLabel={u.shareLow} highLabel={u.shareHigh} />
          <GradeSelect of="effects" id={e.id} grade={e.uncertainty?.confidenceGrade} testId={`grade-effect-${e.id}`} />
        </div>
      ))}
      {inv.targetGroups.length > 0 ? <Subtitle2 as="h3">{u.groupsHeading}</Subtitle2> : null}
      {inv.targetGroups.map((g) => (
        <div key={g.id} className={styles.card} data-testid={`uncertainty-group-${g.id}`}>
          <Body1Strong>{g.name || g.id}</Body1Strong>
          <RangeFields kind="volumeFactor" id={g.id} name={g.name || g.id} base={1} range={g.uncertainty?.volumeFactor} lowLabel={u.volumeLow} highLabel={u.volumeHigh} />
        </div>
      ))}
      {unitCosts.length > 0 ? <Subtitle2 as="h3">{u.unitCostsHeading}</Subtitle2> : null}
      {unitCosts.map((c) => (
        <div key={c.code} className={styles.card} data-testid={`uncertainty-unitcost-${c.code}`}>
          <Body1Strong>{c.description || c.code}</Body1Strong>
          <RangeFields kind="unitCostFactor" id={c.code} name={c.description || c.code} base={1} range={c.uncertainty?.unitCostFactor} lowLabel={u.unitCostLow} highLabel={u.unitCostHigh} />
          <GradeSelect of="unitCosts" id={c.code} grade={c.uncertainty?.confidenceGrade} testId={`grade-unitcost-${c.code}`} />
        </div>
      ))}
      <UncertaintySettings />
    </Section>
  );
}
