/**
 * Every example in assets/examples, generated in Swedish and in English and put into a
 * workbook as "Infoga" would: the planner explains every cell of it from the inputs read
 * back (nothing refused), and an added effect is the only change it proposes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MemoryGateway } from "../../src/preview/memoryGateway";
import { parseScenario } from "../../src/scenario/parseScenario";
import { buildWorkbook } from "../../src/workbook/buildWorkbook";
import { paneTemplate } from "../../src/taskpane/state/paneTemplate";
import { proposeRebuild } from "../../src/taskpane/state/rebuildWorkbook";
import type { WorkbookPlan } from "../../src/sheetModel/plan";

const dir = join(__dirname, "..", "..", "assets", "examples");
const template = paneTemplate();

describe.each(["sv", "en"] as const)("a rebuild is allowed for every generated example (%s)", (lang) => {
  it.each(readdirSync(dir).filter((f) => f.endsWith(".json")))("%s", async (name) => {
    const parsed = parseScenario(JSON.parse(readFileSync(join(dir, name), "utf8")));
    if (!parsed.ok) throw new Error(`${name}: ${parsed.errors.map((e) => e.en).join("; ")}`);
    const plan = buildWorkbook(parsed.value, { template, lang, formulas: "native" }) as WorkbookPlan;
    const gateway = new MemoryGateway();
    await gateway.insertIntoCurrent(new Uint8Array(0), plan);
    const inv = parsed.value.investment;
    const first = inv.effects[0] as (typeof inv.effects)[number];
    const proposal = await proposeRebuild(gateway, { ...inv, effects: [...inv.effects, { ...first, id: "zz", name: "ZZ" }] }, template);
    expect(proposal).toEqual({ changes: [{ table: "SINV_Effekter", sheet: template.sheets.effects[lang], added: ["ZZ"], removed: [] }], sheets: plan.sheets.length, ownSheets: 0 });
  });
});
