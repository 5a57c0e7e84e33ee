/**
 * Confidence grades and the optimism-bias correction, owned here (docs/uncertainty.md).
 *
 * The idea is Greater Manchester's cost-benefit model (New Economy, adopted by HM Treasury as
 * "Supporting public service transformation: cost benefit analysis guidance for local
 * partnerships", April 2014, https://www.gov.uk/government/publications/supporting-public-service-transformation-cost-benefit-analysis-guidance-for-local-partnerships):
 * every cost and every outcome carries a grade for the strength of its evidence, and each
 * benefit is reduced by an optimism-bias correction that grows as the grade weakens.
 *
 * Decided here: the guidance's own grade table (its wording and percentages) could not be
 * read from a source at hand, so neither the six descriptions nor the six corrections below
 * are quoted from it. They follow its idea: six grades, from local, recent official
 * statistics (no correction) to an estimate without a source (40 %). A municipality replaces
 * them in its rules (`rules.overrides.optimismBias`).
 */
import type { Words } from "../fields/fieldSpec";

/** How many grades there are: 1 (strongest evidence) … 6 (weakest). */
export const GRADE_COUNT = 6;

/** What each grade means, grade 1 first (decided here, see above). */
export const CONFIDENCE_GRADES: readonly Words[] = [
  { sv: "Officiell statistik eller egna granskade uppgifter, lokala och högst två år gamla", en: "Official statistics or audited own data, local and at most two years old" },
  { sv: "Officiell statistik eller egna uppgifter, äldre eller nationella", en: "Official statistics or own data, older or national" },
  { sv: "Utvärdering med jämförelsegrupp av samma eller en liknande insats", en: "An evaluation with a comparison group of the same or a similar effort" },
  { sv: "Annan forskning eller rapporter utan jämförelsegrupp", en: "Other research or reports without a comparison group" },
  { sv: "Expertbedömning med visst underlag", en: "Expert judgement with some evidence" },
  { sv: "Uppskattning utan källa", en: "An estimate without a source" }
];

/**
 * The optimism-bias correction of each grade (grade 1 first), as a share the benefit is
 * reduced by. Decided here (see above): 0, 5, 10, 15, 25 and 40 %.
 */
export const DEFAULT_OPTIMISM_BIAS: readonly number[] = [0, 0.05, 0.1, 0.15, 0.25, 0.4];

/** Where the default table comes from, for the rules' source text and the docs. */
export const OPTIMISM_BIAS_SOURCE =
  "Optimism bias per confidence grade after Greater Manchester's CBA model (HM Treasury/New Economy 2014); the six corrections are decided here, not quoted";

/**
 * The correction for a grade under a rule set's table; 0 without a grade (decided here:
 * evidence not graded is taken as it stands, so files without grades keep their figures).
 *
 * @example
 * optimismCorrection(DEFAULT_OPTIMISM_BIAS, 6);         // 0.4
 * optimismCorrection(DEFAULT_OPTIMISM_BIAS, undefined); // 0
 */
export function optimismCorrection(table: readonly number[], grade: number | undefined): number {
  return grade === undefined ? 0 : (table[grade - 1] ?? 0);
}
