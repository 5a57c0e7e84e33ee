import type { ReactNode } from "react";
import { Caption1, Field, Select } from "@fluentui/react-components";
import type { Financing } from "../../engine";
import { investmentPeriod, keyedMap, matchKey, oreNumber } from "../../engine";
import { formatKr } from "../i18n/format";
import { useDraftInputs, useEvaluation, usePaneStatic } from "../state/PaneContext";
import { ruleOfField } from "../state/parseInput";
import { MAX_YEAR_FIELDS, periodYears } from "../state/periodYears";
import { itemLabel } from "../state/itemLabel";
import { useInvestmentList } from "../state/useInvestmentList";
import { AddButton } from "./AddButton";
import { useFormStyles } from "./formStyles";
import { ItemSelect } from "./ItemSelect";
import { NumberField } from "./NumberField";
import { RemoveButton } from "./RemoveButton";
import { Section } from "./Section";
import { TextField } from "./TextField";

const AMOUNT = ruleOfField("amounts");

/**
 * The cost calculation: a line per cost with its department, financing and amount per
 * year of the period. Staff lines read from the workbook (salary × FTE × months) are shown
 * with their totals and edited in the sheet.
 *
 * @example
 * <CostLinesEditor /> // "Personal | Förvaltning | Fonden | Belopp 2017 (kr) …"
 */
export function CostLinesEditor(): ReactNode {
  const { strings, dispatch } = usePaneStatic();
  const draft = useDraftInputs();
  const styles = useFormStyles();
  const c = strings.costs;
  const inv = draft.investment;
  const years = periodYears(inv);
  const { edit, remove, add } = useInvestmentList("costLines");
  return (
    <Section title={c.heading} testId="costs">
      {investmentPeriod(inv).length > MAX_YEAR_FIELDS ? <Caption1>{c.yearsCapped(MAX_YEAR_FIELDS)}</Caption1> : null}
      {inv.costLines.map((line) =>
        line.staff ? (
          <StaffLine key={line.id} id={line.id} name={itemLabel(strings, "costLines", inv.costLines, line.id)} />
        ) : (
          <div key={line.id} className={styles.card} data-testid={`cost-${line.id}`}>
            <div className={styles.row}>
              <TextField label={c.description} className={styles.grow} value={line.description} at="investment.costLines[].description" onChange={(description) => edit(line.id, { description })} />
              <ItemSelect label={c.department} list="departments" className={styles.wide} value={line.departmentId} items={inv.departments} onChange={(id) => edit(line.id, { departmentId: id })} />
              <Field label={c.financing} className={styles.grow}>
                <Select value={line.financing} onChange={(_, data) => edit(line.id, { financing: data.value as Financing })}>
                  <option value="fund">{c.fund}</option>
                  <option value="cofinancing">{c.cofinancing}</option>
                </Select>
              </Field>
            </div>
            <div className={styles.row}>
              {years.map((year) => (
                <div key={year} className={styles.narrow}>
                  <NumberField
                    id={`cost.${line.id}.${year}`}
                    label={c.amount(year)}
                    value={line.amounts?.[String(year)] ?? 0}
                    rule={AMOUNT}
                    testId={`cost-${line.id}-${year}`}
                    onValid={(v) => dispatch({ type: "setYearValue", list: "costLines", id: line.id, year, value: v })}
                  />
                </div>
              ))}
            </div>
            <div>
              <RemoveButton size="small" onClick={() => remove(line.id)} />
            </div>
          </div>
        )
      )}
      <AddButton
        label={c.add}
        testId="add-cost"
        onClick={() =>
          add("c", {
            description: c.newLine(inv.costLines.length + 1),
            category: "other",
            departmentId: inv.departments[0]?.id ?? "",
            financing: "fund",
            amounts: Object.fromEntries(years.map((y) => [String(y), 0]))
          })
        }
      />
    </Section>
  );
}

/**
 * A staff line read from the workbook, with its total over its years as the engine
 * computed it (a dash while the draft cannot be evaluated). Only this line follows the
 * evaluation, so a scenario change does not render the whole cost editor again.
 *
 * @example
 * <StaffLine id="staff" name="Personal" /> // "Personal: personal enligt tabellen, 9 000 000 kr totalt"
 */
function StaffLine(props: { readonly id: string; readonly name: string }): ReactNode {
  const { strings } = usePaneStatic();
  const evaluation = useEvaluation();
  const line = evaluation.ok ? keyedMap(evaluation.evaluation.costLines, (l) => l.id).get(matchKey(props.id)) : undefined;
  return <Caption1 data-testid={`cost-staff-${props.id}`}>{strings.costs.staffLine(props.name, line ? formatKr(oreNumber(line.total), strings.kr) : strings.dash)}</Caption1>;
}
