import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { evaluateInvestment } from "../../src/engine/evaluate";
import { isDomainError } from "../../src/engine/errors";
import type { Evaluation } from "../../src/engine/evaluate";
import { parseScenarioText } from "../../src/scenario/parseScenarioText";
import { resolveRules } from "../../src/engine/ruleChoice";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import { parseUnitCostCsv } from "../../src/scenario/unitCostTable";
import { workedExample } from "../fixtures/workedExample";
import { ROOT } from "./support";

const EXAMPLES = join(ROOT, "assets", "examples");
const files = readdirSync(EXAMPLES).filter((f) => f.endsWith(".json")).sort();

function load(name: string): ScenarioFile {
  const r = parseScenarioText(readFileSync(join(EXAMPLES, name), "utf8"));
  if (!r.ok) throw new Error(`${name}: ${r.errors.map((e) => e.en).join(" | ")}`);
  return r.value;
}

function evaluate(file: ScenarioFile): Evaluation {
  const rules = resolveRules(file.rules);
  if (isDomainError(rules)) throw new Error(rules.en);
  const ev = evaluateInvestment(file.investment, rules, file.scenario, file.actuals);
  if (isDomainError(ev)) throw new Error(ev.en);
  return ev;
}

/** The source documents the examples cite, copied from shared/seeds (the project must not need ../shared). */
const seed = (name: string): string => readFileSync(join(ROOT, "test", "fixtures", "seeds", name), "utf8");
const SEED_000 = "000_e42eef7869dbefb9.txt";
const SEED_001 = "001_fbaef9d2d9f28d70.txt";

/**
 * The real Örebro investments and what the seeds state for them: the granted amount, the
 * period (start and end year) and the departments, each with the literal seed text it comes
 * from (the temarapport is OCR text, hence its spelling).
 */
const REAL = [
  {
    file: "orebro-bryggan.json",
    granted: 12_200_000,
    startYear: 2017,
    endYear: 2019,
    departments: ["Kommunstyrelseförvaltningen", "Förvaltningen förskola och skola", "Socialförvaltningen"],
    seed: SEED_001,
    quotes: ["Satsningen pagar: 2017-08-14 - 2019-12-31", "Medel beviljade: 12 200 000 kr"]
  },
  {
    file: "orebro-team-oxhagen.json",
    granted: 5_400_000,
    startYear: 2015,
    endYear: 2018,
    departments: ["Socialförvaltningen", "Förvaltningen förskola och skola", "Förvaltningen för funktionshindrade", "Förvaltningen för utbildning, försörjning och arbete"],
    seed: SEED_001,
    quotes: ["Satsningen pagar: 2015-02-01 - 2018-01-31", "Medel beviljade: 5,4 miljoner"]
  },
  {
    file: "orebro-samverkan-for-teckensprakiga.json",
    granted: 4_100_000,
    startYear: 2014,
    endYear: 2017,
    departments: ["Försörjningsstöd (Örebro kommun)"],
    seed: SEED_000,
    quotes: ["1 april 2014 – 31 mars 2017", "4,1 miljoner kronor", "Kultivera och försörjningsstöd"]
  },
  {
    file: "orebro-skolfam.json",
    granted: 5_200_000,
    startYear: 2016,
    endYear: 2018,
    departments: ["Socialförvaltningen", "Förvaltningen förskola och skola"],
    seed: SEED_001,
    quotes: ["Satsningen pagar: 2016-06-01 — 2018-12-31", "Medel beviljade: 5,2 miljoner kronor"]
  },
  {
    file: "orebro-np-resurs-och-samverkan.json",
    granted: 6_200_000,
    startYear: 2015,
    endYear: 2018,
    departments: ["Förvaltningen för funktionshindrade", "Förvaltningen för utbildning, försörjning och arbete"],
    seed: SEED_001,
    quotes: ["Satsningen pagar: 2015-09-01 - 2018-08-31", "Medel beviljade: 6 200 000 kr"]
  },
  {
    file: "orebro-specialpedagogisk-kompetensutveckling.json",
    granted: 2_000_000,
    startYear: 2015,
    endYear: 2018,
    departments: ["Förvaltningen förskola och skola", "Kommunstyrelseförvaltningen", "Förvaltningen för funktionshindrade"],
    seed: SEED_001,
    quotes: ["Satsningen pagar: 2015-05-01 - 2018-04-30", "Medel beviljade: 2 miljoner kronor"]
  }
] as const;

describe("every example in assets/examples", () => {
  test("there are the worked example and at least three real investments", () => {
    expect(files).toContain("raekneexempel-skolnarvaro.json");
    expect(files.filter((f) => f.startsWith("orebro-")).length).toBeGreaterThanOrEqual(3);
    // A real investment's file must be listed in REAL, with the seed text its facts come from.
    expect(files.filter((f) => f.startsWith("orebro-"))).toEqual(REAL.map((r) => r.file).sort());
  });

  test.each(files)("%s parses and evaluates without error", (name) => {
    const ev = evaluate(load(name));
    expect(ev.totalCost.gt(0)).toBe(true);
    expect(ev.eligibility.eligible).toBe(true);
  });
});

describe("the worked example file", () => {
  const file = load("raekneexempel-skolnarvaro.json");

  test("is the fixture, under Örebro 2013–2019 rules", () => {
    expect(file.investment).toEqual(workedExample);
    expect(file.rules).toEqual({ preset: "orebro-2013-2019" });
  });

  test("says the 900 000 kr unit cost is illustrative", () => {
    expect(file.notes?.some((n) => n.includes("900 000 kr") && n.includes("illustrativa siffra"))).toBe(true);
  });

  test("evaluates to the worked example's figures", () => {
    const ev = evaluate(file);
    expect(ev.totalCost.toNumber()).toBe(12_200_000);
    expect(ev.windowSavings.toNumber()).toBe(16_200_000);
    expect(ev.paybackYear).toBe(2020);
  });
});

describe("the real Örebro investments", () => {
  const table = parseUnitCostCsv(readFileSync(join(ROOT, "assets", "data", "unit_costs.csv"), "utf8"));
  const pkv = new Map(
    readFileSync(join(ROOT, "assets", "data", "pkv.csv"), "utf8")
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split(","))
      .map(([year, percent]) => [String(year), Number(percent) / 100] as const)
  );

  test.each(REAL.map((r) => [r.file, r] as const))("%s: the seeds state its amount, period and departments", (_name, r) => {
    const text = seed(r.seed);
    for (const q of r.quotes) expect(text).toContain(q);
  });

  test.each(REAL.map((r) => [r.file, r] as const))("%s: granted amount = fund-financed total cost, period and departments as the seeds say", (name, r) => {
    const file = load(name);
    const ev = evaluate(file);
    expect(ev.totalCost.toNumber()).toBe(r.granted);
    expect(ev.cofinancing.toNumber()).toBe(0);
    expect([file.investment.startYear, file.investment.endYear]).toEqual([r.startYear, r.endYear]);
    expect(file.investment.departments.map((d) => d.name)).toEqual([...r.departments]);
    expect(file.rules.preset).toBe(r.startYear < 2020 ? "orebro-2013-2019" : "orebro-2020");
  });

  test.each(REAL.map((r) => [r.file] as const))("%s: says the effect assumptions are illustrative and lists its sources", (name) => {
    const file = load(name);
    expect(file.notes?.some((n) => n.startsWith("Effektantagandena är illustrativa"))).toBe(true);
    expect(file.sources?.length).toBeGreaterThan(0);
    expect(file.sources?.some((s) => s.title.includes("Temarapport") || s.title.includes("21 november 2014"))).toBe(true);
  });

  test.each(REAL.map((r) => [r.file] as const))("%s: every unit cost is a row of unit_costs.csv, unchanged", (name) => {
    const file = load(name);
    for (const u of file.investment.unitCosts) {
      const row = table.rows.find((t) => t.unitCost.code === u.code);
      expect(row?.unitCost).toEqual(u);
    }
  });

  test.each(REAL.map((r) => [r.file] as const))("%s: a common price year only with PKV rates from pkv.csv", (name) => {
    const inv = load(name).investment;
    const years = new Set(inv.unitCosts.map((u) => u.priceYear));
    if (inv.priceYear === undefined) {
      expect(inv.indexRates).toBeUndefined();
      if (years.size > 1) expect(load(name).notes?.some((n) => n.includes("egna prisår"))).toBe(true);
      return;
    }
    for (const [year, rate] of Object.entries(inv.indexRates ?? {})) expect(pkv.get(year)).toBe(rate);
  });
});

describe("docs/scenario-format.md", () => {
  test("its minimal example parses and evaluates", () => {
    const doc = readFileSync(join(ROOT, "docs", "scenario-format.md"), "utf8");
    const block = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1] ?? "";
    const r = parseScenarioText(block);
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (r.ok) expect(evaluate(r.value).totalCost.toNumber()).toBe(9_000_000);
  });
});
