import fc from "fast-check";
import type { z } from "zod";
import type { Actuals, CostLine, Department, Effect, Investment, Partner, Scenario, StaffBasis, TargetGroup, UnitCost } from "../../src/engine/model";
import type { ScenarioIssue } from "../../src/scenario/issue";
import { parseScenario } from "../../src/scenario/parseScenario";
import { parseScenarioText } from "../../src/scenario/parseScenarioText";
import type { scenarioFileSchema } from "../../src/scenario/schema";
import type { EvaluationRow, RulesChoice, ScenarioFile } from "../../src/scenario/scenarioFile";
import { workedExample } from "../fixtures/workedExample";
import { leafPaths, withValue, without, workedExampleFile } from "./support";

// ---- The schema's output is exactly ScenarioFile: same keys at every level (checked by tsc). ----
type Out = z.output<typeof scenarioFileSchema>;
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : false;
type OutInv = Out["investment"];
const sameShape: [
  SameKeys<Out, ScenarioFile>,
  SameKeys<Out["rules"], RulesChoice>,
  SameKeys<NonNullable<Out["rules"]["overrides"]>, NonNullable<RulesChoice["overrides"]>>,
  SameKeys<OutInv, Investment>,
  SameKeys<OutInv["departments"][number], Department>,
  SameKeys<NonNullable<OutInv["partners"]>[number], Partner>,
  SameKeys<OutInv["costLines"][number], CostLine>,
  SameKeys<NonNullable<OutInv["costLines"][number]["staff"]>, StaffBasis>,
  SameKeys<OutInv["targetGroups"][number], TargetGroup>,
  SameKeys<OutInv["unitCosts"][number], UnitCost>,
  SameKeys<OutInv["effects"][number], Effect>,
  SameKeys<NonNullable<Out["scenario"]>, Scenario>,
  SameKeys<NonNullable<Out["actuals"]>, Actuals>,
  SameKeys<NonNullable<Out["evaluationSchema"]>[number], EvaluationRow>
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true];

const errorsOf = (input: unknown): readonly ScenarioIssue[] => {
  const r = parseScenario(input);
  if (r.ok) throw new Error("expected the file to be refused");
  return r.errors;
};

describe("parseScenario accepts", () => {
  test("the schema's output type has the same fields as ScenarioFile at every level", () => {
    expect(sameShape.every(Boolean)).toBe(true);
  });

  test("the worked example, with exactly the fixture's investment", () => {
    const r = parseScenario(workedExampleFile());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.format).toBe("sinv-scenario/1");
    expect(r.value.rules).toEqual({ preset: "orebro-2013-2019" });
    expect(r.value.investment).toEqual(workedExample);
  });

  test("a file with every optional part filled in", () => {
    const file = workedExampleFile();
    const full = {
      ...file,
      rules: { preset: "orebro-2013-2019", overrides: { feeShare: 0.03, repaymentPlan: "even", instalmentYears: 4, includeDuring: true } },
      investment: {
        ...(file.investment as object),
        partners: [{ name: "Föreningen X", kind: "association" }],
        costLines: [
          ...((file.investment as Investment).costLines as readonly unknown[]),
          { id: "pedagog", description: "Pedagog 50 %", category: "staff", departmentId: "fsk", financing: "fund", staff: { monthlySalary: 38000, fte: 0.5, payrollOverhead: 0.4015, months: { "2017": 12 } } }
        ],
        priceYear: 2018,
        indexRates: { "2018": 0.03 }
      },
      scenario: { shareFactor: 1.2, volumeFactor: 0.8, unitCostFactor: 1, discountRate: 0.035, baseYear: 2017, includeDuring: false, horizonYears: 10 },
      actuals: { volumes: { pupils: { "2017": 8, "2018": 9 } }, shares: { placement: 0.1 } },
      evaluationSchema: [{ goal: "Ökad närvaro", economicEffects: "Färre externa placeringar" }],
      sources: [{ title: "Räkneexempel", url: "https://example.org" }]
    };
    const r = parseScenario(full);
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (!r.ok) return;
    expect(r.value.evaluationSchema?.[0]).toEqual({ goal: "Ökad närvaro", activity: "", activityMeasures: "", effectMeasures: "", indicators: "", economicEffects: "Färre externa placeringar" });
    expect(r.value.investment.costLines[3]?.staff?.months).toEqual({ "2017": 12 });
  });
});

interface BadCase {
  readonly what: string;
  readonly input: () => unknown;
  readonly path: string;
  /** Texts the Swedish and English messages must contain (what was expected/found). */
  readonly sv: readonly string[];
  readonly en: readonly string[];
}

const base = workedExampleFile;
const eff = ["investment", "effects", 0] as const;
const secondEffect = (): unknown => {
  const f = base();
  const inv = f.investment as { effects: unknown[] };
  inv.effects.push({ ...(inv.effects[0] as object), id: "placement2", share: 1.2 });
  return f;
};

const BAD: readonly BadCase[] = [
  { what: "not an object", input: () => 42, path: "", sv: ["Scenariofilen", "objekt", "talet 42"], en: ["The scenario file", "object", "the number 42"] },
  { what: "wrong format", input: () => withValue(base(), ["format"], "sinv/2"), path: "format", sv: ['"sinv-scenario/1"', '"sinv/2"'], en: ['"sinv-scenario/1"', '"sinv/2"'] },
  { what: "format missing", input: () => without(base(), ["format"]), path: "format", sv: ["saknas"], en: ["is missing"] },
  { what: "misspelt top-level key", input: () => withValue(base(), ["note"], ["x"]), path: "note", sv: ['okänt fält "note"', 'Menade du "notes"?'], en: ['unknown field "note"', 'Did you mean "notes"?'] },
  { what: "unknown rule preset", input: () => withValue(base(), ["rules", "preset"], "orebro-2021"), path: "rules.preset", sv: ["orebro-2021", "orebro-2013-2019"], en: ["orebro-2021", "orebro-2020"] },
  { what: "fee above 1", input: () => withValue(base(), ["rules", "overrides"], { feeShare: 5 }), path: "rules.overrides.feeShare", sv: ["mellan 0 och 1", "talet 5"], en: ["between 0 and 1", "the number 5"] },
  { what: "start year as text", input: () => withValue(base(), ["investment", "startYear"], "2017"), path: "investment.startYear", sv: ["årtal", 'texten "2017"'], en: ["whole year", 'the text "2017"'] },
  { what: "end before start", input: () => withValue(base(), ["investment", "endYear"], 2016), path: "investment.endYear", sv: ["2016", "2017"], en: ["2016", "2017"] },
  { what: "bad year key", input: () => withValue(base(), ["investment", "costLines", 0, "amounts"], { "20x7": 1, "2018": 1 }), path: 'investment.costLines[1].amounts["20x7"]', sv: ["årtal", '"20x7"'], en: ["year", '"20x7"'] },
  { what: "year key out of range", input: () => withValue(base(), ["investment", "targetGroups", 0, "volumes"], { "1850": 10 }), path: "investment.targetGroups[1].volumes.1850", sv: ["1900–2200"], en: ["1900–2200"] },
  { what: "negative amount", input: () => withValue(base(), ["investment", "costLines", 0, "amounts", "2018"], -5), path: "investment.costLines[1].amounts.2018", sv: ["≥ 0", "talet -5"], en: ["≥ 0", "the number -5"] },
  { what: "cost line with neither amounts nor staff", input: () => without(base(), ["investment", "costLines", 1, "amounts"]), path: "investment.costLines[2].amounts", sv: ["staff", "inget av dem"], en: ["staff", "neither"] },
  { what: "share above 1 in the second effect", input: secondEffect, path: "investment.effects[2].share", sv: ["mellan 0 och 1", "talet 1.2"], en: ["between 0 and 1", "the number 1.2"] },
  { what: "share in percent", input: () => withValue(base(), [...eff, "share"], 30), path: "investment.effects[1].share", sv: ["0.3 betyder 30 %", "talet 30"], en: ["0.3 means 30 %", "the number 30"] },
  { what: "misspelt effect key", input: () => withValue(base(), [...eff, "shar"], 0.3), path: "investment.effects[1].shar", sv: ['Menade du "share"?'], en: ['Did you mean "share"?'] },
  { what: "deadweight of 1", input: () => withValue(base(), [...eff, "deadweight"], 1), path: "investment.effects[1].deadweight", sv: ["under 1", "talet 1"], en: ["not including, 1", "the number 1"] },
  { what: "duration not whole", input: () => withValue(base(), [...eff, "duration"], 2.5), path: "investment.effects[1].duration", sv: ["heltal", "2.5"], en: ["whole number", "2.5"] },
  { what: "unknown unit-cost code", input: () => withValue(base(), [...eff, "unitCostCode"], "NOPE"), path: "investment.effects[1].unitCostCode", sv: ['"NOPE"', '"EXTERN_SKOLPLACERING"'], en: ['"NOPE"', '"EXTERN_SKOLPLACERING"'] },
  { what: "unknown target group", input: () => withValue(base(), [...eff, "targetGroupId"], "elever"), path: "investment.effects[1].targetGroupId", sv: ['"elever"', '"pupils"'], en: ['"elever"', '"pupils"'] },
  { what: "cost line of an unknown department", input: () => withValue(base(), ["investment", "costLines", 1, "departmentId"], "kfn"), path: "investment.costLines[2].departmentId", sv: ['"kfn"', '"fsk", "soc"'], en: ['"kfn"', '"fsk", "soc"'] },
  { what: "duplicate cost-line id", input: () => withValue(base(), ["investment", "costLines", 1, "id"], "staff"), path: "investment.costLines[2].id", sv: ["costLines[1].id", "dubblett"], en: ["costLines[1].id", "duplicate"] },
  { what: "payer with a capital letter", input: () => withValue(base(), ["investment", "unitCosts", 0, "payer"], "Kommun"), path: "investment.unitCosts[1].payer", sv: ['"kommun", "region", "staten"', 'Menade du "kommun"?'], en: ['"kommun", "region", "staten"', 'Did you mean "kommun"?'] },
  { what: "department without area", input: () => without(base(), ["investment", "departments", 0, "area"]), path: "investment.departments[1].area", sv: ["verksamhetsområde saknas"], en: ["area is missing"] },
  { what: "empty unit-cost source", input: () => withValue(base(), ["investment", "unitCosts", 0, "source"], " "), path: "investment.unitCosts[1].source", sv: ["inte är tom", "tom text"], en: ["non-empty text", "empty text"] },
  { what: "staff months above 12", input: () => withValue(base(), ["investment", "costLines", 0], { id: "staff", description: "Personal", category: "staff", departmentId: "fsk", financing: "fund", staff: { monthlySalary: 38000, fte: 1, payrollOverhead: 0.4, months: { "2017": 13 } } }), path: "investment.costLines[1].staff.months.2017", sv: ["0–12", "talet 13"], en: ["0–12", "the number 13"] },
  { what: "price year without index rates", input: () => withValue(base(), ["investment", "priceYear"], 2019), path: "investment.indexRates", sv: ["2018", "EXTERN_SKOLPLACERING"], en: ["2018", "EXTERN_SKOLPLACERING"] },
  { what: "share factor pushing a share above 1", input: () => withValue(base(), ["scenario"], { shareFactor: 4 }), path: "scenario.shareFactor", sv: ["1.2", "högst 1"], en: ["1.2", "at most 1"] },
  { what: "discount rate of −1", input: () => withValue(base(), ["scenario"], { discountRate: -1 }), path: "scenario.discountRate", sv: ["−0.5 … 1", "talet -1"], en: ["−0.5 … 1", "the number -1"] },
  { what: "actual share of an unknown effect", input: () => withValue(base(), ["actuals"], { shares: { nope: 0.1 } }), path: "actuals.shares.nope", sv: ['"nope"', '"placement"'], en: ['"nope"', '"placement"'] },
  { what: "investment is null", input: () => withValue(base(), ["investment"], null), path: "investment", sv: ["objekt", "null"], en: ["object", "null"] },
  { what: "source without title", input: () => withValue(base(), ["sources"], [{ url: "https://example.org" }]), path: "sources[1].title", sv: ["titel saknas"], en: ["title is missing"] },
  { what: "notes as one text", input: () => withValue(base(), ["notes"], "en anteckning"), path: "notes", sv: ["lista", 'texten "en anteckning"'], en: ["list", 'the text "en anteckning"'] }
];

describe("parseScenario refuses bad files with the exact path and a message in both languages", () => {
  test.each(BAD.map((c) => [c.what, c] as const))("%s", (_what, c) => {
    const errors = errorsOf(c.input());
    const issue = errors.find((e) => e.path === c.path);
    expect({ paths: errors.map((e) => e.path), found: issue !== undefined }).toEqual({ paths: expect.arrayContaining([c.path]), found: true });
    if (!issue) return;
    expect(issue.sv.length).toBeGreaterThan(10);
    expect(issue.en.length).toBeGreaterThan(10);
    expect(issue.sv).not.toBe(issue.en);
    if (c.path !== "") {
      expect(issue.sv.startsWith(c.path)).toBe(true);
      expect(issue.en.startsWith(c.path)).toBe(true);
    }
    for (const s of c.sv) expect(issue.sv).toContain(s);
    for (const s of c.en) expect(issue.en).toContain(s);
  });

  test("every shape problem is reported at once", () => {
    let f = withValue(base(), ["format"], "x");
    f = withValue(f, [...eff, "share"], -1);
    f = withValue(f, ["investment", "startYear"], 1800);
    expect(errorsOf(f).map((e) => e.path)).toEqual(["format", "investment.startYear", "investment.effects[1].share"]);
  });
});

describe("parseScenarioText", () => {
  test("reads a valid file, also with a byte-order mark", () => {
    const text = JSON.stringify(workedExampleFile(), null, 2);
    expect(parseScenarioText(text).ok).toBe(true);
    expect(parseScenarioText(`\uFEFF${text}`).ok).toBe(true);
  });

  test.each([
    ["trailing comma", '{\n  "format": "sinv-scenario/1",\n}', 3, 1, "trailing commas"],
    ["decimal comma", '{\n  "share": 0,3\n}', 2, 14, "0.3, not 0,3"],
    ["single quotes", "{\n  'format': 1\n}", 2, 3, "double quotes"],
    ["comment", '{\n  // kommentar\n  "a": 1\n}', 2, 3, "Comments"],
    ["missing comma", '{\n  "a": 1\n  "b": 2\n}', 3, 3, 'a comma "," or "}"'],
    ["unclosed string", '{"a": "abc', 1, 11, "closing double quote"],
    ["line break in a string", '{"a": "x\ny"}', 1, 9, "line breaks"],
    ["empty text", "", 1, 1, "the end of the text"],
    ["text after the value", '{"a": 1} x', 1, 10, "the end of the text after the JSON value"]
  ])("invalid JSON (%s) gives line and column", (_what, text, line, column, words) => {
    const r = parseScenarioText(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    const e = r.errors[0] as ScenarioIssue;
    expect([e.path, e.line, e.column]).toEqual(["", line, column]);
    expect(e.en).toContain(`line ${line}, column ${column}`);
    expect(e.sv).toContain(`rad ${line}, kolumn ${column}`);
    expect(e.en).toContain(words);
  });

  test("valid JSON that is not a scenario goes on to the schema", () => {
    const r = parseScenarioText("[1, 2]");
    expect(r.ok ? "" : r.errors[0]?.en).toContain("a list of 2 items");
  });
});

describe("never throws", () => {
  const checkResult = (r: ReturnType<typeof parseScenario>): void => {
    if (r.ok) return;
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) {
      expect(typeof e.path).toBe("string");
      expect(e.sv.length).toBeGreaterThan(0);
      expect(e.en.length).toBeGreaterThan(0);
    }
  };

  test("random JSON values and random values of any kind", () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (value) => checkResult(parseScenario(value))), { numRuns: 300 });
  });

  test("the worked example with one value anywhere replaced by random JSON", () => {
    const file = workedExampleFile();
    const paths = leafPaths(file);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 }), (path, value) => checkResult(parseScenario(withValue(file, path, value)))),
      { numRuns: 400 }
    );
  });

  test("the worked example with one key removed", () => {
    const file = workedExampleFile();
    for (const path of leafPaths(file)) {
      if (path.length === 0) continue;
      checkResult(parseScenario(without(file, path)));
    }
  });

  test("random text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.json().map((j) => j.slice(0, Math.max(0, j.length - 1)))), (text) => {
        const r = parseScenarioText(text);
        if (!r.ok) for (const e of r.errors) expect(e.en.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 }
    );
  });
});
