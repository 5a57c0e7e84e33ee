import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../test/browser/support/chromium";
import { serveDirectory } from "../test/browser/support/staticServer";

/** One emitted script with its gzip size. */
export interface ScriptSize {
  readonly file: string;
  readonly gzipKB: number;
}

/** Timings of scenario changes, in milliseconds. */
export interface ChangeStats {
  readonly median: number;
  readonly p95: number;
  readonly max: number;
  readonly samples: number;
}

/** The pane's figures. */
export interface PaneFigures {
  readonly initialJsGzipKB: number;
  readonly initial: readonly ScriptSize[];
  readonly lazy: readonly ScriptSize[];
  readonly writerLazy: boolean;
  readonly navigationToInteractiveMs: number;
  readonly scenarioChangeMs: ChangeStats;
  /** The same with 30 effects and 20 saved scenarios, in a 350-pixel pane. */
  readonly scenarioChangeLoadedMs: ChangeStats;
  /** The same on taskpane.html (the page Excel loads), office.js replaced by a stand-in with no workbook. */
  readonly taskpaneChangeLoadedMs: ChangeStats;
  /**
   * The worked example with a share range (10–30–50 %) and the default 2 000 draws: a
   * change of the range's low value, from the input event to the redrawn probabilities,
   * chart and tornado (one range redrawn, the others' draws cached).
   */
  readonly uncertaintyRangeChangeMs: ChangeStats;
  /** The same for a change of the share factor (every draw made again). */
  readonly uncertaintyScenarioChangeMs: ChangeStats;
}

function kb(bytes: number): number {
  return Number((bytes / 1024).toFixed(1));
}

function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script[^>]+src=["']?([^"' >]+)/g)].map((m) => m[1] as string).filter((src) => !/^https?:/.test(src));
}

/**
 * Builds the add-in for production into a temporary folder, measures the preview page's
 * initial JavaScript (gzip) and what is left for later, loads the preview in headless
 * Chromium (navigation → results shown), and times scenario changes from the input event
 * to the updated savings figure.
 *
 * @example
 * (await paneBench(root)).initialJsGzipKB; // e.g. 310.4
 */
export async function paneBench(root: string): Promise<PaneFigures> {
  const out = mkdtempSync(join(tmpdir(), "sinv-pane-bench-"));
  try {
    const build = spawnSync(process.execPath, [join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", out], {
      cwd: root,
      encoding: "utf8"
    });
    if (build.status !== 0) throw new Error(`webpack failed:\n${build.stdout}\n${build.stderr}`);
    const html = readFileSync(join(out, "preview.html"), "utf8");
    const initialFiles = scriptsOf(html).map((s) => s.replace(/^\//, ""));
    const size = (file: string): ScriptSize => ({ file, gzipKB: kb(gzipSync(readFileSync(join(out, file))).length) });
    const initial = initialFiles.map(size);
    const lazy = readdirSync(out)
      .filter((f) => f.endsWith(".js") && !initialFiles.includes(f) && !["taskpane.js", "functions.js"].includes(f))
      .map(size);
    const writerLazy = !initialFiles.some((f) => readFileSync(join(out, f), "utf8").includes("sharedStrings.xml"));

    const server = await serveDirectory(out);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 420, height: 900 } });
      const t0 = Date.now();
      await page.goto(`${server.origin}/preview.html`);
      await page.waitForFunction(() => (document.querySelector('[data-testid="result-savings10y"]')?.textContent ?? "").match(/\d/) !== null);
      const navigationToInteractiveMs = Date.now() - t0;
      const plain = await scenarioChanges(page, 12);
      const uncertainty = await uncertaintyChanges(page, 20);
      // The workload: 30 effects and 20 saved scenarios, in the pane alone (as Excel shows it).
      const heavy = await browser.newPage({ viewport: { width: 350, height: 800 } });
      await heavy.goto(`${server.origin}/preview.html?layout=pane`);
      await heavy.getByTestId("result-savings10y").first().waitFor();
      await loadWorkload(heavy, 30, 20);
      const loaded = await scenarioChanges(heavy, 40);
      await heavy.close();
      const taskpane = await taskpaneChanges(browser, server.origin);
      return {
        initialJsGzipKB: kb(initial.reduce((s, x) => s + x.gzipKB * 1024, 0)),
        initial,
        lazy,
        writerLazy,
        navigationToInteractiveMs,
        scenarioChangeMs: stats(plain),
        scenarioChangeLoadedMs: stats(loaded),
        taskpaneChangeLoadedMs: stats(taskpane),
        uncertaintyRangeChangeMs: stats(uncertainty.range),
        uncertaintyScenarioChangeMs: stats(uncertainty.scenario)
      };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    if (existsSync(out)) rmSync(out, { recursive: true, force: true });
  }
}

function stats(samples: readonly number[]): ChangeStats {
  const ok = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const at = (q: number): number => Number((ok[Math.min(ok.length - 1, Math.ceil(q * ok.length) - 1)] ?? Number.NaN).toFixed(2));
  return { median: at(0.5), p95: at(0.95), max: at(1), samples: ok.length };
}

/** Adds effects (to `effects` in all) and saves `scenarios` named scenarios through the pane, as a user would. */
async function loadWorkload(page: Page, effects: number, scenarios: number): Promise<void> {
  await page.getByTestId("tab-application").click();
  const have = await page.locator('[data-testid^="effect-name-"]').count();
  for (let i = have; i < effects; i++) await page.getByTestId("add-effect").click();
  await page.getByTestId("tab-scenarios").click();
  for (let i = 1; i <= scenarios; i++) {
    await page.getByTestId("control-share").first().fill(String(1 + i / 100).replace(".", ","));
    await page.getByTestId("scenario-name").fill(`Scenario ${i}`);
    await page.getByTestId("scenario-save").click();
    await page.getByTestId(`scenario-${i - 1}`).waitFor();
  }
  await page.getByTestId("control-share").first().fill("1");
}

/** Times `count` changes of the share factor, from the input event to the updated savings figure. */
async function scenarioChanges(page: Page, count: number): Promise<number[]> {
  await page.getByTestId("tab-scenarios").click();
  return page.evaluate(async (n) => {
    const target = document.querySelector('[data-testid="result-savings10y"]') as HTMLElement;
    const input = document.querySelector('input[data-testid="control-share"], [data-testid="control-share"] input') as HTMLInputElement | null;
    if (!input) throw new Error("no share control");
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
    const times: number[] = [];
    const values = Array.from({ length: n }, (_, i) => (i % 2 === 1 ? "1" : `0,${5 + (i % 5)}`));
    for (const v of values) {
      const before = target.textContent;
      const changed = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (target.textContent !== before) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(target, { childList: true, subtree: true, characterData: true });
      });
      const start = performance.now();
      setter.call(input, v);
      input.dispatchEvent(new Event("input", { bubbles: true }));
      input.dispatchEvent(new Event("change", { bubbles: true }));
      const end = await Promise.race([changed, new Promise<number>((r) => setTimeout(() => r(Number.NaN), 2000))]);
      times.push(end - start);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
    return times;
  }, count);
}

/** Times `values` typed into the input with the test id, each from the input event to the first change under the target test id. */
async function timedInputs(page: Page, inputTestId: string, targetTestId: string, values: readonly string[]): Promise<number[]> {
  return page.evaluate(
    async ({ field, watched, typed }) => {
      const input = document.querySelector(`input[data-testid="${field}"], [data-testid="${field}"] input`) as HTMLInputElement | null;
      if (!input) throw new Error(`no input ${field}`);
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
      const times: number[] = [];
      for (const v of typed) {
        const target = document.querySelector(`[data-testid="${watched}"]`) as HTMLElement;
        const changed = new Promise<number>((resolve) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve(performance.now());
          });
          observer.observe(target, { childList: true, subtree: true, characterData: true, attributes: true });
        });
        const start = performance.now();
        setter.call(input, v);
        input.dispatchEvent(new Event("input", { bubbles: true }));
        input.dispatchEvent(new Event("change", { bubbles: true }));
        const end = await Promise.race([changed, new Promise<number>((r) => setTimeout(() => r(Number.NaN), 2000))]);
        times.push(end - start);
        await new Promise((r) => requestAnimationFrame(() => r(null)));
      }
      return times;
    },
    { field: inputTestId, watched: targetTestId, typed: values }
  );
}

/**
 * The uncertainty part on the worked example: a share range 10–50 % is set, then `count`
 * changes of its low value and `count` of the share factor are timed to the redrawn results.
 */
async function uncertaintyChanges(page: Page, count: number): Promise<{ range: number[]; scenario: number[] }> {
  await page.getByTestId("tab-scenarios").click();
  const low = page.locator('input[data-testid^="range-low-share-"]').first();
  const high = page.locator('input[data-testid^="range-high-share-"]').first();
  await high.fill("50");
  await low.fill("10");
  await page.getByTestId("uncertainty-approved").waitFor();
  const id = (await low.getAttribute("data-testid")) as string;
  const lows = Array.from({ length: count }, (_, i) => String([10, 15, 20, 5, 25][i % 5]));
  const range = await timedInputs(page, id, "uncertainty-results", lows);
  const factors = Array.from({ length: count }, (_, i) => (i % 2 === 1 ? "1" : `0,${7 + (i % 3)}`));
  const scenario = await timedInputs(page, "control-share", "uncertainty-results", factors);
  await page.locator(`[data-testid="uncertainty-editor"] button[aria-label]`).first().click();
  return { range, scenario };
}

/**
 * A stand-in for office.js on taskpane.html: Excel as the host, Swedish, every requirement
 * set, document settings in memory (the named scenarios live there), and no workbook (a
 * batch fails, so the pane starts from a blank investment and says it could not read).
 */
const OFFICE_STAND_IN = `
(() => {
  const store = new Map();
  const settings = {
    get: (n) => (store.has(n) ? store.get(n) : null),
    set: (n, v) => store.set(n, v),
    remove: (n) => store.delete(n),
    saveAsync: (cb) => setTimeout(() => cb({ status: "succeeded" }), 0)
  };
  window.Office = {
    onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
    HostType: { Excel: "Excel" },
    context: { displayLanguage: "sv-SE", requirements: { isSetSupported: () => true }, document: { settings } }
  };
  // taskpane.html is also the custom functions' and the ribbon command's page.
  window.CustomFunctions = { associate: () => undefined };
  window.Office.actions = { associate: () => undefined };
  window.Excel = {
    run: () => Promise.reject(new Error("bench: no workbook")),
    createWorkbook: () => Promise.reject(new Error("bench: no workbook"))
  };
})();
`;

/**
 * Scenario changes on taskpane.html with 30 effects and 20 saved scenarios, entered through
 * the pane as a user would (volumes, a cost, the first effect's example unit cost and a
 * duration of five years, so savings fall in the window; the other effects take the same unit cost).
 */
async function taskpaneChanges(browser: Browser, origin: string): Promise<number[]> {
  const page = await browser.newPage({ viewport: { width: 350, height: 800 } });
  try {
    await page.route(/^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js$/, (route) => route.fulfill({ body: OFFICE_STAND_IN, contentType: "text/javascript" }));
    await page.goto(`${origin}/taskpane.html`);
    await page.getByTestId("add-effect").waitFor({ timeout: 20000 });
    for (const field of await page.locator('input[data-testid^="volume-g1-"]').all()) await field.fill("10");
    for (const field of await page.locator('input[data-testid^="cost-c1-"]').all()) await field.fill("100000");
    await page.getByTestId("add-effect").click();
    const picker = page.getByTestId("unitcost-picker-e1");
    await picker.click();
    await picker.fill("SKOLA_GRUNDSKOLA_ELEV_AR_OREBRO");
    await page.getByRole("option", { name: /SKOLA_GRUNDSKOLA_ELEV_AR_OREBRO/ }).first().click();
    await page.getByTestId("effect-duration-e1").fill("5");
    await loadWorkload(page, 30, 20);
    return await scenarioChanges(page, 40);
  } finally {
    await page.close();
  }
}
