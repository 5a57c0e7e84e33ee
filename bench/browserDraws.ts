/**
 * Bundled for Chromium by pane.ts (esbuild, one script): times the pane's own evaluation,
 * `evaluateDraft`, the function its deferred render runs for the draws, on the 30-effect
 * investment with 70 ranges (largeScenario + withRanges), in the browser's JavaScript engine.
 * Sets `window.sinvDrawTimes`.
 */
import { evaluateDraft } from "../src/taskpane/state/evaluateDraft";
import type { ScenarioFile } from "../src/scenario/scenarioFile";
import { largeScenario, withRanges } from "./largeScenario";

/** Milliseconds per evaluation, per round. */
export interface DrawTimes {
  /** A new seed each round: every uniform number drawn again. */
  readonly whole: number[];
  /** One range changed (the first effect's high share), the seed kept: the pane's redraw after a range edit. */
  readonly redraw: number[];
  readonly pApproved: number;
}

function time(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

/**
 * The timings of `rounds` evaluations with `draws` draws.
 *
 * @example
 * drawTimes(10000, 15).redraw; // e.g. [21.3, 20.8, …]
 */
export function drawTimes(draws: number, rounds: number): DrawTimes {
  const large = largeScenario(30, 10, 20);
  const file: ScenarioFile = { ...large, investment: withRanges(large.investment), uncertainty: { draws, seed: 1 } };
  const scenario = file.scenario ?? {};
  const first = file.investment.effects[0]!;
  let last = evaluateDraft(file, scenario, {});
  const whole: number[] = [];
  const redraw: number[] = [];
  for (let r = 0; r < rounds; r++) {
    whole.push(time(() => (last = evaluateDraft({ ...file, uncertainty: { draws, seed: 1000 + r } }, scenario, {}))));
    const high = Math.min(1, first.share * (1.2 + (r % 5) / 10));
    const changed = { ...file.investment, effects: file.investment.effects.map((e, i) => (i === 0 ? { ...e, uncertainty: { share: { low: first.share * 0.5, high } } } : e)) };
    redraw.push(time(() => evaluateDraft({ ...file, investment: changed }, scenario, {})));
  }
  const u = last.ok ? last.uncertainty : null;
  return { whole, redraw, pApproved: u !== null && "figures" in u ? u.figures.pApproved : Number.NaN };
}

(globalThis as { sinvDrawTimes?: typeof drawTimes }).sinvDrawTimes = drawTimes;
