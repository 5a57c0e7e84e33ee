import type { ReactNode } from "react";
import { Body1Strong, Button, Field, Select, Tooltip } from "@fluentui/react-components";
import { RULE_PRESETS, domainError, investmentPeriod, isDomainError, resolveRules } from "../../engine";
import { inLanguage } from "../i18n";
import { blankDraft } from "../state/blankDraft";
import { useDraftInputs, usePaneStatic } from "../state/PaneContext";
import { ConfirmBar } from "./ConfirmBar";
import { DepartmentsEditor } from "./DepartmentsEditor";
import { EligibilityList } from "./EligibilityList";
import { useFormStyles } from "./formStyles";
import { NumberField } from "./NumberField";
import { PartnersEditor } from "./PartnersEditor";
import { Section } from "./Section";
import { TextField } from "./TextField";

const YEAR = { kind: "year" } as const;

/**
 * The investment itself: name, period, rules, departments with areas and partners, with
 * the eligibility rules checked as the economist types.
 *
 * @example
 * <InvestmentForm /> // an end year before the start year shows "Slutåret 2016 ligger före startåret 2017." next to it
 */
export function InvestmentForm(): ReactNode {
  const { strings, dispatch } = usePaneStatic();
  const draft = useDraftInputs();
  const styles = useFormStyles();
  const f = strings.form;
  const inv = draft.investment;
  const rules = resolveRules(draft.rules);
  const lang = strings.lang;
  return (
    <Section
      title={f.heading}
      testId="investment-form"
      actions={
        <div>
          <Tooltip content={f.newInvestmentHint} relationship="description">
            <Button size="small" data-testid="new-investment" onClick={() => dispatch({ type: "newDraft", draft: blankDraft(new Date().getFullYear(), strings) })}>
              {f.newInvestment}
            </Button>
          </Tooltip>
          <ConfirmBar kinds={["newDraft"]} />
        </div>
      }
    >
      <TextField label={f.name} value={inv.name} at="investment.name" onChange={(name) => dispatch({ type: "editInvestment", patch: { name } })} testId="field-name" />
      <div className={styles.row}>
        <div className={styles.grow}>
          <NumberField
            id="inv.startYear"
            label={f.startYear}
            value={inv.startYear}
            rule={YEAR}
            testId="field-start-year"
            onValid={(year) => dispatch({ type: "editInvestment", patch: { startYear: year } })}
          />
        </div>
        <div className={styles.grow}>
          <NumberField
            id="inv.endYear"
            label={f.endYear}
            value={inv.endYear}
            rule={YEAR}
            testId="field-end-year"
            extraError={investmentPeriod(inv).length === 0 ? inLanguage(lang, domainError("endBeforeStart", { start: inv.startYear, end: inv.endYear })) : undefined}
            onValid={(year) => dispatch({ type: "editInvestment", patch: { endYear: year } })}
          />
        </div>
      </div>
      <Field label={f.rules}>
        <Select value={draft.rules.preset} onChange={(_, data) => dispatch({ type: "setPreset", preset: data.value })} data-testid="select-rules">
          {RULE_PRESETS.map((r) => (
            <option key={r.id} value={r.id}>
              {lang === "en" ? r.name.en : r.name.sv}
            </option>
          ))}
        </Select>
      </Field>
      <Body1Strong>{f.departments}</Body1Strong>
      <DepartmentsEditor />
      <Body1Strong>{f.partners}</Body1Strong>
      <PartnersEditor />
      <Body1Strong>{f.eligibilityHeading}</Body1Strong>
      {isDomainError(rules) ? null : <EligibilityList investment={inv} rules={rules} />}
    </Section>
  );
}
