/**
 * Checks the browser tests make of the pane at a width: what sticks out sideways outside a
 * scrollable table, whether an element is on screen, axe-core's serious violations.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

/** An element wider than the pane: its tag, test id or class, and its right edge. */
export interface Overflow {
  readonly element: string;
  readonly right: number;
}

/**
 * Every element of the pane (`main`) whose right edge passes the page's width, except
 * inside a scrollable table region (`[data-scroll-table]`), the one place the pane scrolls
 * sideways; and whether the page itself scrolls sideways.
 *
 * @example
 * await overflowing(page); // { pageScrolls: false, elements: [] }
 */
export async function overflowing(page: Page): Promise<{ pageScrolls: boolean; elements: Overflow[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const elements = [...document.querySelectorAll("main *")]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.right > width + 1 && e.parentElement?.closest("[data-scroll-table]") === null;
      })
      .slice(0, 10)
      .map((e) => ({ element: `${e.tagName.toLowerCase()}[${e.getAttribute("data-testid") ?? e.className.toString().slice(0, 40)}]`, right: Math.round(e.getBoundingClientRect().right) }));
    return { pageScrolls: document.documentElement.scrollWidth > width + 1, elements };
  });
}

/**
 * Whether the element is wholly inside the viewport (and visible).
 *
 * @example
 * await onScreen(page, '[data-testid="summary"]'); // true
 */
export async function onScreen(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const e = document.querySelector(sel);
    if (e === null) return false;
    const r = e.getBoundingClientRect();
    return r.height > 0 && r.top >= -1 && r.bottom <= window.innerHeight + 1 && r.left >= -1 && r.right <= window.innerWidth + 1;
  }, selector);
}

/**
 * axe-core's serious and critical violations on the page (Fluent's focus guards left out).
 * Run through the DevTools protocol: the page's CSP (rightly) refuses an inline script.
 *
 * @example
 * await seriousViolations(page); // []
 */
export async function seriousViolations(page: Page): Promise<{ id: string; impact: string; nodes: number; html?: string }[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { html?: string }[] }[] }> } }).axe;
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, html: v.nodes[0]?.html?.slice(0, 160) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
