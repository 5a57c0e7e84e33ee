/**
 * The Osäkerhet sheet: built only for files with ranges; HyperFormula and LibreOffice
 * recalculate every formula of it to the engine's figures for the same draws; a range or a
 * grade changed in the sheet recalculates the probability and the corrected case to what the
 * engine says for the changed file.
 */
import type { Appraisal, UncertaintyAnalysis } from "../../src/engine";
import { appraise, isDomainError } from "../../src/engine";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import { sheetDraws } from "../../src/workbook/sheets/uncertaintySheet";
import { writeXlsx } from "../../src/writer/xlsxWriter";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseTemplate } from "../../src/workbook/template";
import { cellMismatches } from "../differential/cellCompare";
import { amountFormats } from "../../src/workbook/amountFormat";
import { richScenario } from "../fixtures/richScenario";
import type { Computed } from "../support/hyperformula";
import { evaluatePlan } from "../support/hyperformula";
import { recalcWithLibreOffice } from "../support/libreoffice";
import { buildPlan, editPlan } from "../support/planEdits";
import { orebroTemplate, workedExampleFile } from "../support/scenarioFiles";

const MONEY = amountFormats(orebroTemplate());

/** The worked example with a share range (0.1, 0.3, 0.5), its effect graded 3 and its unit cost 6. */
function worked(draws: number, low = 0.1): ScenarioFile {
  const inv = workedExampleFile.investment;
  return {
    ...workedExampleFile,
    uncertainty: { draws, seed: 7 },
    investment: {
      ...inv,
      effects: inv.effects.map((e) => ({ ...e, uncertainty: { share: { low, high: 0.5 }, confidenceGrade: 3 } })),
      unitCosts: inv.unitCosts.map((u) => ({ ...u, uncertainty: { confidenceGrade: 6 } }))
    }
  };
}

/** The rich scenario (three departments, a regional effect, a code spelt in lower case) with every kind of range. */
function rich(draws: number): ScenarioFile {
  const inv = richScenario.investment;
  return {
    ...richScenario,
    uncertainty: { draws, seed: 2026 },
    investment: {
      ...inv,
      effects: inv.effects.map((e, i) => (i % 2 === 0 ? { ...e, uncertainty: { share: { low: e.share * 0.5, high: e.share * 1.4 }, confidenceGrade: 2 + i } } : e)),
      targetGroups: inv.targetGroups.map((g, i) => (i === 0 ? { ...g, uncertainty: { volumeFactor: { low: 0.7, high: 1.2 } } } : g)),
      unitCosts: inv.unitCosts.map((u, i) => ({ ...u, uncertainty: { ...(i === 1 ? { unitCostFactor: { low: 0.9, high: 1.3 } } : {}), confidenceGrade: 1 + i } }))
    }
  };
}

function analysisOf(file: ScenarioFile): UncertaintyAnalysis {
  const a = appraise(file) as Appraisal;
  if (isDomainError(a) || a.uncertainty === null || isDomainError(a.uncertainty)) throw new Error("expected an analysis");
  return a.uncertainty;
}

/** A probability as the count of draws it stands for: spreadsheets show 11–15 digits of count ÷ n, the same count. */
function countOf(p: unknown, n: number): number {
  return Math.round((p as number) * n);
}

function sheetCells(plan: WorkbookPlan, name: string): number {
  return plan.sheets.find((s) => s.name === name)?.cells.length ?? 0;
}

describe("the Osäkerhet sheet", () => {
  test("only files with ranges get it: without them the workbook is as before", () => {
    const plain = buildPlan(workedExampleFile);
    expect(plain.sheets.map((s) => s.name)).not.toContain("Osäkerhet");
    expect(plain.names.map((n) => n.name)).not.toContain("SINV_PApproved");
    const ranged = buildPlan(worked(300));
    expect(ranged.sheets.map((s) => s.name)).toEqual([...plain.sheets.map((s) => s.name).slice(0, 8), "Osäkerhet", ...plain.sheets.map((s) => s.name).slice(8)]);
    for (const sheet of plain.sheets) expect(ranged.sheets.find((s) => s.name === sheet.name)).toEqual(sheet);
    expect(ranged.names.map((n) => n.name).filter((n) => !plain.names.some((p) => p.name === n))).toEqual(["SINV_PApproved", "SINV_ExpectedRepayment", "SINV_Seed", "SINV_Draws"]);
    expect(buildPlan(worked(300), "en").sheets.map((s) => s.name)).toContain("Uncertainty");
  });

  test("its inputs are tables with unique headers, found by name: one per kind of range, the grades and the bias table", () => {
    const sheet = buildPlan(rich(200)).sheets.find((s) => s.name === "Osäkerhet")!;
    expect(sheet.tables.map((x) => x.name)).toEqual([
      "SINV_OsakerhetAndelar",
      "SINV_OsakerhetVolymer",
      "SINV_OsakerhetEnhetskostnader",
      "SINV_Optimismkorrigering",
      "SINV_KonfidensEnhetskostnader",
      "SINV_KonfidensEffekter"
    ]);
    for (const table of sheet.tables) expect(new Set(table.columns.map((c) => c.toLowerCase())).size).toBe(table.columns.length);
    // The planned share stays a live formula inside the table; low and high are values.
    const shares = sheet.tables[0]!;
    const base = sheet.cells.find((c) => c.ref === `D${Number(/\d+/.exec(shares.ref)![0]) + 1}`)!;
    expect(base.formula).toMatch(/Effekter/);
    expect(shares.rows[0]![3]).toBe(base.expect);
    expect(sheet.merges ?? []).toEqual([]);
  });

  test("a template whose two headers of one Osäkerhet table are the same word is refused, naming the label", () => {
    const shipped = JSON.parse(readFileSync(join(__dirname, "..", "..", "assets", "templates", "orebro.json"), "utf8")) as { labels: Record<string, { sv: string; en: string }> };
    const t = structuredClone(shipped);
    t.labels.uncHigh!.sv = "lägsta";
    const r = parseTemplate(t);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.some((i) => i.path === "labels.uncHigh.sv" && i.en.includes("SINV_Osakerhet"))).toBe(true);
  });

  test.each([
    ["worked example, 2 000 draws (sv)", worked(2000), "sv"],
    ["worked example, 500 draws (en)", worked(500), "en"],
    ["worked example, rules from 2020 (no repayment)", { ...worked(300), rules: { preset: "orebro-2020" } }, "sv"],
    ["rich scenario: three departments, every kind of range", rich(400), "sv"]
  ] as const)("HyperFormula recalculates every formula to the engine's figures: %s", (_name, file, lang) => {
    const plan = buildPlan(file, lang);
    const computed = evaluatePlan(plan);
    expect(cellMismatches(plan, computed, MONEY)).toEqual([]);
    const a = analysisOf(file);
    expect(countOf(computed.get("SINV_PApproved"), a.draws)).toBe(countOf(a.figures.pApproved, a.draws));
    if (a.figures.expectedRepayment === null) expect(computed.get("SINV_ExpectedRepayment")).toBe("–");
    else expect(Math.abs((computed.get("SINV_ExpectedRepayment") as number) - a.figures.expectedRepayment)).toBeLessThanOrEqual(0.01);
    expect(sheetCells(plan, lang === "en" ? "Uncertainty" : "Osäkerhet")).toBeGreaterThan(6 * a.draws);
  });

  test("a range changed in the sheet: the live probability is the engine's for the changed file, same draws", () => {
    const plan = buildPlan(worked(1000));
    const low = plan.sheets.find((s) => s.name === "Osäkerhet")!.cells.find((c) => c.value === 0.1 && c.style === "input")!;
    const computed = evaluatePlan(editPlan(plan, [{ sheet: "Osäkerhet", ref: low.ref, value: 0.2 }]));
    const changed = analysisOf(worked(1000, 0.2));
    expect(countOf(computed.get("SINV_PApproved"), 1000)).toBe(countOf(changed.figures.pApproved, 1000));
    expect(changed.figures.pApproved).not.toBe(analysisOf(worked(1000)).figures.pApproved);
    expect(Math.abs((computed.get("SINV_ExpectedRepayment") as number) - changed.figures.expectedRepayment!)).toBeLessThanOrEqual(0.01);
  });

  test("a grade changed in the sheet: the corrected base case follows", () => {
    const plan = buildPlan(worked(200));
    const sheet = plan.sheets.find((s) => s.name === "Osäkerhet")!;
    // The unit cost's grade 6 (40 %) becomes 1 (0 %): corrected savings 16 200 000 × 0.9 (the effect's grade 3).
    const grade = sheet.cells.find((c) => c.value === 6 && c.style === "input")!;
    const computed = evaluatePlan(editPlan(plan, [{ sheet: "Osäkerhet", ref: grade.ref, value: 1 }]));
    const corrected = sheet.cells.find((c) => c.expect === 16200000 * 0.6 * 0.9 && c.style === "total")!;
    expect(computed.get(`Osäkerhet!${corrected.ref}`)).toBeCloseTo(16200000 * 0.9, 2);
  });

  test("the draws the sheet holds: all 2 000 for the worked example, fewer when the table would pass 100 000 cells", () => {
    expect(sheetDraws(2000, 8)).toBe(2000);
    expect(sheetDraws(10000, 8)).toBe(2000);
    expect(sheetDraws(2000, 195)).toBe(512);
    expect(sheetDraws(2000, 5000)).toBe(200);
    expect(sheetDraws(50, 195)).toBe(50);
    const plan = buildPlan(worked(10000));
    const sheet = plan.sheets.find((s) => s.name === "Osäkerhet")!;
    expect(sheet.cells.find((c) => c.ref === "C5")?.value).toBe(2000);
    expect(sheet.cells.find((c) => c.ref === "C6")?.value).toBe(10000);
  });

  test("LibreOffice recalculates the sheet to the engine's figures (worked example with 2 000 draws; the rich scenario)", async () => {
    for (const file of [worked(2000), rich(300)]) {
      const plan = buildPlan(file);
      const values = await recalcWithLibreOffice(await writeXlsx(plan));
      const computed = new Map<string, Computed>([...values].map(([k, v]) => [k, v === undefined ? null : (v as Computed)]));
      expect(cellMismatches(plan, computed, MONEY)).toEqual([]);
      const a = analysisOf(file);
      const pCell = plan.names.find((n) => n.name === "SINV_PApproved")!;
      expect(countOf(computed.get(`${pCell.sheet}!${pCell.ref.replace(/\$/g, "")}`), a.draws)).toBe(countOf(a.figures.pApproved, a.draws));
    }
  }, 240000);
});
