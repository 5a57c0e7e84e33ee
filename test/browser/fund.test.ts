/**
 * The Fonden view in real Chromium on the preview (the pane alone), at Excel's default
 * task-pane width and a wider one: a workbook without a fund register offers "Skapa
 * fondblad"; creating it shows the engine's key figures, the year-by-year charts and the
 * warnings; "Uppdatera i fonden" then updates the fund's sheets in place (no copy); nothing
 * is wider than the pane; axe-core finds no serious violation. The 350 px
 * screenshot is docs/screenshots/350-fund.png.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { FundResults } from "../../src/engine";
import { fundPortfolio, fundResults, isDomainError, resolveRules } from "../../src/engine";
import { newFund } from "../../src/fund/readBack/fundEdits";
import { workedExampleFile } from "../../src/preview/exampleWorkbook";
import { formatResultKr } from "../../src/taskpane/i18n/format";
import { paneStrings } from "../../src/taskpane/i18n";
import { openAddin, type AddinSession } from "./support/addinSession";
import { overflowing, seriousViolations } from "./support/paneChecks";

const ROOT = join(__dirname, "..", "..");
const SHOTS = join(ROOT, "test-output", "screenshots");

let addin: AddinSession;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  addin = await openAddin(ROOT);
}, 300000);

afterAll(async () => {
  await addin?.close();
});

/** The fund "Skapa fondblad" makes of the worked example with 20 MSEK in its start year, granted, as the engine computes it. */
function expected(lang: "sv" | "en"): FundResults {
  const file = workedExampleFile();
  const rules = resolveRules(file.rules);
  if (isDomainError(rules)) throw new Error(rules.en);
  const fund = newFund({
    name: paneStrings(lang).fund.defaultName,
    year: file.investment.startYear,
    allocation: 20_000_000,
    maxNewPerYear: rules.maxNewPerYear,
    entry: { input: { rules: file.rules, investment: file.investment, scenario: file.scenario ?? {}, actuals: file.actuals ?? {} }, status: "granted" }
  });
  const p = fundPortfolio(fund);
  if (isDomainError(p)) throw new Error(p.en);
  return fundResults(p);
}

const SIZES = [
  { width: 350, height: 800, lang: "sv" },
  { width: 450, height: 900, lang: "en" }
] as const;

describe.each(SIZES)("the Fonden view at $width × $height ($lang)", ({ width, height, lang }) => {
  let pane: Page;
  const text = async (testId: string): Promise<string> => ((await pane.getByTestId(testId).first().textContent()) ?? "").replace(/[\u00a0\u202f]/g, " ");

  beforeAll(async () => {
    pane = await addin.browser.newPage({ viewport: { width, height } });
    await pane.goto(`${addin.origin}/preview.html?layout=pane&lang=${lang}`);
    await pane.getByTestId("result-savings10y").first().waitFor();
  }, 60000);
  afterAll(async () => {
    await pane?.close();
  });

  test("no register: Skapa fondblad; nothing sticks out; axe-core clean", async () => {
    await pane.getByTestId("tab-fund").click();
    await pane.getByTestId("fund-none").waitFor();
    expect(await overflowing(pane)).toEqual({ pageScrolls: false, elements: [] });
    expect(await seriousViolations(pane)).toEqual([]);
    await pane.screenshot({ path: join(SHOTS, `${width}-fund-create.png`) });
  }, 60000);

  test("created: the engine's key figures, both charts and the warnings; nothing sticks out; axe-core clean", async () => {
    await pane.getByTestId("fund-allocation").fill("20000000");
    await pane.getByTestId("fund-status").selectOption("granted");
    await pane.getByTestId("fund-create-button").click();
    await pane.getByTestId("fund-balance-end").waitFor({ timeout: 30000 });
    const r = expected(lang);
    const kr = (v: number): string => formatResultKr(v).replace(/[\u00a0\u202f]/g, " ");
    expect(await text("fund-balance-end")).toBe(kr(r.balanceEnd!));
    expect(await text("fund-min-balance")).toBe(kr(r.minBalance!.balance));
    expect(await pane.locator('[data-testid="fund-flows-chart"] svg[role="img"]').count()).toBe(1);
    expect(await pane.locator('[data-testid="fund-balance-chart"] svg[role="img"]').count()).toBe(1);
    expect(await pane.locator('[data-testid="fund-warnings"] li').count()).toBe(r.warnings.length);
    expect(await overflowing(pane)).toEqual({ pageScrolls: false, elements: [] });
    expect(await seriousViolations(pane)).toEqual([]);
    await pane.getByTestId("fund-figures").scrollIntoViewIfNeeded();
    await pane.screenshot({ path: join(SHOTS, `${width}-fund.png`) });
    await pane.screenshot({ path: join(SHOTS, `${width}-fund-full.png`), fullPage: true });
  }, 90000);

  test("updated in place: Uppdatera i fonden keeps the fund's sheet names (no copy); nothing sticks out; axe-core clean", async () => {
    await pane.getByTestId("fund-save").click();
    await pane.getByTestId("fund-write-done").waitFor({ timeout: 30000 });
    // The fund is read again after the write: its figures come back once read.
    await pane.getByTestId("fund-balance-end").waitFor({ timeout: 30000 });
    await pane.waitForTimeout(300);
    const done = await text("fund-write-done");
    expect(done).toContain(lang === "sv" ? "Fondöversikt, Fondregister" : "Fund overview, Fund register");
    expect(done).not.toMatch(/\(2\)/);
    expect(await text("fund-balance-end")).toBe(formatResultKr(expected(lang).balanceEnd!).replace(/[\u00a0\u202f]/g, " "));
    expect(await overflowing(pane)).toEqual({ pageScrolls: false, elements: [] });
    expect(await seriousViolations(pane)).toEqual([]);
    await pane.getByTestId("fund-write-done").scrollIntoViewIfNeeded();
    await pane.screenshot({ path: join(SHOTS, `${width}-fund-updated.png`) });
  }, 90000);
});
