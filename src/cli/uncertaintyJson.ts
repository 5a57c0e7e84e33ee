/**
 * What `npm run generate -- --json` says of the uncertainty analysis: the engine's figures
 * (src/engine/uncertainty), picked, never computed here.
 */
import type { Appraisal } from "../engine/appraise";
import { isDomainError } from "../engine/errors";

/** `results.uncertainty` of the CLI's JSON. */
export interface UncertaintyJson {
  readonly draws: number;
  readonly seed: number;
  readonly pApproved: number;
  readonly pFullRepayment: number | null;
  readonly expectedRepayment: number | null;
  readonly savingsP10: number;
  readonly savingsP50: number;
  readonly savingsP90: number;
  readonly expectedRepaymentByDepartment: Readonly<Record<string, number>> | null;
}

/**
 * The analysis as the CLI prints it; null without ranges (or when the analysis is an error,
 * which the caller reports).
 *
 * @example
 * // The worked example with a share range (0.1, 0.3, 0.5), 2 000 draws from seed 7:
 * uncertaintyJson(appraisal); // { draws: 2000, seed: 7, pApproved: 0.795, pFullRepayment: 0.7605, expectedRepayment: 12215876.45, … }
 */
export function uncertaintyJson(a: Pick<Appraisal, "uncertainty">): UncertaintyJson | null {
  const u = a.uncertainty;
  if (u === null || isDomainError(u)) return null;
  const f = u.figures;
  return {
    draws: u.draws,
    seed: u.seed,
    pApproved: f.pApproved,
    pFullRepayment: f.pFullRepayment,
    expectedRepayment: f.expectedRepayment,
    savingsP10: f.savingsP10,
    savingsP50: f.savingsP50,
    savingsP90: f.savingsP90,
    expectedRepaymentByDepartment: f.expectedRepaymentByDepartment
  };
}

/**
 * One sentence on the probability, for the CLI's plain output; empty without ranges.
 *
 * @example
 * uncertaintySentence(appraisal, "sv"); // " Sannolikheten att besparingen i fönstret når kostnaden: 80 % (2 000 dragningar, frö 7)."
 */
export function uncertaintySentence(a: Pick<Appraisal, "uncertainty">, lang: "sv" | "en"): string {
  const j = uncertaintyJson(a);
  if (j === null) return "";
  const pct = Math.round(j.pApproved * 100);
  const n = new Intl.NumberFormat(lang === "en" ? "en-GB" : "sv-SE").format(j.draws);
  return lang === "en"
    ? ` Probability that savings in the window reach the cost: ${pct} % (${n} draws, seed ${j.seed}).`
    : ` Sannolikheten att besparingen i fönstret når kostnaden: ${pct} % (${n} dragningar, frö ${j.seed}).`;
}
