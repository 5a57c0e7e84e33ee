/**
 * Rebuilding the generated sheets in place on the memory gateway: an effect added in the
 * pane reaches Effekter and Översikt; a user's own sheet stays; a failure at each step
 * leaves the workbook exactly as before, or (the final delete) the old sheets hidden.
 */
import { exampleGateway, workedExampleFile } from "../../src/preview/exampleWorkbook";
import type { MemoryGateway } from "../../src/preview/memoryGateway";
import { MemoryGateway as Gateway } from "../../src/preview/memoryGateway";
import { workedExamplePlan } from "../../src/preview/exampleWorkbook";
import type { Investment } from "../../src/engine";
import { appraise, isDomainError } from "../../src/engine";
import { paneTemplate } from "../../src/taskpane/state/paneTemplate";
import { proposeRebuild, rebuildWorkbook } from "../../src/taskpane/state/rebuildWorkbook";
import type { RebuildStep } from "../../src/preview/memoryRebuild";

const template = paneTemplate();

function withNewEffect(inv: Investment): Investment {
  const first = inv.effects[0] as Investment["effects"][number];
  return { ...inv, effects: [...inv.effects, { ...first, id: "fewer", name: "Färre placeringar" }] };
}

async function state(gateway: MemoryGateway): Promise<unknown> {
  return { book: await gateway.readWorkbook(), hidden: gateway.hiddenSheets() };
}

describe("rebuild in place (memory gateway)", () => {
  it("proposes the change, then rebuilds: the new effect is on Effekter, Översikt's figures are the engine's, the user's sheet stays", async () => {
    const gateway = await exampleGateway("sv");
    const inv = withNewEffect(workedExampleFile().investment);
    const before = gateway.snapshot();
    const proposal = await proposeRebuild(gateway, inv, template);
    expect(proposal).toEqual({ changes: [{ table: "SINV_Effekter", sheet: "Effekter", added: ["Färre placeringar"], removed: [] }], sheets: before.sheets.length, ownSheets: 0 });
    const outcome = await rebuildWorkbook(gateway, inv, template);
    const after = gateway.snapshot();
    expect(after.sheets).toEqual(before.sheets);
    expect(after.tables.map((t) => t.name).sort()).toEqual(before.tables.map((t) => t.name).sort());
    expect(after.names.map((n) => n.name).sort()).toEqual(before.names.map((n) => n.name).sort());
    expect(gateway.hiddenSheets()).toEqual([]);
    const effects = (await gateway.readTables(["SINV_Effekter"])).SINV_Effekter;
    expect(effects?.rows.map((r) => r[0])).toContain("fewer");
    const appraisal = appraise({ ...workedExampleFile(), investment: inv });
    if (isDomainError(appraisal)) throw appraisal;
    expect(outcome).toMatchObject({ totalCost: appraisal.summary.totalCost, windowSavings: appraisal.summary.windowSavings, sheets: before.sheets.length });
    const named = await gateway.readNamedValues(["SINV_TotalCost", "SINV_WindowSavings"]);
    expect(named.SINV_TotalCost?.[0]?.[0]).toBeCloseTo(appraisal.summary.totalCost, 2);
  });

  it("keeps the tabs' order: a user's sheet after the generated ones stays after them", async () => {
    const gateway = await exampleGateway("sv");
    await gateway.insertTable({ sheet: "Mina anteckningar", table: { name: "Mina", columns: ["A"], rows: [["x"]] } });
    const before = gateway.snapshot().sheets;
    expect(before[before.length - 1]).toBe("Mina anteckningar");
    await rebuildWorkbook(gateway, withNewEffect(workedExampleFile().investment), template);
    expect(gateway.snapshot().sheets).toEqual(before);
  });

  it("rebuilds an English workbook in English, and removes a row as well as it adds one", async () => {
    const gateway = await exampleGateway("en");
    const before = gateway.snapshot();
    const base = workedExampleFile().investment;
    const inv = { ...withNewEffect(base), targetGroups: base.targetGroups, costLines: base.costLines.slice(0, -1) };
    const removed = base.costLines[base.costLines.length - 1] as Investment["costLines"][number];
    const proposal = await proposeRebuild(gateway, inv, template);
    expect(proposal.changes).toEqual([
      { table: "SINV_Kostnader", sheet: expect.any(String) as string, added: [], removed: [removed.description] },
      { table: "SINV_Effekter", sheet: "Effects", added: ["Färre placeringar"], removed: [] }
    ]);
    await rebuildWorkbook(gateway, inv, template);
    expect(gateway.snapshot().sheets).toEqual(before.sheets);
    const costs = (await gateway.readTables(["SINV_Kostnader"])).SINV_Kostnader;
    expect(costs?.headers).toContain("Description");
    expect(costs?.rows.map((r) => r[0])).not.toContain(removed.id);
  });

  it("leaves a user's own sheet alone, and refuses (naming the cell) when a generated sheet holds a user's cell or a user's formula refers to one", async () => {
    const gateway = await exampleGateway("sv");
    const inv = withNewEffect(workedExampleFile().investment);
    await gateway.insertTable({ sheet: "Mina anteckningar", table: { name: "Mina", columns: ["A"], rows: [["x"]] } });
    gateway.setCell("Mina anteckningar", "D9", "egen text");
    const proposal = await proposeRebuild(gateway, inv, template);
    expect(proposal.ownSheets).toBe(1);
    gateway.setCell("Effekter", "Z40", 42);
    await expect(proposeRebuild(gateway, inv, template)).rejects.toMatchObject({ kind: "rebuildUnexplained", sv: expect.stringContaining("Effekter!Z40") });
    gateway.setCell("Effekter", "Z40", null);
    gateway.setCell("Mina anteckningar", "E2", { formula: "Översikt!C8*2" });
    await expect(rebuildWorkbook(gateway, inv, template)).rejects.toMatchObject({ kind: "rebuildReferenced", en: expect.stringContaining("Mina anteckningar!E2") });
    expect(gateway.cell("Mina anteckningar", "D9")).toEqual({ value: "egen text" });
  });

  const points: readonly string[] = ["insert:sheets", "insert:names", "rebuild:rename", "rebuild:hide"];
  it.each(points)("puts the workbook back exactly as it was when %s fails", async (point) => {
    let armed = false;
    const fail = (where: string): void => {
      if (armed && where === point) throw new Error("Simulated failure.");
    };
    const gateway = new Gateway({ onInsertStep: (s) => fail(`insert:${s}`), onRebuildStep: (s: RebuildStep) => fail(`rebuild:${s}`) });
    await gateway.insertIntoCurrent(new Uint8Array(0), workedExamplePlan("sv"));
    const before = await state(gateway);
    const snapshot = gateway.snapshot();
    armed = true;
    await expect(rebuildWorkbook(gateway, withNewEffect(workedExampleFile().investment), template)).rejects.toMatchObject({ kind: "rebuildFailed" });
    expect(await state(gateway)).toEqual(before);
    expect(gateway.snapshot()).toEqual(snapshot);
  });

  it("leaves the old sheets hidden under their temporary names, and says so, when the final delete fails", async () => {
    let armed = false;
    const gateway = new Gateway({ onRebuildStep: (s: RebuildStep) => { if (armed && s === "delete") throw new Error("Simulated failure."); } });
    await gateway.insertIntoCurrent(new Uint8Array(0), workedExamplePlan("sv"));
    const sheets = gateway.snapshot().sheets;
    armed = true;
    const error = await rebuildWorkbook(gateway, withNewEffect(workedExampleFile().investment), template).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "rebuildCleanupFailed" });
    const hidden = gateway.hiddenSheets();
    expect(hidden).toHaveLength(sheets.length);
    expect(hidden.every((name) => name.startsWith("SINV~old~"))).toBe(true);
    expect((error as Error).message).toContain(hidden[0]);
    expect(gateway.snapshot().sheets).toEqual([...sheets, ...hidden]);
    expect((await gateway.readTables(["SINV_Effekter"])).SINV_Effekter?.rows.map((r) => r[0])).toContain("fewer");
  });
});
