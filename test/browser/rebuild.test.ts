/**
 * Rebuilding the workbook in place, clicked through in real Chromium at 350 × 800 on the
 * preview: an effect added in the pane, "Uppdatera denna arbetsbok" asks first (what
 * changes, how many sheets), the yes rebuilds the sheets, the preview's Effekter sheet has
 * the new effect and Översikt's figures are the engine's; nothing sticks out, axe-core clean.
 * The confirmation's screenshot at 350 px goes to test-output/screenshots/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Evaluation } from "../../src/engine";
import { evaluateInvestment, isDomainError, summarize } from "../../src/engine";
import { resolveRules } from "../../src/engine/ruleChoice";
import { parseScenario } from "../../src/scenario/parseScenario";
import { openAddin, type AddinSession } from "./support/addinSession";
import { overflowing, seriousViolations } from "./support/paneChecks";

const ROOT = join(__dirname, "..", "..");
const SHOTS = join(ROOT, "test-output", "screenshots");

const parsed = parseScenario(JSON.parse(readFileSync(join(ROOT, "assets", "examples", "raekneexempel-skolnarvaro.json"), "utf8")));
if (!parsed.ok) throw new Error("worked example");
const file = parsed.value;
const rules = resolveRules(file.rules);
if (isDomainError(rules)) throw new Error(rules.en);

let addin: AddinSession;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  addin = await openAddin(ROOT);
}, 300000);

afterAll(async () => {
  await addin?.close();
});

const digits = (text: string): number => Number(text.replace(/[^\d,-]/g, "").replace(",", "."));

test("at 350 × 800: an effect added in the pane reaches the preview's Effekter sheet through a confirmed rebuild, and Översikt shows the engine's figures", async () => {
  const page = await addin.browser.newPage({ viewport: { width: 350, height: 800 } });
  try {
    await page.goto(`${addin.origin}/preview.html?lang=sv`);
    await page.getByTestId("result-savings10y").first().waitFor();
    await page.getByTestId("add-effect").click();
    await page.getByTestId("effect-name-e1").fill("Färre placeringar");
    await page.getByTestId("effect-duration-e1").fill("5");
    await page.getByTestId("update-workbook").click();
    const confirm = page.getByTestId("confirm-rebuild");
    await confirm.waitFor({ timeout: 30000 });
    const question = ((await confirm.textContent()) ?? "").replace(/[\u00a0\u202f]/g, " ");
    expect(question).toContain("Effekter: 1 ny rad (Färre placeringar)");
    expect(question).toContain("12 blad byggs om; dina egna blad berörs inte");
    await confirm.scrollIntoViewIfNeeded();
    expect(await overflowing(page)).toEqual({ pageScrolls: false, elements: [] });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, "350-rebuild-confirm.png") });

    await page.getByTestId("confirm-yes").click();
    const done = page.getByTestId("rebuild-done");
    await done.waitFor({ timeout: 30000 });
    await done.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "350-rebuild-done.png") });

    // The engine's figures for the pane's investment (the new effect as the pane adds it, share 0.1, here for 5 years: the first group, department and unit cost).
    const inv = file.investment;
    const first = inv.effects[0]!;
    const added = { id: "e1", name: "Färre placeringar", targetGroupId: inv.targetGroups[0]!.id, departmentId: inv.departments[0]!.id, share: 0.1, duration: 5, unitCostCode: first.unitCostCode };
    const now = summarize(evaluateInvestment({ ...inv, effects: [...inv.effects, added] }, rules, file.scenario ?? {}) as Evaluation);
    expect(now.windowSavings).toBeGreaterThan(16200000);
    const doneText = ((await done.textContent()) ?? "").replace(/[\u00a0\u202f]/g, " ");
    expect(doneText).toContain(`besparing inom tioårsfönstret ${now.windowSavings.toLocaleString("sv-SE").replace(/[\u00a0\u202f]/g, " ")} kr`);

    const sheets = page.getByTestId("sheet-view");
    await sheets.getByRole("tab", { name: "Effekter", exact: true }).click();
    expect(await sheets.getByTestId("sheet-grid").textContent()).toContain("Färre placeringar");
    await sheets.getByRole("tab", { name: "Översikt", exact: true }).click();
    const row = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('[data-testid="sheet-grid"] tbody tr')];
      const found = rows.find((tr) => tr.textContent?.includes("Besparing inom tioårsfönstret"));
      return found ? [...found.querySelectorAll("td")].map((td) => td.textContent ?? "") : [];
    });
    const figures = row.map(digits).filter((n) => Number.isFinite(n) && n !== 0);
    expect(figures).toContain(now.windowSavings);
  } finally {
    await page.close();
  }
}, 240000);

test("at 450 × 900 in English: the same question in English, then the rebuild; nothing sticks out", async () => {
  const page = await addin.browser.newPage({ viewport: { width: 450, height: 900 } });
  try {
    await page.goto(`${addin.origin}/preview.html?layout=pane&lang=en`);
    await page.getByTestId("result-savings10y").first().waitFor();
    await page.getByTestId("add-effect").click();
    await page.getByTestId("update-workbook").click();
    const confirm = page.getByTestId("confirm-rebuild");
    await confirm.waitFor({ timeout: 30000 });
    const question = ((await confirm.textContent()) ?? "").replace(/[\u00a0\u202f]/g, " ");
    expect(question).toMatch(/^The workbook's tables do not have the investment's rows, so the sheets are rebuilt\. Effects: 1 new row \(.+\); 12 sheets are rebuilt; your own sheets are not touched\./);
    await confirm.scrollIntoViewIfNeeded();
    expect(await overflowing(page)).toEqual({ pageScrolls: false, elements: [] });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, "450-en-rebuild-confirm.png") });
    await page.getByTestId("confirm-yes").click();
    await page.getByTestId("rebuild-done").waitFor({ timeout: 30000 });
    expect(await page.getByTestId("rebuild-done").textContent()).toMatch(/^Done: 12 sheets were rebuilt\./);
  } finally {
    await page.close();
  }
}, 240000);
