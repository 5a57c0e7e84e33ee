/** The small steps every part of the pane's transition shares: no effects, blocked writes, operations. */
import type { PaneEffect } from "./effects";
import type { Operation, OperationKey, Operations, PaneState } from "./paneState";

/** The next state and what to do. */
export interface Transition {
  readonly state: PaneState;
  readonly effects: readonly PaneEffect[];
}

/**
 * The state with nothing to do.
 *
 * @example
 * only(state).effects; // []
 */
export const only = (state: PaneState): Transition => ({ state, effects: [] });

/**
 * Whether a field holds invalid input (then nothing is written).
 *
 * @example
 * blocked({ ...state, fieldErrors: { "inv.startYear": "…" } }); // true
 */
export const blocked = (state: PaneState): boolean => Object.keys(state.fieldErrors).length > 0;

/**
 * The state with one operation's standing replaced.
 *
 * @example
 * operation(state, "writeActuals", { busy: true }).operations.writeActuals; // { busy: true }
 */
export function operation<K extends OperationKey>(state: PaneState, key: K, value: Operations[K]): PaneState {
  return { ...state, operations: { ...state.operations, [key]: value } };
}

/**
 * Starts an operation with its effect; nothing happens while a field is invalid (unless
 * `guard` is false) or while it already runs.
 *
 * @example
 * begin(state, "writeActuals", { type: "writeActuals", writes }).state.operations.writeActuals; // { busy: true }
 */
export function begin(state: PaneState, key: OperationKey, effect: PaneEffect, guard = true): Transition {
  if ((guard && blocked(state)) || state.operations[key].busy) return only(state);
  return { state: operation(state, key, { busy: true }), effects: [effect] };
}

/** The standing of an operation that is not running and has no result. */
export const IDLE: Operation<never> = { busy: false };
