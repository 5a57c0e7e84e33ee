import type { ReactNode } from "react";
import { Body1, Caption1Strong, makeStyles, tokens } from "@fluentui/react-components";
import type { Investment, RuleSet } from "../../engine";
import { checkEligibility } from "../../engine";
import { inLanguage } from "../i18n";
import { usePaneStatic } from "../state/PaneContext";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  fail: { color: tokens.colorPaletteRedForeground1 }
});

/**
 * The eligibility rules checked on every keystroke, each with its verdict and reason.
 *
 * @example
 * <EligibilityList investment={inv} rules={OREBRO_2013_2019} /> // "Samverkan – Uppfyllt: Nämnder från 2 områden deltar."
 */
export function EligibilityList(props: { readonly investment: Investment; readonly rules: RuleSet }): ReactNode {
  const { strings } = usePaneStatic();
  const styles = useStyles();
  const f = strings.form;
  const result = checkEligibility(props.investment, props.rules, 0);
  return (
    <ul className={styles.list} aria-label={f.eligibilityHeading}>
      {result.checks.map((check) => (
        <li key={check.rule} data-testid={`eligibility-${check.rule}`} data-ok={check.ok}>
          <Caption1Strong block className={check.ok ? styles.ok : styles.fail}>
            {check.ok ? "✓" : "✗"} {f.eligibilityRules[check.rule]} – {check.ok ? f.fulfilled : f.notFulfilled}
          </Caption1Strong>
          <Body1 as="p" block style={{ margin: 0 }}>
            {inLanguage(strings.lang, check)}
          </Body1>
        </li>
      ))}
    </ul>
  );
}
