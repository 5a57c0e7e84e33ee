import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isDomainError } from "../../src/engine";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import { INPUT_TABLE_SPECS, TABLES } from "../../src/sheetModel/tables/inputTables";
import { buildWorkbook } from "../../src/workbook/buildWorkbook";
import { definedNameProblem, excelNameKey } from "../../src/workbook/excelNames";
import { numberFormatProblem } from "../../src/workbook/numberFormat";
import type { LabelKey, Template } from "../../src/workbook/template";
import { LABEL_KEYS, parseTemplate } from "../../src/workbook/template";
import { FORMULA_TEXT_LABELS, TOKEN_LABELS, templateRuleIssues } from "../../src/workbook/templateRules";
import { richScenario } from "../fixtures/richScenario";
import { evaluatePlan, mismatches } from "../support/hyperformula";
import { ROOT } from "../support/scenarioFiles";

type Raw = { sheets: Record<string, { sv: string; en: string }>; labels: Record<string, { sv: string; en: string }>; numberFormats: Record<string, string> } & Record<string, unknown>;
const shipped = JSON.parse(readFileSync(join(ROOT, "assets", "templates", "orebro.json"), "utf8")) as Raw;

function parse(spoil: (t: Raw) => void): ReturnType<typeof parseTemplate> {
  const t = structuredClone(shipped);
  spoil(t);
  return parseTemplate(t);
}

function plan(template: Template, lang: "sv" | "en", formulas: "native" | "sinv" = "native"): WorkbookPlan {
  const p = buildWorkbook(richScenario, { template, lang, formulas });
  if (isDomainError(p)) throw new Error(p.en);
  return p;
}

function accepted(spoil: (t: Raw) => void): Template {
  const r = parse(spoil);
  if (!r.ok) throw new Error(r.issues.map((i) => i.en).join("\n"));
  return r.value;
}

describe("the shipped template meets every rule", () => {
  const template = accepted(() => undefined);

  test("no rule finds a problem", () => {
    expect(templateRuleIssues(template)).toEqual([]);
  });

  test.each(["sv", "en"] as const)("its workbook (%s): valid sheet, table and defined names, unique headers, valid formats", (lang) => {
    const p = plan(template, lang);
    const sheetKeys = p.sheets.map((s) => excelNameKey(s.name));
    expect(new Set(sheetKeys).size).toBe(p.sheets.length);
    const tables = p.sheets.flatMap((s) => s.tables);
    expect(tables.length).toBeGreaterThanOrEqual(10);
    for (const table of tables) {
      expect(INPUT_TABLE_SPECS.map((s) => s.name)).toContain(table.name);
      expect(definedNameProblem(table.name)).toBeUndefined();
      expect(new Set(table.columns.map(excelNameKey)).size).toBe(table.columns.length);
      for (const f of table.numFmts ?? []) if (f !== undefined) expect(numberFormatProblem(f)).toBeUndefined();
    }
    expect(p.names.length).toBeGreaterThan(5);
    for (const n of p.names) expect(definedNameProblem(n.name)).toBeUndefined();
    for (const cell of p.sheets.flatMap((s) => s.cells)) if (cell.numFmt !== undefined) expect(numberFormatProblem(cell.numFmt)).toBeUndefined();
  });

  test("every input table the add-in knows is checked", () => {
    expect(INPUT_TABLE_SPECS.map((s) => s.name).sort()).toEqual(Object.values(TABLES).sort());
  });
});

describe("one rule at a time: refused with the field's path in Swedish and English, and a near miss accepted", () => {
  test.each<[string, (t: Raw) => void, string, (t: Raw) => void]>([
    ["a sheet name beginning with '", (t) => (t.sheets.effects!.sv = "'Effekter"), "sheets.effects.sv", (t) => (t.sheets.effects!.sv = "Kalle's effekter")],
    ["a sheet name ending with '", (t) => (t.sheets.effects!.en = "Effects'"), "sheets.effects.en", (t) => (t.sheets.effects!.en = "Effects (2)")],
    ["a sheet named History", (t) => (t.sheets.followUp!.sv = "History"), "sheets.followUp.sv", (t) => (t.sheets.followUp!.sv = "History 2")],
    ["a sheet named hISTORY", (t) => (t.sheets.followUp!.en = "hISTORY"), "sheets.followUp.en", (t) => (t.sheets.followUp!.en = "Historik")],
    ["a sheet name with :", (t) => (t.sheets.costs!.sv = "Kostnad: kalkyl"), "sheets.costs.sv", (t) => (t.sheets.costs!.sv = "Kostnad – kalkyl")],
    ["an empty sheet name", (t) => (t.sheets.costs!.sv = ""), "sheets.costs.sv", (t) => (t.sheets.costs!.sv = "K")],
    ["a sheet name of 32 characters", (t) => (t.sheets.costs!.sv = "K".repeat(32)), "sheets.costs.sv", (t) => (t.sheets.costs!.sv = "K".repeat(31))],
    ["two sheet names differing in case", (t) => (t.sheets.costs!.en = "OVERVIEW"), "sheets.costs.en", (t) => (t.sheets.costs!.en = "Overview costs")],
    ["two sheet names differing in Å/å", (t) => (t.sheets.societal!.sv = "åTERFÖRING"), "sheets.societal.sv", (t) => (t.sheets.societal!.sv = "Återföring 2")],
    ["two headers in one table the same", (t) => (t.labels.name!.sv = "Id"), "labels.name.sv", (t) => (t.labels.name!.sv = "Ident")],
    ["two headers differing only in case", (t) => (t.labels.unit!.en = "CODE"), "labels.unit.en", (t) => (t.labels.unit!.en = "Code unit")],
    ["a Swedish header equal to another column's English one", (t) => (t.labels.share!.sv = "lag (YEARS)"), "labels.share.sv", (t) => (t.labels.share!.sv = "Lag (år)")],
    ["a header with a line break", (t) => (t.labels.share!.sv = "And\nel"), "labels.share.sv", (t) => (t.labels.share!.sv = "Andel (%)")],
    ["a header with a leading space", (t) => (t.labels.cost!.en = " Cost"), "labels.cost.en", (t) => (t.labels.cost!.en = "Cost, kr")],
    ["a blank header", (t) => (t.labels.cost!.en = "   "), "labels.cost.en", (t) => (t.labels.cost!.en = "C")],
    ["a header of 256 characters", (t) => (t.labels.goal!.sv = "M".repeat(256)), "labels.goal.sv", (t) => (t.labels.goal!.sv = "M".repeat(255))],
    ["a header that is a year, in a table with year columns", (t) => (t.labels.targetGroup!.sv = "2017"), "labels.targetGroup.sv", (t) => (t.labels.targetGroup!.sv = "Målgrupp 2017")],
    ['a " in a model token', (t) => (t.labels.modelAnnual!.sv = 'år"lig'), "labels.modelAnnual.sv", (t) => (t.labels.modelAnnual!.sv = "år”lig")],
    ['a " in a financing token', (t) => (t.labels.fund!.en = '"fund"'), "labels.fund.en", (t) => (t.labels.fund!.en = "«fund»")],
    ['a " in yes', (t) => (t.labels.yes!.sv = 'J"a'), "labels.yes.sv", (t) => (t.labels.yes!.sv = "Ja!")],
    ['a " in a result text', (t) => (t.labels.notPaidBack!.en = 'Not "paid" back'), "labels.notPaidBack.en", (t) => (t.labels.notPaidBack!.en = "Not ‘paid’ back")],
    ["a formula text over 255 characters", (t) => (t.labels.noRepaymentModel!.sv = "x".repeat(256)), "labels.noRepaymentModel.sv", (t) => (t.labels.noRepaymentModel!.sv = "x".repeat(255))],
    ["a token with a leading space", (t) => (t.labels.modelCohort!.sv = " kohort"), "labels.modelCohort.sv", (t) => (t.labels.modelCohort!.sv = "kohort-modell")],
    ["a token with two spaces in a row", (t) => (t.labels.catMaterial!.sv = "material  och utrustning"), "labels.catMaterial.sv", (t) => (t.labels.catMaterial!.sv = "material & utrustning")],
    ["a token beginning with =", (t) => (t.labels.cofinanced!.en = "=1+1"), "labels.cofinanced.en", (t) => (t.labels.cofinanced!.en = "co-financing (=1+1)")],
    ["a header beginning with -", (t) => (t.labels.cost!.sv = "-Kostnad"), "labels.cost.sv", (t) => (t.labels.cost!.sv = "Kostnad -")],
    ["two category words alike", (t) => (t.labels.catOther!.sv = "Personal"), "labels.catOther.sv", (t) => (t.labels.catOther!.sv = "övrig personal")],
    ["a category word equal to another value's name", (t) => (t.labels.catOther!.en = "staff"), "labels.catOther.en", (t) => (t.labels.catOther!.en = "other staff")],
    ["the two model words alike across languages", (t) => (t.labels.modelAnnual!.en = "Kohort"), "labels.modelAnnual.en", (t) => (t.labels.modelAnnual!.en = "yearly")],
    ["a model word equal to the other model's value", (t) => (t.labels.modelCohort!.en = "Annual"), "labels.modelCohort.en", (t) => (t.labels.modelCohort!.en = "per cohort")],
    ["a financing word equal to the other's Swedish one, counted once for both tables", (t) => (t.labels.fund!.en = "Medfinansiering"), "labels.fund.en", (t) => (t.labels.fund!.en = "the fund")],
    ["yes and no alike", (t) => (t.labels.no!.sv = "ja"), "labels.no.sv", (t) => (t.labels.no!.sv = "nej!")],
    ['a " in the even-instalment word', (t) => (t.labels.planEven!.sv = 'jämna "delar"'), "labels.planEven.sv", (t) => (t.labels.planEven!.sv = "jämna delar")],
    ["the two repayment plans alike", (t) => (t.labels.planEven!.en = "Follows savings"), "labels.planFollowSavings.en", (t) => (t.labels.planEven!.en = "even")],
    ["two parameter labels alike", (t) => (t.labels.endYear!.sv = "startår"), "labels.endYear.sv", (t) => (t.labels.endYear!.sv = "Sista år")],
    ["a parameter label alike another's English one", (t) => (t.labels.baseYear!.sv = "Price year"), "labels.baseYear.sv", (t) => (t.labels.baseYear!.sv = "Basår")],
    ["a parameter label with a trailing space", (t) => (t.labels.discountRate!.en = "Discount rate "), "labels.discountRate.en", (t) => (t.labels.discountRate!.en = "Discount rate (%)")],
    ["a control character in a note", (t) => (t.labels.scenarioNote!.sv = "a\u0001b"), "labels.scenarioNote.sv", (t) => (t.labels.scenarioNote!.sv = "a\nb")],
    ["U+FFFE in the name", (t) => ((t.name as { sv: string }).sv = "Mall\ufffe"), "name.sv", (t) => ((t.name as { sv: string }).sv = "Mall ☺")],
    ["a blank label", (t) => (t.labels.sources!.en = " "), "labels.sources.en", (t) => (t.labels.sources!.en = "S")],
    ["a money format with an open quote", (t) => (t.numberFormats.money = '0.0"'), "numberFormats.money", (t) => (t.numberFormats.money = '#,##0 "kr"')],
    ["an unknown colour", (t) => (t.numberFormats.share = "[Redd]0.0%"), "numberFormats.share", (t) => (t.numberFormats.share = "[Red]0.0%")],
    ["five sections", (t) => (t.numberFormats.integer = "0;0;0;0;0"), "numberFormats.integer", (t) => (t.numberFormats.integer = "0;-0;0;@")],
    ["an empty factor format", (t) => (t.numberFormats.factor = ""), "numberFormats.factor", (t) => (t.numberFormats.factor = "0.0000")]
  ])("%s", (_name, spoil, path, nearMiss) => {
    const r = parse(spoil);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // The issue is on the field, or (a clash) on the other field and names this one.
    expect(r.issues.some((i) => i.path === path || i.en.includes(path))).toBe(true);
    for (const i of r.issues) {
      expect(i.sv).toMatch(/^Mallen/);
      expect(i.en).toMatch(/^Template/);
      expect(i.sv).toContain(i.path);
      expect(i.en).toContain(i.path);
    }
    const ok = parse(nearMiss);
    expect(ok.ok ? [] : ok.issues.map((i) => i.en)).toEqual([]);
  });
});

describe('a " in a formula text: refused, and the typographic quote instead gives working formulas', () => {
  test.each(FORMULA_TEXT_LABELS.map((k) => [k]))("%s", (key) => {
    expect(parse((t) => (t.labels[key]!.sv = `a"${t.labels[key]!.sv}`)).ok).toBe(false);
    expect(parse((t) => (t.labels[key]!.en = `${t.labels[key]!.en}"`)).ok).toBe(false);
  });

  test("with ” in every formula text (sv and en), HyperFormula recalculates every formula to the engine's figures", () => {
    const template = accepted((t) => {
      for (const key of FORMULA_TEXT_LABELS) for (const lang of ["sv", "en"] as const) t.labels[key]![lang] = `”${t.labels[key]![lang]}”`;
    });
    for (const lang of ["sv", "en"] as const) {
      const p = plan(template, lang);
      expect(mismatches(p, evaluatePlan(p))).toEqual([]);
      expect(p.sheets.some((s) => s.cells.some((c) => c.formula?.includes("”")))).toBe(true);
    }
  });
});

describe("the labels written into formulas as text are exactly the ones the rules check", () => {
  test("each label set to a marker: every marker found in a formula is in FORMULA_TEXT_LABELS, which holds nothing else but token words", () => {
    const marker = (i: number, lang: string): string => `Q${i}${lang}Z`;
    const template = accepted((t) => LABEL_KEYS.forEach((k, i) => (t.labels[k] = { sv: marker(i, "s"), en: marker(i, "e") })));
    const found = new Set<LabelKey>();
    for (const lang of ["sv", "en"] as const) {
      for (const formulas of ["native", "sinv"] as const) {
        for (const s of plan(template, lang, formulas).sheets) {
          for (const c of s.cells) {
            if (c.formula === undefined) continue;
            const text = c.formula.toLowerCase();
            LABEL_KEYS.forEach((k, i) => {
              if (text.includes(marker(i, "s").toLowerCase()) || text.includes(marker(i, "e").toLowerCase())) found.add(k);
            });
          }
        }
      }
    }
    expect([...found].filter((k) => !FORMULA_TEXT_LABELS.includes(k))).toEqual([]);
    expect(FORMULA_TEXT_LABELS.filter((k) => !found.has(k) && !TOKEN_LABELS.includes(k))).toEqual([]);
    expect(found.size).toBeGreaterThan(15);
    expect(TOKEN_LABELS.length).toBeGreaterThan(8);
  });
});

describe("a clash is reported once", () => {
  test("a financing word (in two tables) and a header label (in several tables) give one issue each", () => {
    const r = parse((t) => {
      t.labels.fund!.en = "Medfinansiering";
      t.labels.id!.sv = "Id\nnummer";
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.filter((i) => i.en.includes("labels.fund.en"))).toHaveLength(1);
    expect(r.issues.filter((i) => i.path === "labels.id.sv")).toHaveLength(1);
  });
});

describe("messages stay readable", () => {
  test("a 40 000-character label is refused with a short message that shows its start", () => {
    const r = parse((t) => (t.labels.scenarioNote!.sv = "x".repeat(40000)));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const mine = r.issues.filter((i) => i.path === "labels.scenarioNote.sv");
    expect(mine.length).toBe(1);
    expect(mine[0]!.en).toMatch(/40000 characters/);
    expect(mine[0]!.en.length).toBeLessThan(200);
  });
});
