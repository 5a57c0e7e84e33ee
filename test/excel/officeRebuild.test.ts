/**
 * Rebuilding in place on the Office.js gateway over office-addin-mock (test/support/fakeExcel.ts):
 * the swap leaves the old sheets' names, tables and names to the new ones; a failure at
 * each sync, before its batch runs or with its answer lost, leaves the workbook exactly as
 * before — or, when only the final delete failed, the old sheets hidden under their
 * temporary names, named in the message. Reading the whole workbook gives the planner's snapshot.
 */
import { OfficeGateway } from "../../src/excel/officeGateway";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import { planRebuild } from "../../src/sheetModel/rebuildPlan";
import type { RebuildSwap } from "../../src/sheetModel/rebuildTypes";
import { WorkbookError } from "../../src/sheetModel/workbookError";
import { writeXlsx } from "../../src/writer/xlsxWriter";
import { INSERT_PLAN } from "../fixtures/insertPlan";
import { fakeExcel, type FakeExcel, type FakeExcelOptions } from "../support/fakeExcel";

/** The plan again with one more unit-cost row (an item added in the pane). */
const NEW_PLAN: WorkbookPlan = {
  ...INSERT_PLAN,
  sheets: INSERT_PLAN.sheets.map((s) => (s.name === "Indata" ? { ...s, tables: s.tables.map((t) => ({ ...t, rows: [...t.rows, ["C", 75]] })) } : s))
};

/** A formula as Excel would show it: the fake keeps formulas as text and quotes a renamed-back sheet ('Översikt'!) where Excel, keeping them parsed, shows the name as before. */
const shown = (formula: string): string => formula.replace(/'([^'!\s()]+)'!/g, "$1!");

function observe(excel: FakeExcel): unknown {
  return {
    sheets: excel.state.sheets.map((s) => ({ id: s.id, name: s.name, visibility: s.visibility ?? "Visible", formulas: [...s.formulas].map(([ref, f]) => [ref, shown(f)]).sort() })),
    tables: excel.state.tables.map(({ name, sheet, range }) => ({ name, sheet, range })),
    names: excel.state.names.map((n) => ({ ...n }))
  };
}

async function workbook(options: FakeExcelOptions): Promise<{ excel: FakeExcel; gateway: OfficeGateway; swap: RebuildSwap }> {
  const excel = fakeExcel({ sheets: ["Mitt blad"] }, options);
  const gateway = new OfficeGateway(excel.host);
  await gateway.insertIntoCurrent(await writeXlsx(INSERT_PLAN), INSERT_PLAN);
  const swap = planRebuild(await gateway.readWorkbook(), INSERT_PLAN);
  return { excel, gateway, swap };
}

describe("OfficeGateway.rebuildInPlace", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeXlsx(NEW_PLAN);
  });

  it("reads the workbook for the planner and swaps the generated sheets, tables and names; the user's sheet stays", async () => {
    const { excel, gateway, swap } = await workbook({});
    expect(swap).toEqual({ sheets: ["Översikt", "Indata", "Effekter"], tables: ["SINV_Enhetskostnader"], names: ["SINV_TotalCost", "SINV_Effect"] });
    const own = excel.state.sheets[0]?.id;
    const report = await gateway.rebuildInPlace(bytes, NEW_PLAN, swap);
    expect(report).toEqual({ sheets: ["Översikt", "Indata", "Effekter"], replaced: 3 });
    expect(excel.state.sheets.map((s) => s.name)).toEqual(["Mitt blad", "Översikt", "Indata", "Effekter"]);
    expect(excel.state.sheets[0]?.id).toBe(own);
    expect(excel.state.tables.map(({ name, sheet, range }) => ({ name, sheet, range }))).toEqual([{ name: "SINV_Enhetskostnader", sheet: "Indata", range: "A1:B4" }]);
    expect(excel.state.names).toEqual([
      { name: "SINV_TotalCost", formula: "='Översikt'!$C$8" },
      { name: "SINV_Effect", formula: "=Effekter!$B$4" }
    ]);
    expect(excel.state.sheets.find((s) => s.name === "Effekter")?.formulas.get("B4")).toBe("'Översikt'!C8*2");
  });

  it("puts everything back, or leaves only the old sheets hidden and says so, when any sync fails", async () => {
    // Count the syncs of a clean rebuild.
    const clean = await workbook({});
    const start = clean.excel.syncs;
    await clean.gateway.rebuildInPlace(bytes, NEW_PLAN, clean.swap);
    const syncs = clean.excel.syncs - start;
    expect(syncs).toBeGreaterThanOrEqual(6);
    const outcomes: string[] = [];
    for (let n = 1; n <= syncs; n += 1) {
      for (const when of ["before", "after"] as const) {
        const options: FakeExcelOptions = {};
        const { excel, gateway, swap } = await workbook(options);
        const before = observe(excel);
        const base = excel.syncs;
        if (when === "before") options.failAtSync = base + n;
        else options.failAfterSync = base + n;
        const error = await gateway.rebuildInPlace(bytes, NEW_PLAN, swap).then(
          () => undefined,
          (e: unknown) => e
        );
        if (error === undefined) {
          // Only the delete's lost answer: the old sheets are gone, as asked.
          expect(when).toBe("after");
          expect(excel.state.sheets.map((s) => s.name)).toEqual(["Mitt blad", "Översikt", "Indata", "Effekter"]);
          outcomes.push(`${when}#${n}: done`);
          continue;
        }
        expect(error).toBeInstanceOf(WorkbookError);
        const kind = (error as WorkbookError).kind;
        outcomes.push(`${when}#${n}: ${kind}`);
        if (kind === "rebuildCleanupFailed") {
          const hidden = excel.state.sheets.filter((s) => s.visibility === "Hidden").map((s) => s.name);
          expect(hidden).toHaveLength(3);
          expect(hidden.every((name) => name.startsWith("SINV~old~"))).toBe(true);
          expect((error as WorkbookError).sv).toContain(hidden[0]);
          expect(excel.state.sheets.filter((s) => s.visibility !== "Hidden").map((s) => s.name)).toEqual(["Mitt blad", "Översikt", "Indata", "Effekter"]);
        } else {
          expect(kind).toBe("rebuildFailed");
          expect(observe(excel)).toEqual(before);
        }
      }
    }
    expect(outcomes.filter((o) => o.endsWith("rebuildFailed")).length).toBe(2 * syncs - 2);
    expect(outcomes.slice(-2)).toEqual([`before#${syncs}: rebuildCleanupFailed`, `after#${syncs}: done`]);
  });
});

describe("rebuilding the worked example through the Office.js gateway", () => {
  it("reads the generated workbook back, plans from it, and swaps all its sheets for the plan with an added effect", async () => {
    const { workedExampleFile, workedExamplePlan } = await import("../../src/preview/exampleWorkbook");
    const { paneTemplate } = await import("../../src/taskpane/state/paneTemplate");
    const { buildWorkbook } = await import("../../src/workbook/buildWorkbook");
    const excel = fakeExcel({ sheets: ["Mitt blad"] });
    const gateway = new OfficeGateway(excel.host);
    const plan = workedExamplePlan("sv");
    await gateway.insertIntoCurrent(await writeXlsx(plan), plan);
    // The user's sheets before and after the generated ones keep their places.
    const notes: WorkbookPlan = { title: "Mina", lang: "sv", formulas: "native", sheets: [{ name: "Anteckningar", cells: [{ ref: "A1", value: "min text" }], tables: [], columnWidths: {} }], names: [] };
    await gateway.insertIntoCurrent(await writeXlsx(notes), notes);
    const names = excel.state.sheets.map((s) => s.name);
    expect([names[0], names[names.length - 1]]).toEqual(["Mitt blad", "Anteckningar"]);
    const file = workedExampleFile();
    const first = file.investment.effects[0] as (typeof file.investment.effects)[number];
    const next = buildWorkbook({ ...file, investment: { ...file.investment, effects: [...file.investment.effects, { ...first, id: "fewer", name: "Färre placeringar" }] } }, { template: paneTemplate(), lang: "sv", formulas: "native" }) as WorkbookPlan;
    const swap = planRebuild(await gateway.readWorkbook(), plan);
    expect(swap.sheets).toEqual(plan.sheets.map((s) => s.name));
    const report = await gateway.rebuildInPlace(await writeXlsx(next), next, swap);
    expect(report.replaced).toBe(plan.sheets.length);
    expect(excel.state.sheets.map((s) => s.name)).toEqual(names);
    expect(excel.state.sheets.every((s) => (s.visibility ?? "Visible") === "Visible")).toBe(true);
    expect(excel.state.tables.find((t) => t.name === "SINV_Effekter")?.rows.map((r) => r[0])).toEqual(["placement", "fewer"]);
    expect(excel.state.names.map((n) => n.name).sort()).toEqual(next.names.map((n) => n.name).sort());
    expect(excel.state.names.every((n) => !n.formula.includes("#REF!") && !n.formula.includes("SINV~old"))).toBe(true);
  }, 60000);
});

describe("rebuilding the fund's sheets through the Office.js gateway", () => {
  it("swaps the Örebro fund's six sheets (the source sheet too) for the fund with one more investment, in one go, names kept", async () => {
    const { fundPortfolio } = await import("../../src/engine");
    const { buildFundWorkbook } = await import("../../src/fund/workbook/buildFundWorkbook");
    const { orebroFund } = await import("../fund/fundSupport");
    const { orebroTemplate } = await import("../support/scenarioFiles");
    const build = (fund: ReturnType<typeof orebroFund>): WorkbookPlan => buildFundWorkbook(fundPortfolio(fund) as never, { template: orebroTemplate(), lang: "sv", generatedOn: "2024-05-01" });
    const all = orebroFund();
    const old = build({ ...all, items: all.items.slice(0, 5) });
    const next = build(all);
    const excel = fakeExcel({ sheets: ["Mitt blad"] });
    const gateway = new OfficeGateway(excel.host);
    await gateway.insertIntoCurrent(await writeXlsx(old), old);
    const names = excel.state.sheets.map((s) => s.name);
    const swap = planRebuild(await gateway.readWorkbook(), old);
    expect(swap.sheets).toEqual(old.sheets.map((s) => s.name));
    const report = await gateway.rebuildInPlace(await writeXlsx(next), next, swap);
    expect(report).toEqual({ sheets: next.sheets.map((s) => s.name), replaced: 6 });
    expect(excel.state.sheets.map((s) => s.name)).toEqual(names);
    // (The fake inserts sheets visible: whether Fondkälla stays hidden is Excel's to show, not checked here.)
    expect(excel.state.tables.find((t) => t.name === "SINV_Fondregister")?.rows.map((r) => r[0])).toEqual(["S1", "S2", "S3", "S4", "S5", "S6"]);
    expect(excel.state.names.map((n) => n.name).sort()).toEqual(next.names.map((n) => n.name).sort());
    expect(excel.state.names.every((n) => !n.formula.includes("#REF!") && !n.formula.includes("SINV~old"))).toBe(true);
  }, 60000);
});
