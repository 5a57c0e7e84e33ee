/**
 * The uncertainty analysis of an appraisal, owned here (docs/uncertainty.md): the ranges'
 * model prepared from the planned evaluation, the seeded draws, their figures and the
 * tornado. `appraise()` calls it; the pane may call {@link rerun} for another number of
 * draws (uniform numbers are cached per seed and input, so a redraw only redoes the sums).
 */
import type { DomainError } from "../errors";
import type { Evaluation } from "../evaluate";
import type { Investment, Scenario } from "../model";
import type { RuleSet } from "../rules";
import type { DrawFigures } from "./figures";
import { drawFigures } from "./figures";
import type { UncertainInput } from "./inputs";
import { hasRanges } from "./inputs";
import type { UncertaintySettings } from "./model";
import { DEFAULT_DRAWS, DEFAULT_SEED } from "./model";
import type { UncertaintyModel } from "./parts";
import { uncertaintyModel } from "./parts";
import type { Simulation } from "./simulate";
import { simulate } from "./simulate";
import type { TornadoBar } from "./tornado";
import { tornado } from "./tornado";
import { validateUncertainty } from "./validate";

/** One analysis: what was drawn, how, and what the draws say. */
export interface UncertaintyAnalysis {
  readonly draws: number;
  readonly seed: number;
  readonly inputs: readonly UncertainInput[];
  readonly figures: DrawFigures;
  readonly tornado: readonly TornadoBar[];
  readonly model: UncertaintyModel;
  readonly simulation: Simulation;
}

/**
 * Analyses the ranges of an investment against its planned evaluation; null without any
 * range, the domain error when a range or setting is invalid.
 *
 * @example
 * const a = analyseUncertainty(inv, rules, ev, {}, { draws: 10000, seed: 7 }) as UncertaintyAnalysis;
 * a.figures.pApproved; // ≈ 0.80 for the worked example with share (0.1, 0.3, 0.5)
 */
export function analyseUncertainty(inv: Investment, rules: RuleSet, ev: Evaluation, scenario: Scenario = {}, settings: UncertaintySettings = {}): UncertaintyAnalysis | DomainError | null {
  const bad = validateUncertainty(inv, scenario, settings);
  if (bad) return bad;
  if (!hasRanges(inv)) return null;
  return rerun(uncertaintyModel(inv, rules, ev), settings.draws ?? DEFAULT_DRAWS, settings.seed ?? DEFAULT_SEED);
}

/**
 * The analysis of a prepared model with `draws` draws from `seed`. The first n draws of a
 * longer run are the draws of a run of n (the workbook holds a prefix of the engine's draws).
 *
 * @example
 * rerun(analysis.model, 2000, 7).figures.pApproved;
 */
export function rerun(model: UncertaintyModel, draws: number, seed: number): UncertaintyAnalysis {
  const simulation = simulate(model, draws, seed);
  return { draws, seed, inputs: model.inputs, figures: drawFigures(model, simulation), tornado: tornado(model), model, simulation };
}
