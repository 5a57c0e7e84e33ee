/**
 * A problem found in a scenario file, in both languages, with where it is.
 */

/** One problem in a scenario file. */
export interface ScenarioIssue {
  /**
   * Where the problem is, e.g. `investment.effects[2].share`. List positions count from 1
   * (the first effect is `effects[1]`), as in the engine's messages. Keys that are not plain
   * names are quoted: `amounts["20x7"]`. The whole file is the empty path "".
   */
  readonly path: string;
  /** The message in Swedish: names the field, what was expected and what was found. */
  readonly sv: string;
  /** The same message in English. */
  readonly en: string;
  /** For JSON syntax errors: the 1-based line of the problem. */
  readonly line?: number;
  /** For JSON syntax errors: the 1-based column of the problem. */
  readonly column?: number;
}

/** The outcome of reading a scenario file: the validated file, or every problem found. */
export type ScenarioParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly ScenarioIssue[] };
