/**
 * Which rules an investment is judged by: a preset by id, optionally with values changed.
 * Owned here so the scenario file, the CLI, the pane and the workbook resolve it alike.
 */
import { isDomainError } from "./errors";
import type { Result } from "./result";
import type { RuleSet } from "./rules";
import { customRules, presetRules } from "./rules";

/** Where the rules come from: a preset by id, optionally with values changed. */
export interface RulesChoice {
  readonly preset: string;
  readonly overrides?: Partial<Omit<RuleSet, "id" | "name" | "source">>;
}

/**
 * The rule set a choice names: its preset, with the overrides applied and checked when
 * there are any. An unknown preset or a bad value gives the engine's domain error.
 *
 * @example
 * (resolveRules({ preset: "orebro-2013-2019" }) as RuleSet).feeShare;                          // 0.05
 * (resolveRules({ preset: "orebro-2013-2019", overrides: { feeShare: 0.03 } }) as RuleSet).feeShare; // 0.03
 * (resolveRules({ preset: "orebro-2021" }) as DomainError).key;                                 // "unknownPreset"
 */
export function resolveRules(choice: RulesChoice): Result<RuleSet> {
  const base = presetRules(choice.preset);
  if (isDomainError(base)) return base;
  const overrides = Object.fromEntries(Object.entries(choice.overrides ?? {}).filter(([, v]) => v !== undefined));
  return Object.keys(overrides).length === 0 ? base : customRules(base, overrides);
}
