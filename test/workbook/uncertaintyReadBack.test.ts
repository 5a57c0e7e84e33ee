/**
 * The Osäkerhet sheet read back: a generated workbook's ranges, grades, optimism-bias table,
 * seed and draws come back into the scenario file's uncertainty keys, so the engine says the
 * same; an edit in the sheet's tables reads back as that edit; the file written by the writer
 * holds the tables with the planned base still a live formula.
 */
import fc from "fast-check";
import type { Appraisal } from "../../src/engine";
import { appraise, isDomainError } from "../../src/engine";
import { matchKey } from "../../src/engine/key";
import { resolveRules } from "../../src/engine/ruleChoice";
import { parseCell } from "../../src/sheetModel/a1";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import { parseScenario } from "../../src/scenario/parseScenario";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import { readInvestment } from "../../src/workbook/readBack/readInvestment";
import type { TableData } from "../../src/workbook/readBack/tableReader";
import { loadExcelJs } from "../../src/writer/loadExcelJs";
import { writeXlsx } from "../../src/writer/xlsxWriter";
import { scenarioFiles } from "../differential/scenarioArbitrary";
import { buildPlan, parametersOf, tablesOf } from "../support/planEdits";
import { orebroTemplate, workedExampleFile } from "../support/scenarioFiles";

const template = orebroTemplate();

/** The values of the plan's workbook names that point at one cell (as the gateway's readNamedValues gives them). */
function namedOf(plan: WorkbookPlan): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  for (const n of plan.names) {
    if (n.ref.includes(":")) continue;
    const at = parseCell(n.ref.replace(/\$/g, ""));
    const cell = plan.sheets.find((s) => s.name === n.sheet)?.cells.find((c) => parseCell(c.ref).row === at.row && parseCell(c.ref).col === at.col);
    out[n.name] = [[cell?.formula !== undefined ? (cell.expect ?? null) : (cell?.value ?? null)]];
  }
  return out;
}

/** One table cell typed over (data row and column, 0-based). */
function edit(tables: Record<string, TableData>, name: string, row: number, col: number, value: unknown): void {
  const t = tables[name]!;
  tables[name] = { headers: t.headers, rows: t.rows.map((r, i) => (i === row ? r.map((v, j) => (j === col ? value : v)) : r)) };
}

function readBack(plan: WorkbookPlan, file: ScenarioFile) {
  return readInvestment(tablesOf(plan), parametersOf(plan), template, file.investment.name, namedOf(plan));
}

function appraised(file: ScenarioFile): Appraisal {
  const a = appraise(file);
  if (isDomainError(a)) throw new Error(a.en);
  return a;
}

/** The uncertainty part of a file, as the engine reads it (a unit cost's code as the unit-cost reader trims it): every item's `uncertainty` (or none), the settings with their defaults, the bias table. */
function uncertaintyPart(file: ScenarioFile) {
  const rules = resolveRules(file.rules);
  if (isDomainError(rules)) throw new Error(rules.en);
  return {
    effects: file.investment.effects.map((e) => e.uncertainty ?? null),
    targetGroups: file.investment.targetGroups.map((g) => g.uncertainty ?? null),
    unitCosts: file.investment.unitCosts.map((u) => u.uncertainty ?? null),
    settings: { draws: file.uncertainty?.draws ?? 2000, seed: file.uncertainty?.seed ?? 1 },
    optimismBias: rules.optimismBias
  };
}

/** Every key and text as keys match (trimmed, upper case): the readers trim ids as written in cells, the figures stay. */
function keyed(x: unknown): unknown {
  if (typeof x === "string") return matchKey(x);
  if (Array.isArray(x)) return x.map(keyed);
  if (x !== null && typeof x === "object") return Object.fromEntries(Object.entries(x).map(([k, v]) => [matchKey(k), keyed(v)]));
  return x;
}

const figuresOf = (a: Appraisal) =>
  keyed({
    uncertainty: a.uncertainty === null || isDomainError(a.uncertainty) ? a.uncertainty : { draws: a.uncertainty.draws, seed: a.uncertainty.seed, figures: a.uncertainty.figures, tornado: a.uncertainty.tornado },
    biasCorrected: a.biasCorrected
  });

/** Ranges, grades, settings and maybe a bias table laid over a random file (a share range only where the planned share is above 0). */
const withUncertainty = (file: ScenarioFile) =>
  fc
    .record({
      effects: fc.array(fc.record({ range: fc.option(fc.record({ down: fc.integer({ min: 0, max: 100 }), up: fc.integer({ min: 0, max: 100 }) }), { nil: undefined }), grade: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }) }), { minLength: file.investment.effects.length, maxLength: file.investment.effects.length }),
      groups: fc.array(fc.option(fc.record({ low: fc.integer({ min: 0, max: 100 }), high: fc.integer({ min: 100, max: 300 }) }), { nil: undefined }), { minLength: file.investment.targetGroups.length, maxLength: file.investment.targetGroups.length }),
      unitCosts: fc.array(fc.record({ range: fc.option(fc.record({ low: fc.integer({ min: 50, max: 100 }), high: fc.integer({ min: 100, max: 200 }) }), { nil: undefined }), grade: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }) }), { minLength: file.investment.unitCosts.length, maxLength: file.investment.unitCosts.length }),
      draws: fc.option(fc.integer({ min: 1, max: 300 }), { nil: undefined }),
      seed: fc.option(fc.integer({ min: 0, max: 4294967295 }), { nil: undefined }),
      bias: fc.option(fc.constantFrom([0, 0.1, 0.1, 0.2, 0.3, 0.5], [0.05, 0.05, 0.05, 0.05, 0.05, 0.05]), { nil: undefined })
    })
    .map((u): ScenarioFile => {
      const inv = file.investment;
      const drop = <T extends object>(x: T): T | undefined => (Object.keys(x).length > 0 ? x : undefined);
      const shareFactor = file.scenario?.shareFactor ?? 1;
      return {
        ...file,
        ...(u.bias ? { rules: { ...file.rules, overrides: { ...("overrides" in file.rules ? file.rules.overrides : {}), optimismBias: u.bias } } } : {}),
        ...(u.draws !== undefined || u.seed !== undefined ? { uncertainty: { ...(u.draws !== undefined ? { draws: u.draws } : {}), ...(u.seed !== undefined ? { seed: u.seed } : {}) } } : {}),
        investment: {
          ...inv,
          effects: inv.effects.map((e, i) => {
            const r = u.effects[i]!;
            const high = Math.min(1 / shareFactor, e.share + ((1 - e.share) * (r.range?.up ?? 0)) / 100);
            const un = drop({
              ...(r.range && e.share > 0 && high >= e.share ? { share: { low: (e.share * (100 - r.range.down)) / 100, high } } : {}),
              ...(r.grade !== undefined ? { confidenceGrade: r.grade } : {})
            });
            return un ? { ...e, uncertainty: un } : e;
          }),
          targetGroups: inv.targetGroups.map((g, i) => {
            const r = u.groups[i];
            return r ? { ...g, uncertainty: { volumeFactor: { low: r.low / 100, high: r.high / 100 } } } : g;
          }),
          unitCosts: inv.unitCosts.map((x, i) => {
            const r = u.unitCosts[i]!;
            const un = drop({ ...(r.range ? { unitCostFactor: { low: r.range.low / 100, high: r.range.high / 100 } } : {}), ...(r.grade !== undefined ? { confidenceGrade: r.grade } : {}) });
            return un ? { ...x, uncertainty: un } : x;
          })
        }
      };
    });

/** The worked example with a share range (0.1, 0.3, 0.5), graded, seed 7, 300 draws. */
const worked: ScenarioFile = {
  ...workedExampleFile,
  uncertainty: { draws: 300, seed: 7 },
  investment: {
    ...workedExampleFile.investment,
    effects: workedExampleFile.investment.effects.map((e) => ({ ...e, uncertainty: { share: { low: 0.1, high: 0.5 }, confidenceGrade: 3 } })),
    unitCosts: workedExampleFile.investment.unitCosts.map((u) => ({ ...u, uncertainty: { confidenceGrade: 6 } }))
  }
};

describe("reading the Osäkerhet sheet back", () => {
  test("the worked example: ranges, grades, seed and draws come back, and the engine's figures are the same", () => {
    const plan = buildPlan(worked);
    const back = readBack(plan, worked);
    expect(back.problems).toEqual([]);
    expect(back.file!.investment.effects[0]!.uncertainty).toEqual({ share: { low: 0.1, high: 0.5 }, confidenceGrade: 3 });
    expect(back.file!.investment.unitCosts[0]!.uncertainty).toEqual({ confidenceGrade: 6 });
    expect(back.file!.uncertainty).toEqual({ draws: 300, seed: 7 });
    expect(figuresOf(appraised(back.file!))).toEqual(figuresOf(appraised(worked)));
  });

  test("more draws than the sheet holds: SINV_Draws is the file's number, not the sheet's", () => {
    const file = { ...worked, uncertainty: { draws: 10000, seed: 3 } };
    expect(readBack(buildPlan(file), file).file!.uncertainty).toEqual({ draws: 10000, seed: 3 });
  });

  test("edits typed into the sheet's tables read back: a range, a grade, the bias table", () => {
    const plan = buildPlan(worked);
    const tables = tablesOf(plan);
    edit(tables, "SINV_OsakerhetAndelar", 0, 2, 0.2); // low
    edit(tables, "SINV_KonfidensEffekter", 0, 2, ""); // the effect's grade removed
    edit(tables, "SINV_Optimismkorrigering", 5, 2, 0.5);
    const back = readInvestment(tables, parametersOf(plan), template, "x", namedOf(plan));
    expect(back.problems).toEqual([]);
    expect(back.file!.investment.effects[0]!.uncertainty).toEqual({ share: { low: 0.2, high: 0.5 } });
    expect(back.file!.rules).toEqual({ preset: worked.rules.preset, overrides: { optimismBias: [0, 0.05, 0.1, 0.15, 0.25, 0.5] } });
  });

  test("bad cells are problems with table, row and column: a low above the planned share, a grade 7, a weaker grade with a smaller correction", () => {
    const plan = buildPlan(worked);
    const tables = tablesOf(plan);
    edit(tables, "SINV_OsakerhetAndelar", 0, 2, 0.35);
    let back = readInvestment(tables, parametersOf(plan), template, "x", namedOf(plan));
    expect(back.file).toBeUndefined();
    expect(back.problems.map((p) => p.column)).toContain("investment.effects[1].uncertainty.share");
    const graded = tablesOf(plan);
    edit(graded, "SINV_KonfidensEnhetskostnader", 0, 1, 7);
    back = readInvestment(graded, parametersOf(plan), template, "x", namedOf(plan));
    expect(back.file).toBeUndefined();
    expect(back.problems.length).toBeGreaterThan(0);
    const biased = tablesOf(plan);
    edit(biased, "SINV_Optimismkorrigering", 5, 2, 0.01);
    back = readInvestment(biased, parametersOf(plan), template, "x", namedOf(plan));
    expect(back.file).toBeUndefined();
    expect(back.problems.some((p) => /optimismBias/.test(p.column ?? ""))).toBe(true);
    const unknown = tablesOf(plan);
    edit(unknown, "SINV_OsakerhetAndelar", 0, 1, "nothing");
    back = readInvestment(unknown, parametersOf(plan), template, "x", namedOf(plan));
    expect(back.problems).toEqual([expect.objectContaining({ table: "SINV_OsakerhetAndelar", sv: expect.stringContaining("NOTHING") })]);
  });

  test("a workbook without the sheet reads as before: no uncertainty keys", () => {
    const plan = buildPlan(workedExampleFile);
    const back = readBack(plan, workedExampleFile);
    expect(back.problems).toEqual([]);
    expect(back.file!.uncertainty).toBeUndefined();
    expect(back.file!.investment.effects.every((e) => e.uncertainty === undefined)).toBe(true);
  });

  test("property: plan → tables as read → readInvestment gives the same uncertainty part and the same engine figures", () => {
    let sheets = 0;
    fc.assert(
      fc.property(
        scenarioFiles().chain(withUncertainty),
        (file) => {
          fc.pre(parseScenario(file).ok);
          const a = appraise(file);
          fc.pre(!isDomainError(a) && a.uncertainty !== null && !isDomainError(a.uncertainty));
          const plan = buildPlan(file);
          sheets += 1;
          const back = readBack(plan, file);
          expect(back.problems).toEqual([]);
          expect(uncertaintyPart(back.file!)).toEqual(uncertaintyPart(file));
          expect(figuresOf(appraised(back.file!))).toEqual(figuresOf(a as Appraisal));
        }
      ),
      { numRuns: 40, seed: 20261129 }
    );
    expect(sheets).toBeGreaterThanOrEqual(20);
  }, 300000);

  test("the written file holds the tables, the planned share still a live formula inside one", async () => {
    const bytes = await writeXlsx(buildPlan(worked));
    const { Workbook } = await loadExcelJs();
    const book = new Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Osäkerhet")!;
    const names = Object.keys((sheet as unknown as { tables: Record<string, unknown> }).tables);
    expect(names).toEqual(expect.arrayContaining(["SINV_OsakerhetAndelar", "SINV_Optimismkorrigering", "SINV_KonfidensEnhetskostnader", "SINV_KonfidensEffekter"]));
    expect(sheet.getCell("D10").formula).toMatch(/Effekter/);
    expect(sheet.getCell("C10").value).toBe(0.1);
  });
});
