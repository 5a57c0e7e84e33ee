/**
 * Actuals completion (src/engine/actuals.ts) as a native formula: a blank actual cell reads
 * the planned one.
 */

/**
 * A value where it was given, otherwise the plan: for a cell or, inside SUMPRODUCT or an
 * array argument, element by element (no IF, which some spreadsheets do not lift over arrays).
 *
 * @example
 * givenOrPlanned("$C$6:$O$6", "'Målgrupper'!$C$5:$O$5"); // "($C$6:$O$6+($C$6:$O$6=\"\")*'Målgrupper'!$C$5:$O$5)"
 */
export function givenOrPlanned(given: string, planned: string): string {
  return `(${given}+(${given}="")*${planned})`;
}
