/**
 * "Skapa fondblad" as an empty fund in real Chromium on the preview (the pane alone), at
 * Excel's default task-pane width and a wider one: "Tom fond" waits for an allocation;
 * created, the fund shows the allocation as its balance and 0 investments; "Lägg till i
 * fonden" then adds the investment in place (no copy). Nothing is wider than the pane;
 * axe-core finds no serious violation. The 350 px screenshots are
 * docs/screenshots/350-fund-empty.png and 350-fund-empty-created.png.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { formatResultKr } from "../../src/taskpane/i18n/format";
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

const SIZES = [
  { width: 350, height: 800, lang: "sv" },
  { width: 450, height: 900, lang: "en" }
] as const;

describe.each(SIZES)("an empty fund at $width × $height ($lang)", ({ width, height, lang }) => {
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

  test("Tom fond: the button waits for an allocation; nothing sticks out; axe-core clean", async () => {
    await pane.getByTestId("tab-fund").click();
    await pane.getByTestId("fund-none").waitFor();
    await pane.getByTestId("fund-create-empty").check();
    expect(await pane.getByTestId("fund-create-button").isDisabled()).toBe(true);
    await pane.getByTestId("fund-empty-needs-allocation").waitFor();
    await pane.getByTestId("fund-allocation").fill("20000000");
    await pane.getByTestId("fund-allocation").blur();
    await pane.waitForFunction(() => !(document.querySelector('[data-testid="fund-create-button"]') as HTMLButtonElement | null)?.disabled);
    expect(await overflowing(pane)).toEqual({ pageScrolls: false, elements: [] });
    expect(await seriousViolations(pane)).toEqual([]);
    await pane.getByTestId("fund-create").scrollIntoViewIfNeeded();
    await pane.screenshot({ path: join(SHOTS, `${width}-fund-empty.png`) });
  }, 60000);

  test("created empty: the allocation is the balance, 0 investments; then the investment is added in place", async () => {
    await pane.getByTestId("fund-create-button").click();
    await pane.getByTestId("fund-balance-end").waitFor({ timeout: 30000 });
    const kr = (v: number): string => formatResultKr(v).replace(/[\u00a0\u202f]/g, " ");
    expect(await text("fund-balance-end")).toBe(kr(20_000_000));
    expect(await text("fund-counted")).toBe(lang === "sv" ? "0 av 0" : "0 of 0");
    expect(await text("fund-write-done")).toContain(lang === "sv" ? "Den tomma fonden skapades" : "The empty fund was created");
    expect(await overflowing(pane)).toEqual({ pageScrolls: false, elements: [] });
    expect(await seriousViolations(pane)).toEqual([]);
    await pane.getByTestId("fund-figures").scrollIntoViewIfNeeded();
    await pane.screenshot({ path: join(SHOTS, `${width}-fund-empty-created.png`) });

    await pane.getByTestId("fund-save").click();
    await pane.waitForFunction(() => /S1/.test(document.querySelector('[data-testid="fund-write-done"]')?.textContent ?? ""), undefined, { timeout: 30000 });
    await pane.getByTestId("fund-balance-end").waitFor({ timeout: 30000 });
    const done = await text("fund-write-done");
    expect(done).toContain(lang === "sv" ? "Fondöversikt, Fondregister" : "Fund overview, Fund register");
    expect(done).not.toMatch(/\(2\)/);
    await pane.waitForFunction((want) => (document.querySelector('[data-testid="fund-counted"]')?.textContent ?? "") === want, lang === "sv" ? "0 av 1" : "0 of 1", { timeout: 30000 });
    expect(await overflowing(pane)).toEqual({ pageScrolls: false, elements: [] });
    expect(await seriousViolations(pane)).toEqual([]);
  }, 90000);
});
