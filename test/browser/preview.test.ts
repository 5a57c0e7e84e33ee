/**
 * The task pane's journeys clicked through in real Chromium (Debian's package, driven by
 * playwright-core) on the preview: the same components and engine as in Excel, with the
 * in-memory workbook loaded with the worked example. Screenshots go to
 * test-output/screenshots/ for people to look at.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Evaluation, FollowUp } from "../../src/engine";
import { evaluateInvestment, followUp, isDomainError, summarize } from "../../src/engine";
import { parseScenario } from "../../src/scenario/parseScenario";
import { resolveRules } from "../../src/engine/ruleChoice";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import { openAddin, type AddinSession } from "./support/addinSession";
import { onScreen, overflowing, seriousViolations } from "./support/paneChecks";

const ROOT = join(__dirname, "..", "..");
const SHOTS = join(ROOT, "test-output", "screenshots");

const parsed = parseScenario(JSON.parse(readFileSync(join(ROOT, "assets", "examples", "raekneexempel-skolnarvaro.json"), "utf8")));
if (!parsed.ok) throw new Error("worked example");
const file: ScenarioFile = parsed.value;
const rules = resolveRules(file.rules);
if (isDomainError(rules)) throw new Error(rules.en);
const planned = summarize(evaluateInvestment(file.investment, rules, file.scenario ?? {}) as Evaluation);

let addin: AddinSession;
let page: Page;
const requests: string[] = [];
const consoleErrors: string[] = [];

/** A Content-Security-Policy violation as the page's `securitypolicyviolation` event reports it. */
interface CspViolation {
  readonly directive: string;
  readonly blocked: string;
}

/**
 * Makes every page of `target` record its CSP violations in `window.__sinvCsp` from the
 * first script on (the listener is installed before the page's own scripts run).
 */
async function recordCspViolations(target: Page): Promise<void> {
  await target.addInitScript(() => {
    const list: { directive: string; blocked: string }[] = [];
    (window as unknown as { __sinvCsp: typeof list }).__sinvCsp = list;
    document.addEventListener("securitypolicyviolation", (e) => list.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
  });
}

/** The CSP violations the page has recorded so far. */
async function cspViolations(target: Page): Promise<CspViolation[]> {
  return target.evaluate(() => (window as unknown as { __sinvCsp?: CspViolation[] }).__sinvCsp ?? [{ directive: "(recorder missing)", blocked: "" }]);
}

/** The policy of the page's `<meta http-equiv="Content-Security-Policy">` ("" when there is none). */
async function metaPolicy(target: Page): Promise<string> {
  return target.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "");
}

/** The kronor (or plain number) a result element shows: "12 200 000 kr" → 12200000. */
async function amount(testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).first().textContent()) ?? "";
  const digits = text.replace(/\s|\u00a0|\u202f|kr/g, "").replace(",", ".").replace("−", "-");
  return Number(digits);
}

/** Waits until `read()` gives `expected` (or 5 s pass) and returns the last value read. */
async function settle<T>(read: () => Promise<T>, expected: T, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (value !== expected && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  return value;
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  await page.screenshot({ path: join(SHOTS, `${name}-view.png`) });
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  addin = await openAddin(ROOT);
  page = await addin.browser.newPage({ viewport: { width: 430, height: 1000 } });
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(e.message));
  await recordCspViolations(page);
  await page.goto(`${addin.origin}/preview.html`);
  await page.getByTestId("result-savings10y").first().waitFor();
}, 240000);

afterAll(async () => {
  await addin?.close();
});

describe("the preview in Chromium", () => {
  test("economist: the results panel shows the engine's figures for the worked example", async () => {
    expect(await amount("result-total-cost")).toBe(planned.totalCost);
    expect(await amount("result-savings10y")).toBe(planned.windowSavings);
    expect(await page.getByTestId("result-approved").first().textContent()).toContain("Ja");
    expect(await page.getByTestId("result-payback").first().textContent()).toContain(String(planned.paybackYear));
    for (const [dept, value] of Object.entries(planned.repaymentByDepartment)) expect(await amount(`result-repayment-${dept}`)).toBe(value);
    expect(await page.locator('[role="img"]').first().getAttribute("aria-label")).toBeTruthy();
    await shot("1-economist-results");
  });

  test("economist: the preview's Skapa arbetsbok downloads the application workbook (.xlsx) and says so", async () => {
    const download = page.waitForEvent("download", { timeout: 30000 });
    await page.getByTestId("generate-new").first().click();
    await page.getByTestId("generate-done").first().waitFor({ timeout: 30000 });
    const file = await download;
    expect(file.suggestedFilename()).toBe("sinv-ansokan.xlsx");
    const saved = join(addin.out, "downloaded.xlsx");
    await file.saveAs(saved);
    expect([...readFileSync(saved).subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(await page.getByTestId("generate-done").first().textContent()).toContain("laddades ned");
    await shot("2-economist-generated");
  });

  test("finance director: share × 0.5 halves the savings and fails the approval test", async () => {
    await page.getByTestId("tab-scenarios").click();
    const share = page.getByTestId("control-share").first();
    await share.fill("0,5");
    const halved = summarize(evaluateInvestment(file.investment, rules, { ...(file.scenario ?? {}), shareFactor: 0.5 }) as Evaluation);
    expect(await settle(() => amount("result-savings10y"), halved.windowSavings)).toBe(halved.windowSavings);
    expect(await page.getByTestId("result-approved").first().textContent()).toContain("Nej");
    expect(await page.getByTestId("breakeven-sentence").first().textContent()).toMatch(/%/);
    await shot("3-finance-director-scenario");
    await share.fill("1");
    expect(await settle(() => amount("result-savings10y"), planned.windowSavings)).toBe(planned.windowSavings);
  });

  test("evaluator: an actual share of 10 % gives the risk-shared repayment", async () => {
    await page.getByTestId("tab-followup").click();
    const actual = page.getByTestId("actual-share-placement").first();
    await actual.fill("10");
    const fu = followUp(file.investment, rules, { shares: { placement: 0.1 } }, file.scenario ?? {}) as FollowUp;
    const expected = Number(fu.actualRepaymentByDepartment!.get("fsk")!.toDecimalPlaces(2).toString());
    expect(await settle(() => amount("actual-repayment-fsk"), expected)).toBe(expected);
    await shot("4-evaluator-follow-up");
  });

  test("bad input: letters in a number field get a message next to the field and change nothing", async () => {
    await page.getByTestId("tab-scenarios").click();
    const before = await amount("result-savings10y");
    await page.getByTestId("control-share").first().fill("tio");
    expect(await page.getByText("”tio” är inte ett tal", { exact: false }).first().isVisible()).toBe(true);
    expect(await amount("result-savings10y")).toBe(before);
    await page.getByTestId("control-share").first().fill("1");
  });

  test.each(["tab-application", "tab-scenarios", "tab-followup"])("no serious accessibility violations on %s (axe-core)", async (tab) => {
    await page.getByTestId(tab).click();
    // Evaluated through the DevTools protocol: the page's CSP (rightly) refuses an inline <script>.
    if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { html?: string }[] }[] }> } }).axe;
      // Fluent's focus manager (tabster) adds hidden focus guards that axe reports as aria-hidden-focus.
      const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, html: v.nodes[0]?.html?.slice(0, 160) }));
    });
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  });

  test("the page asks no host but its own, and logs no errors", () => {
    expect(requests.length).toBeGreaterThan(2);
    expect(requests.filter((u) => !u.startsWith(addin.origin) && !u.startsWith("data:") && !u.startsWith("blob:"))).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test("the page's Content-Security-Policy allows everything the journeys above used: 0 violations", async () => {
    const policy = await metaPolicy(page);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    expect(policy).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
    expect(await cspViolations(page)).toEqual([]);
  });

  test("the policy is in force: an injected inline script and a request to another host are refused and reported", async () => {
    const probe = await addin.browser.newPage();
    await recordCspViolations(probe);
    await probe.goto(`${addin.origin}/preview.html`);
    await probe.getByTestId("result-savings10y").first().waitFor();
    const ran = await probe.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.__sinvInjected = true;";
      document.head.appendChild(script);
      const fetched = await fetch("https://example.invalid/x").then(
        () => "fetched",
        () => "refused"
      );
      return { injected: (window as unknown as { __sinvInjected?: boolean }).__sinvInjected === true, fetched };
    });
    expect(ran).toEqual({ injected: false, fetched: "refused" });
    const directives = (await cspViolations(probe)).map((v) => v.directive).sort();
    expect(directives).toEqual(["connect-src", "script-src-elem"]);
    await probe.close();
  }, 60000);
});

describe("the task pane page as Excel loads it (outside Office, office.js from the package)", () => {
  test("taskpane.html starts with office.js routed to the local copy, shows the pane and asks no other host", async () => {
    const pane = await addin.browser.newPage({ viewport: { width: 430, height: 900 } });
    const seen: string[] = [];
    const errors: string[] = [];
    pane.on("request", (r) => seen.push(r.url()));
    pane.on("pageerror", (e) => errors.push(e.message));
    await recordCspViolations(pane);
    await pane.route(/^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/(.*)$/, async (route) => {
      const file = /hosted\/(.*)$/.exec(route.request().url())![1]!;
      await route.fulfill({ path: join(addin.out, "office-js", file), contentType: "text/javascript" });
    });
    await pane.goto(`${addin.origin}/taskpane.html`);
    await pane.getByText("SINV", { exact: false }).first().waitFor({ timeout: 20000 });
    await pane.screenshot({ path: join(SHOTS, "0-taskpane-outside-excel.png") });
    const foreign = seen.filter((u) => !u.startsWith(addin.origin) && !u.startsWith("https://appsforoffice.microsoft.com/lib/1/hosted/") && !u.startsWith("data:") && !u.startsWith("blob:"));
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    expect(await metaPolicy(pane)).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    expect(await cspViolations(pane)).toEqual([]);
    await pane.close();
  }, 60000);
});

/** The widths the pane is designed for: Excel's default task pane (350 px) and a wider one. */
const SIZES = [
  { width: 350, height: 800 },
  { width: 450, height: 900 }
] as const;

const WORDS = {
  sv: { confirmOverwrite: "Det finns redan ett scenario som heter Pessimistiskt", floor: "golvet tillämpas: 3 660 000 kr i stället för 2 160 000 kr", updated: "celler i SINV-tabellerna skrevs" },
  en: { confirmOverwrite: "A scenario named Pessimistiskt already exists", floor: "the floor applies: 3 660 000 kr instead of 2 160 000 kr", updated: "cells of the SINV tables were written" }
} as const;

describe.each(["sv", "en"] as const)("the pane alone at 350 and 450 px (%s)", (lang) => {
  describe.each(SIZES)("$width × $height", (size) => {
    let pane: Page;
    const shotName = (journey: string): string => `narrow-${size.width}-${lang}-${journey}`;
    const plainText = async (testId: string): Promise<string> => ((await pane.getByTestId(testId).first().textContent()) ?? "").replace(/[\u00a0\u202f]/g, " ");

    beforeAll(async () => {
      pane = await addin.browser.newPage({ viewport: size });
      await pane.goto(`${addin.origin}/preview.html?layout=pane&lang=${lang}`);
      await pane.getByTestId("result-savings10y").first().waitFor();
    }, 60000);
    afterAll(async () => {
      await pane?.close();
    });

    test("application: the summary stays on screen while an effect field has focus; nothing sticks out; axe-core clean", async () => {
      const field = pane.locator("[data-sinv-field='effect.placement.share']");
      await field.focus();
      await field.fill("25");
      expect(await onScreen(pane, "[data-sinv-field='effect.placement.share']")).toBe(true);
      expect(await onScreen(pane, '[data-testid="summary"]')).toBe(true);
      expect((await plainText("summary-savings")).replace(/\D/g, "")).toBe(String(Math.round(planned.windowSavings * (25 / 30))));
      await pane.screenshot({ path: join(SHOTS, `${shotName("application")}.png`) });
      await field.fill("30");
      expect(await overflowing(pane)).toEqual({ pageScrolls: false, elements: [] });
      expect(await seriousViolations(pane)).toEqual([]);
    }, 60000);

    test("scenarios: replacing a saved scenario and deleting one ask first; nothing sticks out; axe-core clean", async () => {
      await pane.getByTestId("tab-scenarios").click();
      await pane.getByTestId("control-share").first().fill("0,7");
      await pane.getByTestId("scenario-name").fill("Pessimistiskt");
      await pane.getByTestId("scenario-save").click();
      await pane.getByTestId("scenario-0").waitFor();
      await pane.getByTestId("control-share").first().fill("1");
      await pane.getByTestId("scenario-save").click();
      expect(await plainText("confirm-overwrite")).toContain(WORDS[lang].confirmOverwrite);
      await pane.screenshot({ path: join(SHOTS, `${shotName("scenarios-confirm")}.png`) });
      await pane.getByTestId("confirm-cancel").click();
      expect(await pane.getByTestId("scenario-0").textContent()).toMatch(/0,7/);
      await pane.getByTestId("scenario-delete-0").click();
      await pane.getByTestId("confirm-delete").waitFor();
      expect(await pane.getByTestId("scenario-0").count()).toBe(1);
      await pane.getByTestId("confirm-yes").click();
      await pane.getByTestId("scenario-undo").click();
      await pane.getByTestId("scenario-0").waitFor();
      await pane.getByTestId("scenario-use-0").click();
      await pane.getByTestId("scenario-compare").scrollIntoViewIfNeeded();
      await pane.screenshot({ path: join(SHOTS, `${shotName("scenarios")}.png`) });
      expect(await overflowing(pane)).toEqual({ pageScrolls: false, elements: [] });
      expect(await seriousViolations(pane)).toEqual([]);
      await pane.getByTestId("control-share").first().fill("1");
    }, 60000);

    test("follow-up: the floor message; nothing sticks out; axe-core clean", async () => {
      await pane.getByTestId("tab-followup").click();
      await pane.getByTestId("actual-share-placement").first().fill("4");
      expect(await plainText("floor-applies-fsk")).toBe(WORDS[lang].floor);
      await pane.getByTestId("floor-applies-fsk").scrollIntoViewIfNeeded();
      await pane.screenshot({ path: join(SHOTS, `${shotName("follow-up")}.png`) });
      expect(await overflowing(pane)).toEqual({ pageScrolls: false, elements: [] });
      expect(await seriousViolations(pane)).toEqual([]);
      await pane.getByTestId("actual-share-placement").first().fill("");
    }, 60000);
  });
});

describe("uncertainty in the pane alone at 350 × 800", () => {
  test("uncertainty at 350 × 800: ranges and a grade give the probability in words, the distribution and the tornado; nothing sticks out; axe-core clean", async () => {
    const pane = await addin.browser.newPage({ viewport: { width: 350, height: 800 } });
    try {
      await pane.goto(`${addin.origin}/preview.html?layout=pane&lang=sv`);
      await pane.getByTestId("result-savings10y").first().waitFor();
      await pane.getByTestId("tab-scenarios").click();
      await pane.getByTestId("uncertainty-none").waitFor();
      await pane.locator('input[data-testid="range-high-share-placement"]').fill("50");
      await pane.locator('input[data-testid="range-low-share-placement"]').fill("10");
      const sentence = ((await pane.getByTestId("uncertainty-approved").textContent()) ?? "").replace(/[\u00a0\u202f]/g, " ");
      expect(sentence).toMatch(/^Sannolikheten att satsningen betalar sig inom tioårsfönstret är \d+ %\.$/);
      // The exact answer is 80,178 % (issue 11); 2 000 draws from seed 1 are within four standard errors.
      expect(Math.abs(Number(/(\d+) %/.exec(sentence)?.[1]) - 80.178)).toBeLessThanOrEqual(4 * 0.9 + 0.5);
      const group = (await pane.locator('input[data-testid^="range-low-volumeFactor-"]').first().getAttribute("data-testid"))!.replace("range-low-", "");
      await pane.locator(`input[data-testid="range-low-${group}"]`).fill("0,8");
      await pane.locator(`input[data-testid="range-high-${group}"]`).fill("1,1");
      await pane.getByTestId("grade-effect-placement").selectOption("4");
      await pane.getByTestId("uncertainty-bias").waitFor();
      expect(await pane.getByTestId("uncertainty-tornado-bar").count()).toBe(2);
      expect(await pane.locator('[data-testid="uncertainty-chart"] rect').count()).toBe(24);
      expect(await overflowing(pane)).toEqual({ pageScrolls: false, elements: [] });
      expect(await seriousViolations(pane)).toEqual([]);
      // What the user sees at 350 × 800: the results' heading right under the sticky summary.
      await pane.evaluate(() => {
        const section = document.querySelector('[data-testid="uncertainty-results"]') as HTMLElement;
        const summary = document.querySelector('[data-testid="summary"]') as HTMLElement;
        window.scrollBy(0, section.getBoundingClientRect().top - summary.getBoundingClientRect().bottom - 8);
      });
      await pane.screenshot({ path: join(SHOTS, "350-uncertainty.png") });
    } finally {
      await pane.close();
    }
  }, 90000);
});

describe("the Osäkerhet sheet read back in the preview at 350 × 800", () => {
  /** The pane's probability sentence and the draws' note, spaces made plain. */
  async function sentences(pane: Page): Promise<{ approved: string; draws: string }> {
    const text = async (id: string): Promise<string> => ((await pane.getByTestId(id).first().textContent()) ?? "").replace(/[\u00a0\u202f]/g, " ");
    await pane.getByTestId("uncertainty-approved").waitFor();
    return { approved: await text("uncertainty-approved"), draws: await text("uncertainty-draws") };
  }

  test("a workbook generated with ranges (seed 7) reads back with them: the same probability sentence as the ranges typed by hand; updated in place, read again, the same", async () => {
    const pane = await addin.browser.newPage({ viewport: { width: 350, height: 800 } });
    const typed = await addin.browser.newPage({ viewport: { width: 350, height: 800 } });
    try {
      // The preview's workbook generated from the worked example with share 10–50 %, seed 7, 2 000 draws: the pane starts blank and reads it.
      await pane.goto(`${addin.origin}/preview.html?layout=pane&lang=sv&example=ranges`);
      await pane.getByTestId("result-savings10y").first().waitFor();
      await pane.getByTestId("tab-scenarios").click();
      const read = await sentences(pane);
      expect(read.approved).toMatch(/^Sannolikheten att satsningen betalar sig inom tioårsfönstret är \d+ %\.$/);
      expect(read.draws).toContain("2 000 dragningar, frö 7");
      expect(await pane.locator('input[data-testid="range-low-share-placement"]').inputValue()).toBe("10");
      expect(await pane.locator('input[data-testid="uncertainty-seed-field"]').inputValue()).toBe("7");

      // The same ranges and seed typed by hand into the preview of the plain worked example.
      await typed.goto(`${addin.origin}/preview.html?layout=pane&lang=sv`);
      await typed.getByTestId("result-savings10y").first().waitFor();
      await typed.getByTestId("tab-scenarios").click();
      await typed.getByTestId("uncertainty-none").waitFor();
      await typed.locator('input[data-testid="range-high-share-placement"]').fill("50");
      await typed.locator('input[data-testid="range-low-share-placement"]').fill("10");
      await typed.locator('input[data-testid="uncertainty-seed-field"]').fill("7");
      expect(await settle(async () => (await sentences(typed)).draws.includes("frö 7"), true)).toBe(true);
      expect(await sentences(typed)).toEqual(read);

      // A new low written into the workbook's Osäkerhet table, then read again: the pane shows the same as before the read.
      await pane.locator('input[data-testid="range-low-share-placement"]').fill("20");
      const edited = await sentences(pane);
      expect(edited.approved).not.toBe(read.approved);
      await pane.getByTestId("tab-application").click();
      await pane.getByTestId("update-workbook").click();
      await pane.getByTestId("update-done").waitFor();
      expect(await pane.getByTestId("update-done").textContent()).toContain("Intervallen och betygen på Osäkerhet skrevs");
      await pane.getByTestId("reread").click();
      await pane.getByTestId("tab-scenarios").click();
      expect(await sentences(pane)).toEqual(edited);
      expect(await overflowing(pane)).toEqual({ pageScrolls: false, elements: [] });
      expect(await seriousViolations(pane)).toEqual([]);
      await pane.getByTestId("uncertainty-settings").scrollIntoViewIfNeeded();
      await pane.screenshot({ path: join(SHOTS, "350-uncertainty-settings.png") });
      await pane.setViewportSize({ width: 450, height: 800 });
      await pane.getByTestId("uncertainty-settings").scrollIntoViewIfNeeded();
      expect(await overflowing(pane)).toEqual({ pageScrolls: false, elements: [] });
      await pane.screenshot({ path: join(SHOTS, "450-uncertainty-settings.png") });
    } finally {
      await pane.close();
      await typed.close();
    }
  }, 120000);
});

describe("updating this workbook in the preview", () => {
  test("writes the investment into the SINV tables in place: no sheet is added, the Effekter table shows the new share", async () => {
    const full = await addin.browser.newPage({ viewport: { width: 1200, height: 900 } });
    await full.goto(`${addin.origin}/preview.html`);
    await full.getByTestId("result-savings10y").first().waitFor();
    const sheetsBefore = await full.getByRole("tab").allTextContents();
    await full.locator("[data-sinv-field='effect.placement.share']").fill("25");
    await full.getByTestId("update-workbook").click();
    await full.getByTestId("update-done").waitFor();
    expect(await full.getByTestId("update-done").textContent()).toContain(WORDS.sv.updated);
    expect(await full.getByRole("tab").allTextContents()).toEqual(sheetsBefore);
    await full.close();
  }, 60000);
});
