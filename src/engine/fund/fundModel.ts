/**
 * The fund as the engine takes it: allocations per year, the rule for new investments per
 * year, and the investments, each an appraisal input (a scenario file's rules, investment,
 * scenario and actuals) with its status and the year it was decided.
 */
import type { AppraisalInput } from "../appraise";
import type { YearValues } from "../model";
import type { FundStatus } from "./fundStatus";

/** One investment of the fund. */
export interface FundItem {
  /** The register's key for it: "S1", "S2", … in the fund file's order. */
  readonly id: string;
  /** Where it came from (the scenario file as the fund file names it), for messages. */
  readonly file: string;
  readonly status: FundStatus;
  /** The year the fund granted it (booked from then). */
  readonly decisionYear: number;
  readonly input: AppraisalInput;
}

/** The whole fund. */
export interface FundInput {
  readonly name: string;
  /** Money put into the fund per year: `{ "2013": 65000000, "2016": 22000000 }`. */
  readonly allocations: YearValues;
  /** At most this many new investments may start in one year. */
  readonly maxNewPerYear: number;
  readonly items: readonly FundItem[];
}

/**
 * The register key of the n-th investment (1-based).
 *
 * @example
 * fundItemId(3); // "S3"
 */
export function fundItemId(n: number): string {
  return `S${n}`;
}
