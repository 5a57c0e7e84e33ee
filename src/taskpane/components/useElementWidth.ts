/** The width of an element as it changes (a ResizeObserver), for layouts that depend on the pane's width. */
import type { RefCallback } from "react";
import { useCallback, useRef, useState } from "react";

/**
 * A ref to put on an element and its current width in CSS pixels (undefined before the
 * first measurement, and where the browser has no ResizeObserver).
 *
 * @example
 * const [ref, width] = useElementWidth();
 * <section ref={ref}>{width !== undefined && width < 400 ? <Cards /> : <Table />}</section>
 */
export function useElementWidth(): readonly [RefCallback<HTMLElement>, number | undefined] {
  const [width, setWidth] = useState<number | undefined>(undefined);
  const observer = useRef<ResizeObserver | undefined>(undefined);
  const ref = useCallback<RefCallback<HTMLElement>>((element) => {
    observer.current?.disconnect();
    observer.current = undefined;
    if (element === null) return;
    const measured = element.getBoundingClientRect().width;
    if (measured > 0) setWidth(measured);
    if (typeof ResizeObserver === "undefined") return;
    observer.current = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w !== undefined && w > 0) setWidth(w);
    });
    observer.current.observe(element);
  }, []);
  return [ref, width] as const;
}
