import { customRules, presetRules } from "../engine/rules";
import type { RuleSet } from "../engine/rules";
import { isDomainError } from "../engine/errors";
import type { Result } from "../engine/result";
import type { RulesChoice } from "./scenarioFile";

/**
 * The rule set a scenario file chooses: its preset, with the overrides applied and checked
 * when there are any. An unknown preset or a bad value gives the engine's domain error.
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
