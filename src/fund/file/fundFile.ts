/**
 * The fund file (`sinv-fund/1`, JSON) after validation: the fund's name, its allocations
 * per year, the rule for new investments per year and its investments, each a scenario
 * file (a path relative to the fund file) with its status and decision year. Documented in
 * docs/fund-format.md.
 */
import type { FundStatus } from "../../engine";

/** The format tag every fund file starts with. */
export const FUND_FORMAT = "sinv-fund/1";

/** One investment of the fund file, as the file gives it. */
export interface FundFileItem {
  /** The scenario file, relative to the fund file (or absolute). */
  readonly file: string;
  /** Default: granted. */
  readonly status?: FundStatus;
  /** Default: the investment's start year. */
  readonly decisionYear?: number;
}

/** A validated fund file. */
export interface FundFile {
  readonly format: typeof FUND_FORMAT;
  readonly name: string;
  /** Money put into the fund per year: `{ "2013": 65000000, "2016": 22000000 }`. */
  readonly allocations: Readonly<Record<string, number>>;
  /** Default: the rule presets' value (3, Örebro's rule from the 2016 revision). */
  readonly maxNewPerYear?: number;
  /** Each item a path to a scenario file, or an object with the file, status and decision year. */
  readonly investments: readonly FundFileItem[];
  readonly notes?: readonly string[];
}
