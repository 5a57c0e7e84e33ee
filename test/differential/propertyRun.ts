/**
 * How the differential properties run: a fixed seed by default (deterministic in CI),
 * overridable to explore or replay, and a failure message that carries the seed, the
 * path and the shrunk counterexample as JSON, ready to paste into a scenario file.
 *
 *   SINV_PROP_SEED=123 npx jest test/differential           # another seed
 *   SINV_PROP_SEED=123 SINV_PROP_PATH="4:1:0" npx jest …    # replay one failure
 *   SINV_PROP_RUNS=2 npx jest test/differential              # twice the cases
 */
import fc from "fast-check";

/** The seed of this run: SINV_PROP_SEED, or a fixed default. */
export const PROP_SEED: number = process.env.SINV_PROP_SEED !== undefined && process.env.SINV_PROP_SEED !== "" ? Number(process.env.SINV_PROP_SEED) : 20261129;

/** The path to replay (from a failure message), if any. */
const PROP_PATH: string | undefined = process.env.SINV_PROP_PATH || undefined;

/** A multiplier on every property's number of cases: SINV_PROP_RUNS, default 1. */
const RUNS_FACTOR: number = Number(process.env.SINV_PROP_RUNS ?? "1") || 1;

if (!Number.isInteger(PROP_SEED)) throw new Error(`SINV_PROP_SEED must be an integer, found ${JSON.stringify(process.env.SINV_PROP_SEED)}`);

/**
 * fast-check's parameters for a property of `runs` cases under this run's seed.
 *
 * @example
 * fc.check(property, propParams(50)); // 50 cases, seed 20261129
 */
export function propParams<T>(runs: number): fc.Parameters<T> {
  return { seed: PROP_SEED, numRuns: Math.max(1, Math.round(runs * RUNS_FACTOR)), ...(PROP_PATH !== undefined ? { path: PROP_PATH } : {}) };
}

/**
 * The failure report of a property run, or undefined when it passed.
 *
 * @example
 * report("pane = engine", fc.check(property, propParams(100)));
 * // "pane = engine failed after 7 cases (seed 20261129, path "6:2:0"; replay: SINV_PROP_SEED=… SINV_PROP_PATH=…)\n…\nshrunk file:\n{…}"
 */
export function report<T>(name: string, details: fc.RunDetails<[T]>): string | undefined {
  if (!details.failed) return undefined;
  const why = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  const example = details.counterexample ? JSON.stringify(details.counterexample[0], null, 1) : "(no counterexample: the run was interrupted)";
  return [
    `${name} failed after ${details.numRuns} case(s), ${details.numShrinks} shrink(s) (seed ${details.seed}, path "${details.counterexamplePath}"; ` +
      `replay: SINV_PROP_SEED=${details.seed} SINV_PROP_PATH="${details.counterexamplePath}" npx jest test/differential)`,
    why,
    "shrunk file:",
    example
  ].join("\n");
}

/**
 * Runs a synchronous property and fails the test with {@link report}'s message.
 *
 * @example
 * checkProperty("pane = engine", scenarioFiles(), 100, (file) => expectSame(file));
 */
export function checkProperty<T>(name: string, arbitrary: fc.Arbitrary<T>, runs: number, predicate: (value: T) => void): void {
  const failure = report(name, fc.check(fc.property(arbitrary, predicate), propParams<[T]>(runs)));
  if (failure !== undefined) throw new Error(failure);
}

/**
 * Runs an asynchronous property and fails the test with {@link report}'s message.
 *
 * @example
 * await checkAsyncProperty("LibreOffice = expect", scenarioFiles(), 3, async (file) => …, { interruptAfterTimeLimit: 30_000 });
 */
export async function checkAsyncProperty<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  runs: number,
  predicate: (value: T) => Promise<void>,
  extra: fc.Parameters<[T]> = {}
): Promise<void> {
  const failure = report(name, await fc.check(fc.asyncProperty(arbitrary, predicate), { ...propParams<[T]>(runs), ...extra }));
  if (failure !== undefined) throw new Error(failure);
}
