/**
 * Whether the approval test means anything yet. Decided here (issue 10, item 4): the
 * engine's test "savings ≥ cost" holds trivially for an investment with no cost or no
 * effect (0 ≥ 0), so the pane says "not assessed yet" instead of "approved" and shows no
 * payback year until there is a cost above zero and at least one effect. The engine's
 * figures themselves are shown unchanged; only their verdict waits.
 */
import type { Investment, Summary } from "../../engine";

/** What an investment still lacks before it can be assessed. */
export type Missing = "cost" | "effect";

/**
 * What is missing for the approval test to mean anything (empty when nothing is).
 *
 * @example
 * missingForApproval(blank.investment, blankSummary);   // ["cost", "effect"]
 * missingForApproval(worked.investment, workedSummary); // []
 */
export function missingForApproval(investment: Pick<Investment, "effects">, summary: Pick<Summary, "totalCost">): readonly Missing[] {
  const missing: Missing[] = [];
  if (!(summary.totalCost > 0)) missing.push("cost");
  if (investment.effects.length === 0) missing.push("effect");
  return missing;
}
