/**
 * Helpers for the fund tests: the shipped Örebro examples as a fund, a scenario file moved
 * in time, and a fund of copies.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FundInput, FundItem, FundStatus, YearValues } from "../../src/engine";
import { fundItemId } from "../../src/engine";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import { ROOT } from "../support/scenarioFiles";

/** The Örebro examples in the order they started (SöT 2014; NP, specialpedagogik, Team Oxhagen 2015; Skolfam 2016; Bryggan 2017). */
export const OREBRO_FILES = [
  "orebro-samverkan-for-teckensprakiga.json",
  "orebro-np-resurs-och-samverkan.json",
  "orebro-specialpedagogisk-kompetensutveckling.json",
  "orebro-team-oxhagen.json",
  "orebro-skolfam.json",
  "orebro-bryggan.json"
] as const;

/** An example scenario file from assets/examples. */
export function example(name: string): ScenarioFile {
  return JSON.parse(readFileSync(join(ROOT, "assets", "examples", name), "utf8")) as ScenarioFile;
}

/** A fund item from a scenario file: granted in its start year unless told otherwise. */
export function itemOf(file: ScenarioFile, n: number, status: FundStatus = "granted", decisionYear = file.investment.startYear, name = `${n}.json`): FundItem {
  return { id: fundItemId(n), file: name, status, decisionYear, input: { rules: file.rules, investment: file.investment, scenario: file.scenario, actuals: file.actuals } };
}

/** Örebro's fund: 65 MSEK in 2013, 22 MSEK more in 2016, at most three new a year, the six examples granted in their start years. */
export function orebroFund(statuses: readonly FundStatus[] = []): FundInput {
  return {
    name: "Örebro",
    allocations: { "2013": 65_000_000, "2016": 22_000_000 },
    maxNewPerYear: 3,
    items: OREBRO_FILES.map((f, i) => itemOf(example(f), i + 1, statuses[i] ?? "granted", undefined, f))
  };
}

function shifted(values: YearValues | undefined, by: number): YearValues | undefined {
  return values === undefined ? undefined : Object.fromEntries(Object.entries(values).map(([y, v]) => [String(Number(y) + by), v]));
}

/** A scenario file with every year moved by `by` years (period, amounts, volumes, price years, actuals). */
export function shiftYears(file: ScenarioFile, by: number, name = file.investment.name): ScenarioFile {
  const inv = file.investment;
  return {
    ...file,
    investment: {
      ...inv,
      name,
      startYear: inv.startYear + by,
      endYear: inv.endYear + by,
      costLines: inv.costLines.map((c) => ({
        ...c,
        ...(c.amounts ? { amounts: shifted(c.amounts, by)! } : {}),
        ...(c.staff ? { staff: { ...c.staff, months: shifted(c.staff.months, by)! } } : {})
      })),
      targetGroups: inv.targetGroups.map((g) => ({ ...g, volumes: shifted(g.volumes, by)! })),
      unitCosts: inv.unitCosts.map((u) => ({ ...u, priceYear: u.priceYear + by })),
      ...(inv.priceYear !== undefined ? { priceYear: inv.priceYear + by } : {}),
      ...(inv.indexRates !== undefined ? { indexRates: shifted(inv.indexRates, by)! } : {})
    },
    ...(file.scenario?.baseYear !== undefined ? { scenario: { ...file.scenario, baseYear: file.scenario.baseYear + by } } : {}),
    ...(file.actuals?.volumes !== undefined
      ? { actuals: { ...file.actuals, volumes: Object.fromEntries(Object.entries(file.actuals.volumes).map(([k, v]) => [k, shifted(v, by)!])) } }
      : {})
  };
}
