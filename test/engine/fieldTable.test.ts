import { appraise } from "../../src/engine/appraise";
import { isDomainError } from "../../src/engine/errors";
import type { FieldEntry, FieldName } from "../../src/engine/fields/fieldTable";
import { FIELDS } from "../../src/engine/fields/fieldTable";
import { boundText } from "../../src/engine/fields/fieldSpec";
import { checkScenarioFile } from "../../src/scenario/crossChecks";
import { scenarioFileSchema } from "../../src/scenario/schema";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import { issuesFromZod } from "../../src/scenario/zodIssues";
import type { ScenarioIssue } from "../../src/scenario/issue";
import { numberBounds, textBounds } from "../support/fieldBounds";
import { withValue, workedExampleFile } from "../scenario/support";

/**
 * Generated from the field table: at every place a field stands in a scenario file, its
 * boundary values are accepted and the values just outside refused, by the zod schema and
 * by the engine's own validation alike, with the same field path; the schema's message
 * says what the table says the field expects, in both languages.
 */

/** A file where every optional field of the table is present, so every place can be reached. */
function fullFile(): Record<string, unknown> {
  let f: unknown = workedExampleFile();
  const inv = ["investment"];
  f = withValue(f, [...inv, "costLines", 0, "staff"], { monthlySalary: 38000, fte: 1, payrollOverhead: 0.4, months: { "2017": 12 } });
  f = withValue(f, [...inv, "effects", 0, "quantity"], 1);
  f = withValue(f, [...inv, "effects", 0, "dropOff"], 0);
  f = withValue(f, [...inv, "effects", 0, "deadweight"], 0);
  f = withValue(f, [...inv, "effects", 0, "model"], "cohort");
  f = withValue(f, [...inv, "partners"], [{ name: "Föreningen X", kind: "association" }]);
  f = withValue(f, [...inv, "priceYear"], 2017);
  f = withValue(f, [...inv, "indexRates"], { "2018": 0.02 });
  f = withValue(f, ["rules", "overrides"], { horizonYears: 10, feeShare: 0.05, floorShare: 0.3, repaymentModel: true, repaymentPlan: "even", instalmentYears: 5, minDurationYears: 0, maxDurationYears: 100, maxNewPerYear: 3, discountRate: 0, includeDuring: false, optimismBias: [0, 0.05, 0.1, 0.15, 0.25, 0.4] });
  f = withValue(f, ["scenario"], { shareFactor: 1, volumeFactor: 1, unitCostFactor: 1, discountRate: 0, baseYear: 2017, includeDuring: false, horizonYears: 10 });
  f = withValue(f, ["actuals"], { volumes: { pupils: { "2017": 8 } }, shares: { placement: 0.2 }, costs: { staff: { "2017": 3100000 } } });
  f = withValue(f, ["evaluationSchema"], [{ goal: "Närvaro", activity: "", activityMeasures: "", effectMeasures: "", indicators: "", economicEffects: "" }]);
  f = withValue(f, ["sources"], [{ title: "Riktlinjer", url: "https://example.org" }]);
  f = withValue(f, [...inv, "effects", 0, "uncertainty"], { share: { low: 0.3, high: 0.3 }, confidenceGrade: 3 });
  f = withValue(f, [...inv, "targetGroups", 0, "uncertainty"], { volumeFactor: { low: 1, high: 1 } });
  f = withValue(f, [...inv, "unitCosts", 0, "uncertainty"], { unitCostFactor: { low: 1, high: 1 }, confidenceGrade: 2 });
  f = withValue(f, ["uncertainty"], { draws: 2000, seed: 7 });
  return f as Record<string, unknown>;
}

/** A place pattern (`investment.effects[].share`, `actuals.volumes{id}{year}`) as a path into {@link fullFile}. */
function pathOf(pattern: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const token of pattern.match(/[^.[\]{}]+|\[\]|\{\w+\}/g) ?? []) {
    if (token === "[]") out.push(0);
    else if (token === "{year}") out.push("2017");
    else if (token === "{id}") out.push(out[out.length - 1] === "volumes" ? "pupils" : out[out.length - 1] === "costs" ? "staff" : "placement");
    else out.push(token);
  }
  if (pattern === "investment.indexRates{year}") out[out.length - 1] = "2018";
  return out;
}

/** The path as messages write it (list positions from 1). */
function shown(path: readonly (string | number)[]): string {
  return path.map((s, i) => (typeof s === "number" ? `[${s + 1}]` : i === 0 ? s : `.${s}`)).join("");
}

function zodIssues(file: unknown): readonly ScenarioIssue[] {
  const r = scenarioFileSchema.safeParse(file, { reportInput: true });
  return r.success ? [] : issuesFromZod(r.error.issues);
}

/** The engine's validation, without the schema in front of it. */
function engineIssues(file: unknown): readonly ScenarioIssue[] {
  return checkScenarioFile(file as ScenarioFile);
}

/** Places the engine never sees: the file's own notes, sources and evaluation schema. */
const fileOnly = (pattern: string): boolean => /^(notes|sources|evaluationSchema)\b/.test(pattern);

const cases = (Object.entries(FIELDS) as [FieldName, FieldEntry][]).flatMap(([name, spec]) => {
  if (spec.type !== "number" && spec.type !== "text") return [];
  const bounds = spec.type === "number" ? numberBounds(spec) : textBounds(spec);
  return (spec.at ?? []).map((pattern) => ({ name, pattern, spec, bounds }));
});

const label = (v: unknown): string => (typeof v === "string" ? (v.length > 12 ? `text of ${v.length}` : JSON.stringify(v)) : String(v));

describe("the field table drives the scenario schema and the engine alike", () => {
  test("every numeric and text field of the table stands somewhere or is a function argument", () => {
    const orphans = Object.entries(FIELDS).filter(([, s]) => (s as FieldEntry).at === undefined && (s as FieldEntry).args === undefined).map(([n]) => n);
    expect(orphans).toEqual([]);
    expect(cases.length).toBeGreaterThan(50);
  });

  test.each(cases.map((c) => [c.name, c.pattern, c] as const))("%s at %s: bounds in, just outside out, same path", (_name, pattern, c) => {
    const base = fullFile();
    const path = pathOf(pattern);
    const where = shown(path);
    expect({ zod: zodIssues(base).map((i) => i.path), engine: engineIssues(base).map((i) => i.path) }).toEqual({ zod: [], engine: [] });
    for (const v of c.bounds.inside) {
      const file = withValue(base, path, v);
      expect({ value: label(v), zod: zodIssues(file).filter((i) => i.path === where).map((i) => i.en) }).toEqual({ value: label(v), zod: [] });
      if (!fileOnly(pattern)) {
        // Relations between fields (a reference, a duplicate, end before start, share × factor) are not bounds.
        const rangeIssues = engineIssues(file).filter((i) => i.path === where && !/does not exist|is not in|already used|end year|share × factor/.test(i.en));
        expect({ value: label(v), engine: rangeIssues.map((i) => i.en) }).toEqual({ value: label(v), engine: [] });
      }
    }
    for (const v of c.bounds.outsideInFilesOnly ?? []) {
      expect({ value: label(v), zod: zodIssues(withValue(base, path, v)).find((i) => i.path === where)?.path }).toEqual({ value: label(v), zod: where });
    }
    for (const v of c.bounds.outside) {
      const file = withValue(base, path, v);
      const z = zodIssues(file).find((i) => i.path === where);
      expect({ value: label(v), zod: z?.path }).toEqual({ value: label(v), zod: where });
      if (z) {
        expect(z.sv).toContain(c.spec.words.sv);
        expect(z.en).toContain(c.spec.words.en);
      }
      if (!fileOnly(pattern)) expect({ value: label(v), engine: engineIssues(file).map((i) => i.path) }).toEqual({ value: label(v), engine: expect.arrayContaining([where]) });
    }
  });

  test("every numeric field's words name its bounds, in Swedish and in English", () => {
    for (const [name, spec] of Object.entries(FIELDS)) {
      expect({ name, sv: spec.words.sv.length > 0, en: spec.words.en.length > 0, differ: spec.words.sv !== spec.words.en }).toEqual({ name, sv: true, en: true, differ: true });
      if (spec.type !== "number") continue;
      for (const bound of [spec.min, spec.max]) {
        const text = boundText(Math.abs(bound));
        expect({ name, sv: spec.words.sv.includes(text), en: spec.words.en.includes(text) }).toEqual({ name, sv: true, en: true });
      }
    }
  });
});

describe("actuals are checked by the field table wherever they are followed up", () => {
  test("an actual volume beyond the table's maximum is an error of the follow-up, naming the field", () => {
    const file = fullFile() as unknown as ScenarioFile;
    const ok = appraise({ ...file, actuals: { volumes: { pupils: { "2017": FIELDS.volumes.max } } } });
    expect(isDomainError(ok) ? ok.en : isDomainError(ok.followUp)).toBe(false);
    const bad = appraise({ ...file, actuals: { volumes: { pupils: { "2017": FIELDS.volumes.max + 1 } } } });
    const fu = isDomainError(bad) ? bad : bad.followUp;
    expect(isDomainError(fu) ? [fu.key, fu.params.arg] : fu).toEqual(["aboveMax", "actuals.volumes.pupils.2017"]);
  });
});
