import type { Investment } from "../src/engine/model";
import type { ScenarioFile } from "../src/scenario/scenarioFile";

/**
 * A synthetic investment for the generation benchmark: `effects` effects over `departments`
 * departments and `years` timeline years. Its figures are made up (labelled so) and never
 * shipped as data.
 *
 * @example
 * largeScenario(30, 10, 20).investment.effects.length; // 30
 */
export function largeScenario(effects: number, departments: number, years: number): ScenarioFile {
  const startYear = 2020;
  const endYear = 2023;
  const horizonYears = years - (endYear - startYear + 1);
  const depts = Array.from({ length: departments }, (_, i) => ({ id: `d${i + 1}`, name: `Förvaltning ${i + 1}`, area: `Område ${(i % 4) + 1}` }));
  const groups = Array.from({ length: Math.max(1, Math.ceil(effects / 3)) }, (_, i) => ({
    id: `g${i + 1}`,
    name: `Målgrupp ${i + 1}`,
    volumes: { [startYear]: 10 + i, [startYear + 1]: 12 + i, [startYear + 2]: 14 + i, [startYear + 3]: 8 + i }
  }));
  const unitCosts = Array.from({ length: effects }, (_, i) => ({
    code: `U${i + 1}`,
    description: `Syntetisk enhetskostnad ${i + 1}`,
    unit: "kr per individ och år",
    cost: 50000 + 1000 * i,
    priceYear: startYear,
    payer: (i % 10 === 9 ? "region" : "kommun") as "kommun" | "region",
    source: "syntetiskt testdata (benchmark)"
  }));
  return {
    format: "sinv-scenario/1",
    rules: { preset: "orebro-2013-2019" },
    scenario: { horizonYears },
    investment: {
      name: `Benchmark ${effects} effekter × ${departments} förvaltningar × ${years} år`,
      startYear,
      endYear,
      departments: depts,
      costLines: depts.map((d, i) => ({
        id: `c${i + 1}`,
        description: `Kostnad ${i + 1}`,
        category: "other" as const,
        departmentId: d.id,
        financing: "fund" as const,
        amounts: { [startYear]: 100000, [startYear + 1]: 100000, [startYear + 2]: 100000, [startYear + 3]: 100000 }
      })),
      targetGroups: groups,
      unitCosts,
      effects: Array.from({ length: effects }, (_, i) => ({
        id: `e${i + 1}`,
        name: `Effekt ${i + 1}`,
        targetGroupId: groups[i % groups.length]!.id,
        unitCostCode: `U${i + 1}`,
        departmentId: depts[i % departments]!.id,
        share: 0.1 + (i % 5) / 20,
        duration: 1 + (i % 4),
        lag: i % 3,
        dropOff: i % 2 === 0 ? 0 : 0.1
      }))
    },
    notes: ["Syntetiska siffror för prestandamätning."]
  };
}

/**
 * The investment with a range on everything uncertain: every share ±50 %, volumes 0.8–1.1,
 * unit costs 0.9–1.2.
 *
 * @example
 * withRanges(largeScenario(30, 10, 20).investment).effects[0].uncertainty; // { share: { low: 0.05, high: 0.15 } } for a share of 0.1
 */
export function withRanges(inv: Investment): Investment {
  return {
    ...inv,
    effects: inv.effects.map((e) => ({ ...e, uncertainty: { share: { low: e.share * 0.5, high: Math.min(1, e.share * 1.5) } } })),
    targetGroups: inv.targetGroups.map((g) => ({ ...g, uncertainty: { volumeFactor: { low: 0.8, high: 1.1 } } })),
    unitCosts: inv.unitCosts.map((u) => ({ ...u, uncertainty: { unitCostFactor: { low: 0.9, high: 1.2 } } }))
  };
}
