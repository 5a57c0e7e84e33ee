import type { Evaluation } from "../../src/engine";
import { evaluateInvestment, isDomainError, summarize } from "../../src/engine";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import { resolveRules } from "../../src/engine/ruleChoice";
import { readInvestment } from "../../src/workbook/readBack/readInvestment";
import { TABLES } from "../../src/sheetModel/tables/inputTables";
import { richScenario } from "../fixtures/richScenario";
import { buildPlan, parametersOf, tablesOf } from "../support/planEdits";
import { orebroTemplate, workedExampleFile } from "../support/scenarioFiles";

const template = orebroTemplate();

const build = buildPlan;

function summaryOf(file: ScenarioFile): ReturnType<typeof summarize> {
  const rules = resolveRules(file.rules);
  if (isDomainError(rules)) throw new Error(rules.en);
  return summarize(evaluateInvestment(file.investment, rules, file.scenario ?? {}) as Evaluation);
}

describe("reading a generated workbook's inputs back", () => {
  test.each([
    ["worked example, Swedish", workedExampleFile, "sv"],
    ["rich scenario, English headers", richScenario, "en"]
  ] as const)("%s: the same investment, the same results", (_name, file, lang) => {
    const plan = build(file, lang);
    const back = readInvestment(tablesOf(plan), parametersOf(plan), template, file.investment.name);
    expect(back.problems).toEqual([]);
    expect(back.file).toBeDefined();
    expect(summaryOf(back.file!)).toEqual(summaryOf(file));
    expect(back.file!.investment.effects).toHaveLength(file.investment.effects.length);
    // Only the values the evaluator gave come back; the blank cells are the plan (a forecast).
    expect(back.file!.actuals?.shares).toEqual(file.actuals?.shares ?? {});
    expect(back.file!.actuals?.volumes).toEqual(file.actuals?.volumes ?? {});
  });

  test("bad rows are reported with table, row and column; nothing is returned", () => {
    const plan = build(workedExampleFile, "sv");
    const tables = tablesOf(plan);
    const effects = tables[TABLES.effects]!;
    tables[TABLES.effects] = { headers: effects.headers, rows: [effects.rows[0]!.map((v, j) => (j === 5 ? 1.4 : v))] };
    const groups = tables[TABLES.targetGroups]!;
    tables[TABLES.targetGroups] = { headers: groups.headers, rows: [groups.rows[0]!.map((v, j) => (j === 2 ? "tio" : v))] };
    const back = readInvestment(tables, parametersOf(plan), template, "x");
    expect(back.file).toBeUndefined();
    expect(back.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ table: TABLES.effects, row: 2, column: "Andel" }),
        expect.objectContaining({ table: TABLES.targetGroups, row: 2, column: "2017" })
      ])
    );
    expect(back.problems.every((p) => p.sv.length > 5 && p.en.length > 5)).toBe(true);
  });

  test("renamed headers: a clear problem naming the missing columns", () => {
    const plan = build(workedExampleFile, "sv");
    const tables = tablesOf(plan);
    const effects = tables[TABLES.effects]!;
    tables[TABLES.effects] = { headers: effects.headers.map((h) => (h === "Andel" ? "Procent" : h)), rows: effects.rows };
    const back = readInvestment(tables, parametersOf(plan), template, "x");
    expect(back.problems[0]).toEqual(expect.objectContaining({ table: TABLES.effects, row: 1 }));
    expect(back.problems[0]!.sv).toContain('"Andel"');
  });

  test("a missing table and an empty table", () => {
    const plan = build(workedExampleFile, "sv");
    const tables = tablesOf(plan);
    delete tables[TABLES.effects];
    const back = readInvestment(tables, parametersOf(plan), template, "x");
    expect(back.problems.some((p) => p.table === TABLES.effects && p.en.includes("not in the workbook"))).toBe(true);
    const empty = tablesOf(plan);
    empty[TABLES.targetGroups] = { headers: empty[TABLES.targetGroups]!.headers, rows: [] };
    const r = readInvestment(empty, parametersOf(plan), template, "x");
    expect(r.file).toBeUndefined();
    expect(r.problems.length).toBeGreaterThan(0);
  });

  test("blank rows are skipped; text numbers with a decimal comma are read", () => {
    const plan = build(workedExampleFile, "sv");
    const tables = tablesOf(plan);
    const effects = tables[TABLES.effects]!;
    tables[TABLES.effects] = { headers: effects.headers, rows: [effects.rows[0]!.map((v, j) => (j === 5 ? "0,3" : v)), effects.headers.map(() => null)] };
    const back = readInvestment(tables, parametersOf(plan), template, "x");
    expect(back.problems).toEqual([]);
    expect(back.file!.investment.effects[0]!.share).toBe(0.3);
  });
});
