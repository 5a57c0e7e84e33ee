/**
 * Uncertainty as data (docs/uncertainty.md): three-point ranges on what is uncertain, the
 * confidence grade of the evidence, and how many draws the simulation makes from which seed.
 * JSON-friendly, as the rest of the model: plain numbers, keys as in the scenario file.
 */

/**
 * A three-point range's two outer points; the third, the base (the most likely value), is
 * the planned value: an effect's share, or 1 for a factor.
 */
export interface Range {
  readonly low: number;
  readonly high: number;
}

/** What is uncertain about an effect: its share, and the grade of the evidence for it. */
export interface EffectUncertainty {
  /** The share's range (shares, 0–1); the base is the effect's planned share. */
  readonly share?: Range;
  /** 1 (official statistics, local, recent) … 6 (an estimate without a source). */
  readonly confidenceGrade?: number;
}

/** What is uncertain about a target group: a factor on its volumes in every year. */
export interface TargetGroupUncertainty {
  /** The volume factor's range around 1. */
  readonly volumeFactor?: Range;
}

/** What is uncertain about a unit cost: a factor on it, and the grade of its source. */
export interface UnitCostUncertainty {
  /** The unit-cost factor's range around 1. */
  readonly unitCostFactor?: Range;
  /** 1 (official statistics, local, recent) … 6 (an estimate without a source). */
  readonly confidenceGrade?: number;
}

/** The simulation's settings: a scenario file's top-level `"uncertainty"`. */
export interface UncertaintySettings {
  /** How many draws (default {@link DEFAULT_DRAWS}). */
  readonly draws?: number;
  /** The seed of the generator (default {@link DEFAULT_SEED}): the same seed gives the same draws on every machine. */
  readonly seed?: number;
}

/**
 * Decided here: 2 000 draws by default. A probability from n draws has a standard error of
 * at most 0.5/√n: 1.1 percentage points at 2 000, so "80 %" is not "78 %"; the pane redraws
 * 2 000 within a frame (bench/), and the workbook holds them (docs/uncertainty.md).
 */
export const DEFAULT_DRAWS = 2000;

/** Decided here: seed 1 by default (any whole number 0 … 2³² − 1 will do; it only has to be written down). */
export const DEFAULT_SEED = 1;

/** The kinds of uncertain input. */
export type InputKind = "share" | "volumeFactor" | "unitCostFactor";
