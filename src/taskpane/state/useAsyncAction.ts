/** One asynchronous action of a component (save, write, insert): busy while it runs, its error kept to be shown. */
import { useCallback, useRef, useState } from "react";

/** The state of an action and how to run it. */
export interface AsyncAction<T> {
  readonly busy: boolean;
  readonly error: unknown;
  readonly result: T | undefined;
  /** Runs the action; a failure is kept in `error` (and logged), never swallowed. */
  run(action: () => Promise<T>): Promise<void>;
  clear(): void;
}

/**
 * An action's busy flag, result and error for a component.
 *
 * @example
 * const save = useAsyncAction<void>();
 * <Button disabled={save.busy} onClick={() => void save.run(() => gateway.saveScenarios(list))} />
 * {save.error !== undefined && <ErrorMessage error={save.error} />}
 */
export function useAsyncAction<T>(): AsyncAction<T> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [result, setResult] = useState<T | undefined>(undefined);
  const running = useRef(0);
  const run = useCallback(async (action: () => Promise<T>) => {
    const n = ++running.current;
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      const value = await action();
      if (n === running.current) setResult(value);
    } catch (failure) {
      console.error("SINV:", failure);
      if (n === running.current) setError(failure);
    } finally {
      if (n === running.current) setBusy(false);
    }
  }, []);
  const clear = useCallback(() => {
    setError(undefined);
    setResult(undefined);
  }, []);
  return { busy, error, result, run, clear };
}
