/**
 * Issue 10 item 10 in real Chromium, the pane alone at 350 × 800 and 450 × 900, Swedish and
 * English: in Uppföljning the summary bar shows the follow-up's figures (labelled
 * Utfall/prognos) and follows an actual cost typed in; nothing sticks out of the pane;
 * axe-core finds nothing serious. Screenshots go to test-output/screenshots/.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { openAddin, type AddinSession } from "./support/addinSession";
import { onScreen, overflowing, seriousViolations } from "./support/paneChecks";

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

const WORDS = {
  sv: { note: "Utfall/prognos", cost: "Kostnad alla rader" },
  en: { note: "Actual/forecast", cost: "Cost, all lines" }
} as const;

describe.each(["sv", "en"] as const)("the summary bar in Uppföljning (%s)", (lang) => {
  test.each([
    { width: 350, height: 800 },
    { width: 450, height: 900 }
  ])("$width × $height: the follow-up's figures while an actual cost has focus", async (size) => {
    const pane: Page = await addin.browser.newPage({ viewport: size });
    try {
      const text = async (testId: string): Promise<string> => ((await pane.getByTestId(testId).first().textContent()) ?? "").replace(/[\u00a0\u202f]/g, " ");
      await pane.goto(`${addin.origin}/preview.html?layout=pane&lang=${lang}`);
      await pane.getByTestId("result-savings10y").first().waitFor();
      await pane.getByTestId("tab-followup").click();
      expect(await text("summary-followup-note")).toContain(WORDS[lang].note);
      expect(await text("summary")).toContain(WORDS[lang].cost);
      expect(await text("summary-followup-cost")).toBe("12 700 000 kr");
      const field = pane.getByTestId("actual-cost-staff-2017").first();
      await field.focus();
      await field.fill("3100000");
      await pane.waitForFunction(() => /100/.test(document.querySelector('[data-testid="summary-followup-variance"]')?.textContent ?? ""));
      expect(await text("summary-followup-variance")).toBe("+100 000 kr");
      expect(await text("summary-followup-cost")).toBe("12 800 000 kr");
      expect(await onScreen(pane, '[data-testid="actual-cost-staff-2017"]')).toBe(true);
      expect(await onScreen(pane, '[data-testid="summary"]')).toBe(true);
      await pane.screenshot({ path: join(SHOTS, `narrow-${size.width}-${lang}-follow-up-costs.png`) });
      expect(await overflowing(pane)).toEqual({ pageScrolls: false, elements: [] });
      expect(await seriousViolations(pane)).toEqual([]);
    } finally {
      await pane.close();
    }
  }, 90000);
});
