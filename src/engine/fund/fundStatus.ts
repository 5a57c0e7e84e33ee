/**
 * What an investment's status in the fund means — the one place it is said: whether the
 * fund counts it (books, disburses, expects repayment) and whether its repayment is the
 * actual one under risk sharing. The fund engine, the fund file and the fund workbook's
 * formulas all read this table.
 */

/** An investment's status in the fund (the fund file's `status`). */
export type FundStatus = "applied" | "granted" | "running" | "ended" | "evaluated";

/** What a status means, with its words in the workbook. */
export interface FundStatusSpec {
  readonly status: FundStatus;
  /** The fund books it, pays its costs and expects its repayment (every status but "applied"). */
  readonly counted: boolean;
  /** Its repayment is the actual one under risk sharing (MODEL.md rule 7), not the plan. */
  readonly actualRepayment: boolean;
  readonly sv: string;
  readonly en: string;
}

/**
 * The statuses in the order an investment passes through them. Decided here: an applied
 * investment is not yet granted, so the fund counts nothing of it (it is listed, so a
 * change of its status shows what granting it would do); every other status is granted
 * and counted alike until evaluation, after which the repayment under risk sharing counts.
 */
export const FUND_STATUSES: readonly FundStatusSpec[] = [
  { status: "applied", counted: false, actualRepayment: false, sv: "ansökt", en: "applied" },
  { status: "granted", counted: true, actualRepayment: false, sv: "beviljad", en: "granted" },
  { status: "running", counted: true, actualRepayment: false, sv: "pågående", en: "running" },
  { status: "ended", counted: true, actualRepayment: false, sv: "avslutad", en: "ended" },
  { status: "evaluated", counted: true, actualRepayment: true, sv: "utvärderad", en: "evaluated" }
];

/** The status an investment named by a bare path has: granted (decided in its start year). */
export const DEFAULT_FUND_STATUS: FundStatus = "granted";

/**
 * A status's meaning.
 *
 * @example
 * fundStatusSpec("evaluated").actualRepayment; // true
 * fundStatusSpec("applied").counted;           // false
 */
export function fundStatusSpec(status: FundStatus): FundStatusSpec {
  return FUND_STATUSES.find((s) => s.status === status) as FundStatusSpec;
}
