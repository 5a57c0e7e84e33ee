/**
 * A status cell of the register read by formulas as the engine reads the status
 * (engine/fund/fundStatus.ts): the words of either language or the file's key, compared as
 * the engine's key rule compares (TRIM, any case, exactly: keyMatch.ts); a word that is no
 * status gives #N/A, never a silent 0.
 */
import { FUND_STATUSES } from "../../engine";
import type { FundStatusSpec } from "../../engine";
import { isToken } from "../../workbook/formulas/keyMatch";

/**
 * Every word that stands for a status (its key and its Swedish and English word).
 *
 * @example
 * statusWords(FUND_STATUSES[4]); // ["evaluated", "utvärderad"]
 */
export function statusWords(spec: FundStatusSpec): string[] {
  return [...new Set([spec.status, spec.sv, spec.en])];
}

function wordsWhere(pick: (s: FundStatusSpec) => boolean): string[] {
  return FUND_STATUSES.filter(pick).flatMap(statusWords);
}

/**
 * 1 when the status in `cell` has the property, 0 when it is a status without it, #N/A when
 * it is no status.
 *
 * @example
 * statusFlag("$D5", (s) => s.counted);
 * // 'IF((…(TRIM($D5)="beviljad")+…)>0,1,IF((TRIM($D5)="applied")+(TRIM($D5)="ansökt")>0,0,NA()))'
 */
export function statusFlag(cell: string, has: (s: FundStatusSpec) => boolean): string {
  return `IF(${isToken(cell, wordsWhere(has))}>0,1,IF(${isToken(cell, wordsWhere((s) => !has(s)))}>0,0,NA()))`;
}
