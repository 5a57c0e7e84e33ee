/** The break-even answer in words, for the finance director. */
import type { ScenarioFile } from "../../scenario/scenarioFile";
import type { PaneStrings } from "../i18n";
import { formatPercent } from "../i18n/format";
import type { DraftEvaluation } from "./evaluateDraft";

const lowerFirst = (text: string): string => (text === "" ? text : text.charAt(0).toLowerCase() + text.slice(1));

/**
 * The break-even answer in words.
 *
 * @example
 * breakEvenText(evaluateDraft(workedExample, defaults, {}), workedExample, SV);
 * // "Satsningen betalar sig om minst 22,6 % av målgruppen (Elever med hög frånvaro) undviker extern skolplacering per elev och år. Kalkylen antar 30 %."
 */
export function breakEvenText(result: DraftEvaluation, file: ScenarioFile, strings: PaneStrings): string | undefined {
  if (!result.ok) return undefined;
  const s = strings.scenarios;
  const factor = result.summary.breakEvenFactor;
  const municipal = result.evaluation.effects.filter((e) => e.payer === "kommun");
  if (factor === null || municipal.length === 0) return s.breakEvenNone;
  const inv = file.investment;
  if (municipal.length === 1) {
    const only = municipal[0]!;
    const effect = inv.effects.find((e) => e.id === only.id);
    const group = inv.targetGroups.find((g) => g.id === effect?.targetGroupId)?.name ?? "";
    const unit = inv.unitCosts.find((u) => u.code.toUpperCase() === effect?.unitCostCode.toUpperCase());
    const needed = result.summary.breakEvenShares[only.id] ?? 0;
    if (needed > 1) return s.breakEvenImpossible({ pct: formatPercent(needed), group });
    return s.breakEvenOne({ pct: formatPercent(needed), group, what: lowerFirst(unit?.description ?? effect?.name ?? ""), assumed: formatPercent(only.share.toNumber()) });
  }
  const list = municipal.map((e) => `${inv.effects.find((x) => x.id === e.id)?.name ?? e.id} ${formatPercent(result.summary.breakEvenShares[e.id] ?? 0)}`).join("; ");
  return s.breakEvenMany({ factor: formatPercent(factor), list });
}
