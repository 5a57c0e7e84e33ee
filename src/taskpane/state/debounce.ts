/** Calls that come in bursts (change events while someone types) run once, after a pause. */

/** A debounced function and a way to drop a pending call. */
export interface Debounced {
  readonly call: () => void;
  readonly cancel: () => void;
}

/**
 * Runs `fn` once `waitMs` after the last of a burst of calls.
 *
 * @example
 * const d = debounce(reread, 300);
 * d.call(); d.call(); d.call(); // reread runs once, 300 ms after the third call
 */
export function debounce(fn: () => void, waitMs: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    call: () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        fn();
      }, waitMs);
    },
    cancel: () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    }
  };
}
