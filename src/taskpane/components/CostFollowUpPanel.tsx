import type { ReactNode } from "react";
import { Body1Strong, Caption1, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import type { CostComparison } from "../../engine/costFollowUp";
import { formatResultKr } from "../i18n/format";
import { itemLabel } from "../state/itemLabel";
import { ruleOfField } from "../state/parseInput";
import { useActualCosts, useDraftInputs, usePaneStatic } from "../state/PaneContext";
import { useCostFollowUp } from "../state/useCostFollowUp";
import { useFormStyles } from "./formStyles";
import { NumberField } from "./NumberField";
import { ScrollTable } from "./ScrollTable";
import { Section } from "./Section";

const AMOUNT = ruleOfField("amounts");

const useStyles = makeStyles({
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap", "& .fui-TableHeaderCell__button": { justifyContent: "flex-end" } },
  total: { "& td": { fontWeight: tokens.fontWeightSemibold } }
});

/**
 * The evaluator's follow-up of the costs: actual costs per cost line and year (an empty
 * field is the budget, a forecast), and actual against budget per line and per year with
 * the variance and each year marked actual or forecast — the engine's figures
 * ({@link costFollowUp}). "Skriv utfall till arbetsboken" writes the actual costs into the workbook's
 * SINV_UtfallKostnader; a read of the workbook fills them from it.
 *
 * @example
 * <CostFollowUpPanel /> // staff 2017 = 3 100 000 → "Personal: 9 000 000 kr, 9 100 000 kr, 100 000 kr"
 */
export function CostFollowUpPanel(): ReactNode {
  const { strings, dispatch } = usePaneStatic();
  const draft = useDraftInputs();
  const actualCosts = useActualCosts();
  const styles = useStyles();
  const form = useFormStyles();
  const e = strings.work.evaluator;
  const f = strings.followUp;
  const figures = useCostFollowUp();
  if (!figures) return null;
  const inv = draft.investment;
  const kr = (v: number): string => formatResultKr(v, strings.kr);
  const cells = (c: CostComparison, testId?: string): ReactNode => (
    <>
      <TableCell className={styles.num}>{kr(c.budget)}</TableCell>
      <TableCell className={styles.num}>{kr(c.actual)}</TableCell>
      <TableCell className={styles.num} data-testid={testId}>
        {kr(c.variance)}
      </TableCell>
    </>
  );
  const header = (first: string, mark = false): ReactNode => (
    <TableHeader>
      <TableRow>
        <TableHeaderCell>{first}</TableHeaderCell>
        {mark ? <TableHeaderCell>{e.mark}</TableHeaderCell> : null}
        <TableHeaderCell className={styles.num}>{e.budget}</TableHeaderCell>
        <TableHeaderCell className={styles.num}>{f.actual}</TableHeaderCell>
        <TableHeaderCell className={styles.num}>{f.variance}</TableHeaderCell>
      </TableRow>
    </TableHeader>
  );
  return (
    <Section title={e.costsHeading} testId="cost-followup">
      <Caption1>{e.costsIntro}</Caption1>
      {figures.lines.map((line) => {
        const name = itemLabel(strings, "costLines", inv.costLines, line.id);
        return (
          <div key={line.id} className={form.card}>
            <Body1Strong>{name}</Body1Strong>
            <div className={form.row}>
              {line.years.map((y) => (
                <div key={y.year} className={form.grow}>
                  <NumberField
                    id={`actualCost.${line.id}.${y.year}`}
                    label={e.actualCost(name, y.year)}
                    value={actualCosts[line.id]?.[String(y.year)]}
                    rule={AMOUNT}
                    placeholder={kr(y.budget)}
                    hint={e.budgetHint(kr(y.budget))}
                    testId={`actual-cost-${line.id}-${y.year}`}
                    onValid={(value) => dispatch({ type: "setActualCost", lineId: line.id, year: y.year, value })}
                    onEmpty={() => dispatch({ type: "setActualCost", lineId: line.id, year: y.year, value: undefined })}
                  />
                </div>
              ))}
            </div>
          </div>
        );
      })}
      <Body1Strong>{e.byLine}</Body1Strong>
      <ScrollTable label={e.byLine} testId="cost-followup-lines">
        {header(e.costLine)}
        <TableBody>
          {figures.lines.map((line) => (
            <TableRow key={line.id}>
              <TableCell>{itemLabel(strings, "costLines", inv.costLines, line.id)}</TableCell>
              {cells(line, `cost-followup-${line.id}-variance`)}
            </TableRow>
          ))}
          <TableRow className={styles.total}>
            <TableCell>{e.total}</TableCell>
            {cells(figures.total, "cost-followup-total-variance")}
          </TableRow>
        </TableBody>
      </ScrollTable>
      <Body1Strong>{e.byYear}</Body1Strong>
      <ScrollTable label={`${e.costsHeading}: ${e.byYear}`} testId="cost-followup-years">
        {header(f.year, true)}
        <TableBody>
          {figures.years.map((y) => (
            <TableRow key={y.year}>
              <TableCell>{y.year}</TableCell>
              <TableCell data-testid={`cost-followup-mark-${y.year}`}>{y.isActual ? e.actualMark : e.forecastMark}</TableCell>
              {cells(y)}
            </TableRow>
          ))}
        </TableBody>
      </ScrollTable>
      <Caption1>{e.writtenWith}</Caption1>
    </Section>
  );
}
