/**
 * The rebuild planner, pure: over random investments, a workbook exactly as its plan
 * made it is never refused and everything generated is swapped; any one cell the plan
 * does not explain is refused, naming that cell; a reference from a user's sheet or name
 * to a generated sheet, table or name is refused, naming it.
 */
import fc from "fast-check";
import { workedExampleFile } from "../../src/preview/exampleWorkbook";
import { cellAddress } from "../../src/sheetModel/a1";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import { expectedCells, explains, inputCells, planRebuild } from "../../src/sheetModel/rebuildPlan";
import type { WorkbookSnapshot } from "../../src/sheetModel/rebuildTypes";
import { onSheet } from "../../src/sheetModel/a1";
import { WorkbookError } from "../../src/sheetModel/workbookError";
import { isDomainError } from "../../src/engine";
import { buildWorkbook } from "../../src/workbook/buildWorkbook";
import { paneTemplate } from "../../src/taskpane/state/paneTemplate";

const template = paneTemplate();
const base = workedExampleFile();
const effect0 = base.investment.effects[0] as (typeof base.investment.effects)[number];

/** A variation of the worked example: 1–4 effects with their own shares and durations, volumes per year. */
const investments = fc.record({
  effects: fc.array(fc.record({ share: fc.integer({ min: 1, max: 100 }), duration: fc.integer({ min: 1, max: 5 }) }), { minLength: 1, maxLength: 4 }),
  volume: fc.integer({ min: 1, max: 400 }),
  lang: fc.constantFrom("sv" as const, "en" as const)
});

function planOf(v: { effects: { share: number; duration: number }[]; volume: number; lang: "sv" | "en" }): WorkbookPlan {
  const inv = base.investment;
  const investment = {
    ...inv,
    targetGroups: inv.targetGroups.map((g) => ({ ...g, volumes: Object.fromEntries(Object.keys(g.volumes ?? {}).map((y) => [y, v.volume])) })),
    effects: v.effects.map((e, i) => ({ ...effect0, id: `e${i + 1}`, name: `Effekt ${i + 1}`, share: e.share / 100, duration: e.duration }))
  };
  const plan = buildWorkbook({ ...base, investment }, { template, lang: v.lang, formulas: "native" });
  if (isDomainError(plan)) throw new Error(plan.en);
  return plan;
}

/** The workbook exactly as the plan makes it. */
function bookOf(plan: WorkbookPlan): WorkbookSnapshot {
  return {
    sheets: plan.sheets.map((sheet) => ({ name: sheet.name, cells: Object.fromEntries([...expectedCells(sheet)].filter(([, v]) => v !== null && v !== "")) })),
    tables: plan.sheets.flatMap((sheet) => sheet.tables.map((t) => ({ name: t.name, sheet: sheet.name }))),
    names: plan.names.map((n) => ({ name: n.name, formula: `=${onSheet(n.sheet, n.ref)}` }))
  };
}

function refusal(run: () => unknown): WorkbookError {
  try {
    run();
  } catch (error) {
    if (error instanceof WorkbookError) return error;
    throw error;
  }
  throw new Error("not refused");
}

describe("planRebuild", () => {
  it("never refuses a workbook exactly as its plan made it, with a user's sheet beside, and swaps every generated sheet, table and name", () => {
    fc.assert(
      fc.property(investments, (v) => {
        const plan = planOf(v);
        const book = bookOf(plan);
        const withOwn = { ...book, sheets: [...book.sheets, { name: "Mitt blad", cells: { A1: "egen text", B2: "=1+1" } }] };
        const swap = planRebuild(withOwn, plan);
        expect(swap.sheets).toEqual(plan.sheets.map((s) => s.name));
        expect([...swap.tables].sort()).toEqual(plan.sheets.flatMap((s) => s.tables.map((t) => t.name)).sort());
        expect([...swap.names].sort()).toEqual(plan.names.map((n) => n.name).sort());
      }),
      { numRuns: 15 }
    );
  });

  it("refuses any one cell the plan does not explain, naming it", () => {
    fc.assert(
      fc.property(investments, fc.nat(), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 40 }), fc.oneof(fc.integer(), fc.constant("min anteckning"), fc.constant("=A1*2")), (v, which, row, col, value) => {
        const plan = planOf(v);
        const book = bookOf(plan);
        const at = which % book.sheets.length;
        const sheet = book.sheets[at] as WorkbookSnapshot["sheets"][number];
        const address = cellAddress({ row, col });
        fc.pre(!explains(expectedCells(plan.sheets[at] as WorkbookPlan["sheets"][number]).get(address), value));
        const changed = { ...book, sheets: book.sheets.map((s, i) => (i === at ? { ...s, cells: { ...s.cells, [address]: value } } : s)) };
        const error = refusal(() => planRebuild(changed, plan));
        expect(error.kind).toBe("rebuildUnexplained");
        expect(error.sv).toContain(`${sheet.name}!${address}`);
      }),
      { numRuns: 25 }
    );
  });

  it("takes any value in a plan's input ranges as the user's (read back), but not a formula there nor a value beside them", () => {
    const plan: WorkbookPlan = {
      title: "T", lang: "sv", formulas: "native", names: [], inputs: ["'Mitt register'!$B$2:$C$3"],
      sheets: [{ name: "Mitt register", cells: [{ ref: "A1", value: "Status" }, { ref: "B2", value: "ansökt" }, { ref: "C3", value: 2017 }], tables: [], columnWidths: {} }]
    };
    expect([...inputCells(plan)]).toEqual(["MITT REGISTER!B2", "MITT REGISTER!C2", "MITT REGISTER!B3", "MITT REGISTER!C3"]);
    const book = (cells: Record<string, string | number>): WorkbookSnapshot => ({ sheets: [{ name: "Mitt register", cells: { A1: "Status", ...cells } }], tables: [], names: [] });
    expect(planRebuild(book({ B2: "Beviljad", C3: 2015, B3: 7 }), plan).sheets).toEqual(["Mitt register"]);
    expect(refusal(() => planRebuild(book({ B2: "=A1" }), plan)).sv).toContain("Mitt register!B2");
    expect(refusal(() => planRebuild(book({ D2: "min" }), plan)).sv).toContain("Mitt register!D2");
  });

  it("refuses a user's formula or name that refers to a generated sheet, table or name, naming it; a text that only looks like one is fine", () => {
    const plan = planOf({ effects: [{ share: 30, duration: 3 }], volume: 10, lang: "sv" });
    const book = bookOf(plan);
    const own = (cells: Record<string, string>): WorkbookSnapshot => ({ ...book, sheets: [...book.sheets, { name: "Mitt blad", cells }] });
    expect(refusal(() => planRebuild(own({ C3: "='Översikt'!C8*2" }), plan)).sv).toContain("Mitt blad!C3");
    expect(refusal(() => planRebuild(own({ D4: "=SUM(SINV_Effekter[Andel])" }), plan)).kind).toBe("rebuildReferenced");
    expect(refusal(() => planRebuild(own({ E5: "=SINV_TotalCost" }), plan)).en).toContain("Mitt blad!E5");
    expect(refusal(() => planRebuild({ ...book, names: [...book.names, { name: "Min", formula: "=Effekter!$B$4" }] }, plan)).sv).toContain("Min");
    expect(() => planRebuild(own({ F6: '="Översikt!C8"', G7: "Översikt!C8" }), plan)).not.toThrow();
  });

  it("counts a user's table on a generated sheet as unexplained", () => {
    const plan = planOf({ effects: [{ share: 30, duration: 3 }], volume: 10, lang: "sv" });
    const book = bookOf(plan);
    const error = refusal(() => planRebuild({ ...book, tables: [...book.tables, { name: "MinTabell", sheet: "Effekter" }] }, plan));
    expect(error.sv).toContain("Effekter: MinTabell");
  });
});
