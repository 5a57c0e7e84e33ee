import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build as esbuild } from "esbuild";
import type { Browser, Page } from "playwright-core";
import type { Spread } from "./fair";
import { spreadOf } from "./fair";
import type { DrawTimes } from "./browserDraws";
import { drawTimes } from "./browserDraws";
import { launchChromium } from "../test/browser/support/chromium";
import { serveDirectory } from "../test/browser/support/staticServer";

/** One emitted script with its gzip size. */
export interface ScriptSize {
  readonly file: string;
  readonly gzipKB: number;
}

/** Timings of changes typed into the pane, in milliseconds. */
export interface ChangeStats {
  readonly median: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
  /** Interquartile range: the 25th and 75th percentiles. */
  readonly q1: number;
  readonly q3: number;
  readonly samples: number;
}

/** A range change's timings: to the pane's first answer (the urgent render) and to the new figures. */
export interface RangeChangeStats {
  readonly firstMs: ChangeStats;
  readonly settledMs: ChangeStats;
  /** How many draws each change makes. */
  readonly draws: number;
  /** How many effects carry a share range. */
  readonly ranges: number;
  /** The main thread's CPU time from the input to the new figures, from a Chromium trace of 20 more changes (null when not traced). */
  readonly cpuMs: ChangeStats | null;
}

/** The pane's figures. */
export interface PaneFigures {
  readonly initialJsGzipKB: number;
  readonly initial: readonly ScriptSize[];
  /** taskpane.html's initial JavaScript (gzip): the page Excel loads, with the custom functions. */
  readonly taskpaneInitialJsGzipKB: number;
  readonly taskpaneInitial: readonly ScriptSize[];
  readonly lazy: readonly ScriptSize[];
  readonly writerLazy: boolean;
  readonly navigationToInteractiveMs: number;
  readonly scenarioChangeMs: ChangeStats;
  /** The same with 30 effects and 20 saved scenarios, in a 350-pixel pane. */
  readonly scenarioChangeLoadedMs: ChangeStats;
  /** The same on taskpane.html (the page Excel loads), office.js replaced by a stand-in with no workbook. */
  readonly taskpaneChangeLoadedMs: ChangeStats;
  /** The main thread's CPU time per scenario change on taskpane.html (30 effects, 20 saved scenarios), from a trace of 20 more changes. */
  readonly taskpaneChangeLoadedCpuMs: ChangeStats;
  /**
   * The worked example with a share range (10–30–50 %) and the default 2 000 draws: a
   * change of the range's low value, from the input event to the redrawn probabilities,
   * chart and tornado (one range redrawn, the others' draws cached).
   */
  readonly uncertaintyRange: RangeChangeStats;
  /** The same for a change of the share factor (every draw made again). */
  readonly uncertaintyScenario: RangeChangeStats;
  /** 30 effects each with a share range, 20 saved scenarios, 350 px: a change of the first effect's low share. */
  readonly loadedRange: RangeChangeStats;
  /** The same on taskpane.html. */
  readonly taskpaneRange: RangeChangeStats;
  /** The same with 10 000 draws, or null when the pane has no field for the number of draws (test id `uncertainty-draws-field`). */
  readonly taskpaneRange10k: RangeChangeStats | null;
  /** The pane's evaluation with its draws (`evaluateDraft`, what the deferred render runs) in Chromium, 30 effects and 70 ranges. */
  readonly chromiumDraws: readonly ChromiumDraws[];
}

/** `evaluateDraft` with draws in Chromium, and its time ÷ the same in Node, rounds alternating. */
export interface ChromiumDraws {
  readonly draws: number;
  /** Milliseconds after one range changed (the pane's redraw), per round. */
  readonly redrawMs: Spread;
  /** Milliseconds from a new seed (every draw made again), per round. */
  readonly wholeMs: Spread;
  /** Chromium's redraw time ÷ Node's, per round. */
  readonly chromiumOverNode: Spread;
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
      const loadedRange = await manyRangeChanges(heavy, 40);
      await heavy.close();
      const taskpane = await taskpaneChanges(browser, server.origin);
      const chromiumDraws = await drawsInChromium(browser, root, 11);
      const taskpaneInitial = scriptsOf(readFileSync(join(out, "taskpane.html"), "utf8")).map((s) => size(s.replace(/^\//, "")));
      return {
        initialJsGzipKB: total(initial),
        initial,
        taskpaneInitialJsGzipKB: total(taskpaneInitial),
        taskpaneInitial,
        lazy,
        writerLazy,
        navigationToInteractiveMs,
        scenarioChangeMs: stats(plain),
        scenarioChangeLoadedMs: stats(loaded),
        taskpaneChangeLoadedMs: stats(taskpane.scenario),
        taskpaneChangeLoadedCpuMs: stats(taskpane.scenarioCpu),
        uncertaintyRange: rangeStats(uncertainty.range, DEFAULT_DRAWS, 1),
        uncertaintyScenario: rangeStats(uncertainty.scenario, DEFAULT_DRAWS, 1),
        loadedRange: rangeStats(loadedRange.times, DEFAULT_DRAWS, 30),
        taskpaneRange: rangeStats(taskpane.range, DEFAULT_DRAWS, 30),
        taskpaneRange10k: taskpane.range10k.drawsSet ? rangeStats(taskpane.range10k.times, 10000, 30) : null,
        chromiumDraws
      };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    if (existsSync(out)) rmSync(out, { recursive: true, force: true });
  }
}

/** The pane's default number of draws (docs/uncertainty.md). */
const DEFAULT_DRAWS = 2000;

function total(scripts: readonly ScriptSize[]): number {
  return kb(scripts.reduce((s, x) => s + x.gzipKB * 1024, 0));
}

function stats(samples: readonly number[]): ChangeStats {
  const ok = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const at = (q: number): number => Number((ok[Math.min(ok.length - 1, Math.max(0, Math.ceil(q * ok.length) - 1))] ?? Number.NaN).toFixed(2));
  return { median: at(0.5), p95: at(0.95), min: at(0), max: at(1), q1: at(0.25), q3: at(0.75), samples: ok.length };
}

function rangeStats(times: InputTimes & { cpu?: number[] }, draws: number, ranges: number): RangeChangeStats {
  return { firstMs: stats(times.first), settledMs: stats(times.settled), draws, ranges, cpuMs: times.cpu ? stats(times.cpu) : null };
}

/**
 * Times the pane's evaluation with 2 000 and 10 000 draws on the 30-effect investment in
 * Chromium (bench/browserDraws.ts bundled into a blank page) and in this Node process,
 * alternating round by round so that other work on the machine hits both.
 */
async function drawsInChromium(browser: Browser, root: string, rounds: number): Promise<ChromiumDraws[]> {
  const bundle = await esbuild({ entryPoints: [join(root, "bench", "browserDraws.ts")], bundle: true, format: "iife", platform: "browser", target: "es2022", write: false, logLevel: "error" });
  const page = await browser.newPage();
  try {
    await page.setContent("<!doctype html><title>draws</title>");
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const out: ChromiumDraws[] = [];
    for (const draws of [2000, 10000]) {
      const inBrowser = (): Promise<DrawTimes> => page.evaluate(([n]) => (globalThis as unknown as { sinvDrawTimes: (d: number, r: number) => DrawTimes }).sinvDrawTimes(n as number, 1), [draws]);
      await inBrowser();
      drawTimes(draws, 1);
      const redraw: number[] = [];
      const whole: number[] = [];
      const ratio: number[] = [];
      for (let r = 0; r < rounds; r++) {
        const b = r % 2 === 0 ? await inBrowser() : undefined;
        const n = drawTimes(draws, 1);
        const c = b ?? (await inBrowser());
        redraw.push(c.redraw[0]!);
        whole.push(c.whole[0]!);
        ratio.push(c.redraw[0]! / n.redraw[0]!);
      }
      out.push({ draws, redrawMs: spreadOf(redraw), wholeMs: spreadOf(whole), chromiumOverNode: spreadOf(ratio) });
    }
    return out;
  } finally {
    await page.close();
  }
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
  return (await timedInputs(page, "control-share", "result-savings10y", shareFactors(count))).settled;
}

/** `count` share factors to type, alternating with 1 ("0,5", "1", "0,7", "1", …). */
function shareFactors(count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i % 2 === 1 ? "1" : `0,${5 + (i % 5)}`));
}

/** The main thread's CPU time of 20 scenario changes (traced). */
async function scenarioChangesCpu(browser: Browser, page: Page): Promise<number[]> {
  return cpuPerChange(browser, page, () => timedInputs(page, "control-share", "result-savings10y", shareFactors(20)));
}

/** Per typed value: when the pane first answered (any change under the watched element) and when it settled. */
export interface InputTimes {
  /** Input event → first DOM change under the watched element (the urgent render). */
  readonly first: number[];
  /** Input event → the watched element's text changed and nothing in it is `aria-busy` (the new figures shown). */
  readonly settled: number[];
}

/**
 * Types `values` one by one into the input with the test id, as a user's keystrokes arrive
 * (the input and change events, then a frame's pause), and times each from the input event
 * to the first change under the target and to its new, settled text. A value that changes
 * nothing within 2 s counts as not measured (NaN, left out of the figures).
 */
async function timedInputs(page: Page, inputTestId: string, targetTestId: string, values: readonly string[]): Promise<InputTimes> {
  return page.evaluate(
    async ({ field, watched, typed }) => {
      const input = document.querySelector(`input[data-testid="${field}"], [data-testid="${field}"] input`) as HTMLInputElement | null;
      if (!input) throw new Error(`no input ${field}`);
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
      const busy = (el: Element): boolean => el.matches('[aria-busy="true"]') || el.querySelector('[aria-busy="true"]') !== null;
      const first: number[] = [];
      const settled: number[] = [];
      for (const v of typed) {
        const target = document.querySelector(`[data-testid="${watched}"]`) as HTMLElement;
        const before = target.textContent;
        let firstAt = Number.NaN;
        const done = new Promise<number>((resolve) => {
          const observer = new MutationObserver(() => {
            const now = performance.now();
            if (Number.isNaN(firstAt)) firstAt = now;
            if (target.textContent !== before && !busy(target)) {
              observer.disconnect();
              resolve(now);
            }
          });
          observer.observe(target, { childList: true, subtree: true, characterData: true, attributes: true });
        });
        performance.mark("sinv-input");
        const start = performance.now();
        setter.call(input, v);
        input.dispatchEvent(new Event("input", { bubbles: true }));
        input.dispatchEvent(new Event("change", { bubbles: true }));
        const end = await Promise.race([done, new Promise<number>((r) => setTimeout(() => r(Number.NaN), 2000))]);
        performance.mark(Number.isNaN(end) ? "sinv-timeout" : "sinv-settled");
        first.push(firstAt - start);
        settled.push(end - start);
        await new Promise((r) => requestAnimationFrame(() => r(null)));
      }
      return { first, settled };
    },
    { field: inputTestId, watched: targetTestId, typed: values }
  );
}

/**
 * The main thread's CPU time per typed value (ms), from a Chromium trace of `typing`: the
 * thread time (`tts`) from each "sinv-input" mark to the following "sinv-settled" one.
 * Unlike the wall-clock figures it leaves out the time the thread waited for a core, so it
 * shows the pane's own work on a machine shared with other processes.
 */
async function cpuPerChange(browser: Browser, page: Page, typing: () => Promise<unknown>): Promise<number[]> {
  await browser.startTracing(page, { categories: ["blink.user_timing"] });
  await typing();
  const buffer = await browser.stopTracing();
  type Mark = { name: string; ts: number; tts?: number };
  const marks = (JSON.parse(buffer.toString("utf8")) as { traceEvents: Mark[] }).traceEvents
    .filter((e) => e.name === "sinv-input" || e.name === "sinv-settled" || e.name === "sinv-timeout")
    .sort((a, b) => a.ts - b.ts);
  const out: number[] = [];
  for (let i = 0; i + 1 < marks.length; i++) {
    const a = marks[i] as Mark;
    const b = marks[i + 1] as Mark;
    if (a.name === "sinv-input" && b.name === "sinv-settled" && a.tts !== undefined && b.tts !== undefined) out.push((b.tts - a.tts) / 1000);
  }
  return out;
}

/** The share-range fields of every effect shown on Scenarier, in order. */
async function shareRangeFields(page: Page): Promise<{ low: string; high: string }[]> {
  const lows = await page.locator('input[data-testid^="range-low-share-"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-testid") as string));
  return lows.map((low) => ({ low, high: low.replace("range-low-", "range-high-") }));
}

/**
 * Gives the first effect (or every effect) a share range `low`–`high` (per cent), as a user
 * types it, and waits for the drawn figures. Sets the number of draws first when asked and
 * the pane has a field for it (test id `uncertainty-draws-field`); says whether it could.
 */
async function setShareRanges(page: Page, every: boolean, low: string, high: string, draws?: number): Promise<boolean> {
  await page.getByTestId("tab-scenarios").click();
  const drawsField = page.locator('input[data-testid="uncertainty-draws-field"], [data-testid="uncertainty-draws-field"] input');
  const drawsSet = draws !== undefined && (await drawsField.count()) > 0;
  if (drawsSet) await drawsField.first().fill(String(draws));
  const fields = await shareRangeFields(page);
  for (const f of every ? fields : fields.slice(0, 1)) {
    await page.getByTestId(f.high).fill(high);
    await page.getByTestId(f.low).fill(low);
  }
  await page.getByTestId("uncertainty-approved").waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid="uncertainty-results"][aria-busy="true"]') === null);
  return drawsSet;
}

/**
 * Times `count` changes of the first effect's low share (per cent, cycling through `lows`) to
 * the redrawn results; then, traced, 20 more for the main thread's CPU time per change.
 */
async function rangeChanges(page: Page, count: number, lows: readonly number[]): Promise<InputTimes & { cpu?: number[] }> {
  const [first] = await shareRangeFields(page);
  if (!first) throw new Error("no share range field");
  const typed = (n: number): string[] => Array.from({ length: n }, (_, i) => String(lows[i % lows.length]));
  const times = await timedInputs(page, first.low, "uncertainty-results", typed(count));
  const browser = page.context().browser();
  if (browser === null) return times;
  const cpu = await cpuPerChange(browser, page, () => timedInputs(page, first.low, "uncertainty-results", typed(20)));
  return { ...times, cpu };
}

/**
 * The uncertainty part on the worked example: a share range 10–50 % is set, then `count`
 * changes of its low value and `count` of the share factor are timed to the redrawn results.
 */
async function uncertaintyChanges(page: Page, count: number): Promise<{ range: InputTimes; scenario: InputTimes }> {
  await setShareRanges(page, false, "10", "50");
  const range = await rangeChanges(page, count, [10, 15, 20, 5, 25]);
  const factors = Array.from({ length: count }, (_, i) => (i % 2 === 1 ? "1" : `0,${7 + (i % 3)}`));
  const scenario = await timedInputs(page, "control-share", "uncertainty-results", factors);
  await page.locator(`[data-testid="uncertainty-editor"] button[aria-label]`).first().click();
  return { range, scenario };
}

/**
 * A range change with every effect of the loaded workload (30) given a share range 5–50 %:
 * `draws` draws when the pane has a field for their number, else its default (2 000).
 */
async function manyRangeChanges(page: Page, count: number, draws?: number): Promise<{ times: InputTimes; drawsSet: boolean }> {
  const drawsSet = await setShareRanges(page, true, "5", "50", draws);
  return { times: await rangeChanges(page, count, [5, 6, 7, 8, 9]), drawsSet };
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
async function taskpaneChanges(browser: Browser, origin: string): Promise<{ scenario: number[]; scenarioCpu: number[]; range: InputTimes; range10k: { times: InputTimes; drawsSet: boolean } }> {
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
    const scenario = await scenarioChanges(page, 40);
    const scenarioCpu = await scenarioChangesCpu(browser, page);
    const range = (await manyRangeChanges(page, 40)).times;
    const range10k = await manyRangeChanges(page, 40, 10000);
    return { scenario, scenarioCpu, range, range10k };
  } finally {
    await page.close();
  }
}
