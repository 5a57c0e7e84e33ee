import type { ReactNode } from "react";
import { Subtitle2 } from "@fluentui/react-components";
import { FIELDS } from "../../engine/fields/fieldTable";
import { DEFAULT_DRAWS, DEFAULT_SEED } from "../../engine/uncertainty/model";
import { inLanguage } from "../i18n";
import { uncertaintyStrings } from "../i18n/uncertaintyTable";
import { ruleOfField } from "../state/parseInput";
import { useDraft, usePaneStatic } from "../state/PaneContext";
import { useFormStyles } from "./formStyles";
import { NumberField } from "./NumberField";

const DRAWS = ruleOfField("draws");
const SEED = ruleOfField("seed");

/**
 * The number of draws and the seed of the uncertainty analysis (the file's top-level
 * `uncertainty`), with their limits from the engine's field table (`draws`, `seed`) and a
 * help text each; without a value in the file the engine's defaults show.
 *
 * @example
 * <UncertaintySettings /> // "Antal dragningar 2000 | Frö 1" for a draft without settings
 */
export function UncertaintySettings(): ReactNode {
  const { strings, dispatch } = usePaneStatic();
  const draft = useDraft();
  const styles = useFormStyles();
  const u = uncertaintyStrings(strings.lang);
  const draws = draft.uncertainty?.draws ?? DEFAULT_DRAWS;
  const seed = draft.uncertainty?.seed ?? DEFAULT_SEED;
  // The pane's number rule refuses negatives, decimals and values above the maximum; the field table's least number of draws is checked here.
  const tooFew = draws < FIELDS.draws.min ? u.drawsOutside(inLanguage(strings.lang, FIELDS.draws.words)) : undefined;
  return (
    <div data-testid="uncertainty-settings">
      <Subtitle2 as="h3">{u.settingsHeading}</Subtitle2>
      <div className={`${styles.row} ${styles.alignEnd}`}>
        <div className={styles.narrow}>
          <NumberField
            id="uncertainty.draws"
            label={u.drawsLabel}
            help={u.drawsHelp}
            value={draws}
            rule={DRAWS}
            onValid={(v) => dispatch({ type: "setUncertaintySettings", draws: v })}
            {...(tooFew !== undefined ? { extraError: tooFew } : {})}
            testId="uncertainty-draws-field"
          />
        </div>
        <div className={styles.narrow}>
          <NumberField id="uncertainty.seed" label={u.seedLabel} help={u.seedHelp} value={seed} rule={SEED} onValid={(v) => dispatch({ type: "setUncertaintySettings", seed: v })} testId="uncertainty-seed-field" />
        </div>
      </div>
    </div>
  );
}
