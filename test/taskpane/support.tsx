/**
 * Helpers for the task pane's component tests (jsdom): the browser APIs Fluent UI expects
 * and jsdom lacks, the pane rendered over a memory workbook holding the worked example,
 * and text as a test compares it (non-breaking spaces as plain spaces).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { act, render, screen, waitFor, type RenderResult } from "@testing-library/react";
import type { Journey } from "../../src/taskpane/components/Journeys";
import type { WorkbookGateway } from "../../src/sheetModel/gateway";
import { App } from "../../src/taskpane/App";
import { paneStrings, type PaneLanguage } from "../../src/taskpane/i18n";

/** Installs what Fluent UI needs in jsdom: ResizeObserver, matchMedia, scrollIntoView. */
export function installBrowserStubs(): void {
  const w = window as unknown as Record<string, unknown>;
  w.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
  w.matchMedia ??= (query: string) => ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false });
  Element.prototype.scrollIntoView ??= function scrollIntoView(): void {};
}

/** The example unit-cost CSV, read from the repository as the pane would fetch it. */
export const loadExampleUnitCosts = async (): Promise<string> => readFileSync(join(__dirname, "..", "..", "assets", "data", "unit_costs.csv"), "utf8");

/** Renders the pane over a gateway and waits until it has read the workbook. */
export async function renderPane(gateway: WorkbookGateway, options: { lang?: PaneLanguage; journey?: Journey } = {}): Promise<RenderResult> {
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(<App strings={paneStrings(options.lang ?? "sv")} gateway={gateway} loadExampleUnitCosts={loadExampleUnitCosts} startYear={2025} initialJourney={options.journey} />);
  });
  await waitForRead();
  return result as RenderResult;
}

/** Waits until the pane has finished reading the workbook (after a render or an edit). */
export async function waitForRead(): Promise<void> {
  await waitFor(() => expect(["read", "failed"]).toContain(screen.getByTestId("reread").getAttribute("data-read-status")));
}

/** An element's text with non-breaking and narrow spaces as plain spaces. */
export function textOf(testId: string): string {
  return (screen.getByTestId(testId).textContent ?? "").replace(/[\u00a0\u202f]/g, " ");
}

/** Text with non-breaking spaces as plain spaces. */
export const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, " ");
