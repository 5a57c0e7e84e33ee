/**
 * The uncertainty analysis's speed (docs/uncertainty.md): 2 000 and 10 000 draws on the
 * worked example (one range) and on a 30-effect investment (70 ranges: every share, every
 * target group's volumes, every unit cost), in-process. Three figures per case, median and
 * spread over rounds:
 *   - draws: a run from a new seed (uniform numbers made, model prepared once);
 *   - redraw: the pane's case, one range changed, the same seed (other ranges' uniform numbers cached);
 *   - appraise: the whole appraisal of the file, evaluation included.
 * Target: 10 000 draws ≤ 100 ms for 30 effects.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Appraisal, UncertaintyAnalysis } from "../src/engine";
import { appraise, isDomainError, rerun } from "../src/engine";
import { uncertaintyModel } from "../src/engine/uncertainty/parts";
import type { Investment } from "../src/engine/model";
import type { ScenarioFile } from "../src/scenario/scenarioFile";
import type { Spread } from "./fair";
import { spreadOf, timeOnce } from "./fair";
import { largeScenario, withRanges } from "./largeScenario";

/** One case's figures. */
export interface UncertaintyFigure {
  readonly name: string;
  readonly draws: number;
  readonly ranges: number;
  readonly drawsMs: Spread;
  readonly redrawMs: Spread;
  readonly appraiseMs: Spread;
  /** P(approved) of the last run from a new seed, so a reader sees the work was done. */
  readonly pApproved: number;
}

function analysed(file: ScenarioFile): { appraisal: Appraisal; analysis: UncertaintyAnalysis } {
  const a = appraise(file);
  if (isDomainError(a) || a.uncertainty === null || isDomainError(a.uncertainty)) throw new Error("no analysis");
  return { appraisal: a, analysis: a.uncertainty };
}

function measure(name: string, base: ScenarioFile, draws: number, rounds: number): UncertaintyFigure {
  const file: ScenarioFile = { ...base, uncertainty: { draws, seed: 1 } };
  const { appraisal, analysis } = analysed(file);
  const model = analysis.model;
  const inv = file.investment;
  const draw: number[] = [];
  const redraw: number[] = [];
  const whole: number[] = [];
  let last = analysis;
  for (let r = 0; r < rounds; r++) {
    // A new seed: every uniform number made again.
    draw.push(timeOnce(() => (last = rerun(model, draws, 1000 + r))));
    whole.push(timeOnce(() => analysed({ ...file, uncertainty: { draws, seed: 2000 + r } })));
  }
  // The pane's redraw: one range changed (the first effect's high share), the seed kept.
  const first = inv.effects[0]!;
  for (let r = 0; r < rounds; r++) {
    const high = Math.min(1, first.share * (1.2 + (r % 5) / 10));
    const changed: Investment = { ...inv, effects: inv.effects.map((e, i) => (i === 0 ? { ...e, uncertainty: { share: { low: first.share * 0.5, high } } } : e)) };
    redraw.push(timeOnce(() => rerun(uncertaintyModel(changed, appraisal.rules, appraisal.evaluation), draws, 1)));
  }
  return { name, draws, ranges: model.inputs.length, drawsMs: spreadOf(draw), redrawMs: spreadOf(redraw), appraiseMs: spreadOf(whole), pApproved: last.figures.pApproved };
}

/**
 * Runs the cases.
 *
 * @example
 * uncertaintyBench(process.cwd(), 9); // four figures
 */
export function uncertaintyBench(root: string, rounds: number): UncertaintyFigure[] {
  const worked = JSON.parse(readFileSync(join(root, "assets", "examples", "raekneexempel-skolnarvaro.json"), "utf8")) as ScenarioFile;
  const workedRanged: ScenarioFile = {
    ...worked,
    investment: { ...worked.investment, effects: worked.investment.effects.map((e) => ({ ...e, uncertainty: { share: { low: 0.1, high: 0.5 } } })) }
  };
  const large = largeScenario(30, 10, 20);
  const largeRanged: ScenarioFile = { ...large, investment: withRanges(large.investment) };
  const out: UncertaintyFigure[] = [];
  for (const draws of [2000, 10000]) {
    out.push(measure("worked example, 1 range", workedRanged, draws, rounds));
    out.push(measure("30 effects × 10 departments, 70 ranges", largeRanged, draws, rounds));
  }
  return out;
}
