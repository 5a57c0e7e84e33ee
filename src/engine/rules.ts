import { domainError } from "./errors";
import { checkField } from "./fields/checkField";
import type { DomainError } from "./errors";
import { DEFAULT_OPTIMISM_BIAS, GRADE_COUNT } from "./uncertainty/confidenceGrades";
import type { Result } from "./result";

/** How repayment is planned over the years (MODEL.md, "Repayment"). */
export type RepaymentPlanKind = "followSavings" | "even";

/** A municipality's rules as data: every rule a parameter, never a constant in code. */
export interface RuleSet {
  readonly id: string;
  readonly name: { readonly sv: string; readonly en: string };
  /** Years after the end year in which savings count (Örebro: 10). */
  readonly horizonYears: number;
  /** Administrative fee as a share of the total cost (0.05). */
  readonly feeShare: number;
  /** Least repayment as a share of the total cost under risk sharing (0.30). */
  readonly floorShare: number;
  /** Whether departments repay the fund at all. */
  readonly repaymentModel: boolean;
  readonly repaymentPlan: RepaymentPlanKind;
  /** Years of even instalments when `repaymentPlan` is "even". */
  readonly instalmentYears: number;
  readonly minDurationYears: number;
  readonly maxDurationYears: number;
  /** At most this many new investments may start in one year. */
  readonly maxNewPerYear: number;
  /** Discount rate for present values (0: undiscounted kronor, Örebro's practice). */
  readonly discountRate: number;
  /** Count savings during the investment in the approval test. */
  readonly includeDuring: boolean;
  /**
   * The optimism-bias correction per confidence grade, grade 1 first: the share a benefit
   * graded so is cut by in the bias-corrected base case (docs/uncertainty.md).
   */
  readonly optimismBias: readonly number[];
  /** Where the rules come from. */
  readonly source: string;
}

const OREBRO_COMMON = {
  horizonYears: 10,
  feeShare: 0.05,
  floorShare: 0.3,
  repaymentPlan: "followSavings",
  instalmentYears: 5,
  minDurationYears: 2,
  maxDurationYears: 4,
  maxNewPerYear: 3,
  discountRate: 0,
  includeDuring: false,
  optimismBias: DEFAULT_OPTIMISM_BIAS
} as const;

/** Örebro's rules for investments started 2013–2019: the repayment model applies. */
export const OREBRO_2013_2019: RuleSet = {
  ...OREBRO_COMMON,
  id: "orebro-2013-2019",
  name: { sv: "Örebro 2013–2019 (med återföring)", en: "Örebro 2013–2019 (with repayment)" },
  repaymentModel: true,
  source: "Örebro kommun: riktlinjer för sociala investeringar (reviderade 2016): 2–4 år, högst tre nya per år, återföring + 5 % avgift, golv 30 %"
};

/** Örebro's rules for investments started from 2020: no repayment. */
export const OREBRO_FROM_2020: RuleSet = {
  ...OREBRO_COMMON,
  id: "orebro-2020",
  name: { sv: "Örebro från 2020 (utan återföring)", en: "Örebro from 2020 (no repayment)" },
  repaymentModel: false,
  source: "Örebro kommun: återföringsmodellen slopad för satsningar som startar från 2020"
};

/** The named presets. */
export const RULE_PRESETS: readonly RuleSet[] = [OREBRO_2013_2019, OREBRO_FROM_2020];

/**
 * A preset by id.
 *
 * @example
 * (presetRules("orebro-2020") as RuleSet).repaymentModel; // false
 */
export function presetRules(id: string): Result<RuleSet> {
  return RULE_PRESETS.find((r) => r.id === id) ?? domainError("unknownPreset", { id, known: RULE_PRESETS.map((r) => r.id).join(", ") });
}

/**
 * Custom rules: a base preset with some values changed, checked.
 *
 * @example
 * (customRules(OREBRO_2013_2019, { feeShare: 0.03 }) as RuleSet).feeShare; // 0.03
 */
export function customRules(base: RuleSet, overrides: Partial<Omit<RuleSet, "id" | "name" | "source">>): Result<RuleSet> {
  const rules: RuleSet = {
    ...base,
    ...overrides,
    id: "custom",
    name: { sv: `Egna regler (utifrån ${base.name.sv})`, en: `Custom rules (based on ${base.name.en})` },
    source: `${base.source}; ändrade värden: ${Object.keys(overrides).join(", ")}`
  };
  return validateRules(rules);
}

/**
 * Checks every value of a rule set.
 *
 * @example
 * (validateRules({ ...OREBRO_2013_2019, floorShare: 1.2 }) as DomainError).key; // "aboveMax"
 */
export function validateRules(r: RuleSet): Result<RuleSet> {
  const bad =
    checkField("horizonYears", r.horizonYears, "rules.horizonYears") ??
    checkField("feeShare", r.feeShare, "rules.feeShare") ??
    checkField("floorShare", r.floorShare, "rules.floorShare") ??
    checkField("instalmentYears", r.instalmentYears, "rules.instalmentYears") ??
    checkField("minDurationYears", r.minDurationYears, "rules.minDurationYears") ??
    checkField("maxDurationYears", r.maxDurationYears, "rules.maxDurationYears") ??
    (r.maxDurationYears < r.minDurationYears ? domainError("belowMin", { arg: "rules.maxDurationYears", min: r.minDurationYears, got: r.maxDurationYears }) : undefined) ??
    checkField("maxNewPerYear", r.maxNewPerYear, "rules.maxNewPerYear") ??
    checkField("discountRate", r.discountRate, "rules.discountRate") ??
    checkOptimismBias(r.optimismBias);
  return bad ?? r;
}

/**
 * The optimism-bias table: one correction per grade, each a share, never smaller for a
 * weaker grade.
 *
 * @example
 * checkOptimismBias([0, 0.05, 0.1, 0.15, 0.25, 0.4]);      // undefined
 * checkOptimismBias([0, 0.2, 0.1, 0.15, 0.25, 0.4])?.key;  // "decreasing"
 */
export function checkOptimismBias(table: readonly number[]): DomainError | undefined {
  const arg = "rules.optimismBias";
  if (!Array.isArray(table) || table.length !== GRADE_COUNT) return domainError("wrongCount", { arg, expected: GRADE_COUNT, got: Array.isArray(table) ? table.length : String(table) });
  for (const [i, v] of table.entries()) {
    const bad = checkField("optimismBias", v, `${arg}[${i + 1}]`);
    if (bad) return bad;
  }
  for (let i = 1; i < table.length; i++) {
    const got = table[i] as number;
    const before = table[i - 1] as number;
    if (got < before) return domainError("decreasing", { arg, pos: i + 1, got, previous: i, before });
  }
  return undefined;
}
