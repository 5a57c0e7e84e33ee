/**
 * The break-even answer in words, for the finance director. The engine gives two
 * figures: the break-even factor (one multiplier on all planned shares) and, per effect,
 * the break-even share of its target group (its share × the factor). Where the text
 * speaks of the target group it gives that share; the factor is called a factor.
 */
import type { Investment } from "../../engine";
import { keyedMap, matchKey, valueByKey } from "../../engine";
import type { PaneStrings } from "../i18n";
import { formatNumber, formatPercent } from "../i18n/format";
import type { DraftEvaluation } from "./evaluateDraft";

const lowerFirst = (text: string): string => (text === "" ? text : text.charAt(0).toLowerCase() + text.slice(1));

/**
 * The break-even answer in words.
 *
 * @example
 * // The worked example (cost 12.2 MSEK, savings 16.2 MSEK, factor 0.753, one effect at 30 %):
 * breakEvenText(evaluateDraft(workedExample, {}, {}), workedExample.investment, SV);
 * // "Satsningen betalar sig om minst 22,6 % av målgruppen (Elever med hög frånvaro) undviker extern skolplacering per elev och år. Kalkylen antar 30 %."
 * // Two effects (30 % and 10 %) with factor 0.753: "… minst nollpunktsfaktorn 0,753 gånger kalkylens antagande, det vill säga om minst 22,6 % av målgruppen (…) …; 7,5 % av målgruppen (…) …"
 */
export function breakEvenText(result: DraftEvaluation, inv: Pick<Investment, "effects" | "targetGroups" | "unitCosts">, strings: PaneStrings): string | undefined {
  if (!result.ok) return undefined;
  const s = strings.scenarios;
  const factor = result.summary.breakEvenFactor;
  const municipal = result.evaluation.effects.filter((e) => e.payer === "kommun");
  if (factor === null || municipal.length === 0) return s.breakEvenNone;
  const effects = keyedMap(inv.effects, (e) => e.id);
  const groups = keyedMap(inv.targetGroups, (g) => g.id);
  const units = keyedMap(inv.unitCosts, (u) => u.code);
  const parts = municipal.map((m) => {
    const effect = effects.get(matchKey(m.id));
    const unit = effect ? units.get(matchKey(effect.unitCostCode)) : undefined;
    const needed = valueByKey(result.summary.breakEvenShares, m.id) ?? 0;
    return {
      needed,
      pct: formatPercent(needed),
      group: (effect ? groups.get(matchKey(effect.targetGroupId))?.name : undefined) ?? "",
      what: lowerFirst(unit?.description ?? effect?.name ?? m.id),
      assumed: formatPercent(m.share.toNumber())
    };
  });
  if (parts.length === 1) {
    const only = parts[0]!;
    return only.needed > 1 ? s.breakEvenImpossible(only) : s.breakEvenOne(only);
  }
  return s.breakEvenMany({ factor: formatNumber(factor, 3), list: parts.map((p) => s.breakEvenPart(p)).join("; ") });
}
