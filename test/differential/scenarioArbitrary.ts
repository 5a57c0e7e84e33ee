/**
 * A fast-check generator of random VALID scenario files (format sinv-scenario/1), valid by
 * construction: ids are unique by position, every reference points at an existing id
 * (sometimes written in another case or with surrounding spaces, still a valid key), shares
 * times the share factor stay ≤ 1 (integer hundredths, so the check is exact), the price
 * index covers every year indexation needs. Raw choices are small numbers and indices
 * taken modulo the list they point into, so a failing file shrinks well.
 */
import fc from "fast-check";
import type { CostCategory, Investment, Payer, PartnerKind } from "../../src/engine/model";
import { costYears } from "../../src/engine/costFollowUp";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import type { RawActuals, RawRules, RawScenario, ValueOf } from "./scenarioParts";
import { actualsOf, rawActuals, rawRules, rawScenario, rulesOf, scenarioOf, sometimes } from "./scenarioParts";

/** How a reference to an id is written: as the id, or another spelling that matches it. */
export type Spelling = "same" | "upper" | "lower" | "padded" | "paddedUpper";

const spelling: fc.Arbitrary<Spelling> = fc.oneof(
  { arbitrary: fc.constant<Spelling>("same"), weight: 6 },
  fc.constantFrom<Spelling>("upper", "lower", "padded", "paddedUpper")
);

/**
 * An id or code written as the spelling says.
 *
 * @example
 * spell("Fsk", "padded"); // " Fsk  "
 */
export function spell(id: string, how: Spelling): string {
  switch (how) {
    case "same":
      return id;
    case "upper":
      return id.toUpperCase();
    case "lower":
      return id.toLowerCase();
    case "padded":
      return ` ${id}  `;
    case "paddedUpper":
      return `  ${id.toUpperCase()} `;
  }
}

/** Pools of ids, distinct by the engine's match key, all valid keys (some with inner spaces, . - _ and å ä ö). */
const DEPARTMENT_IDS = ["fsk", "Soc", "KSF", "vof.2", "Öppen vård"];
const AREAS = ["Skola", "Individ- och familjeomsorg", "Vård och omsorg", "Kultur"];
const GROUP_IDS = ["elever", "Unga-vuxna", "barn_0_6", "Äldre 80"];
const UNIT_CODES = ["SKOLA_GRUND", "IFO_HVB_DYGN", "lss.boende", "Vård-dag", "FK ersättning"];
const PARTNER_KINDS: readonly PartnerKind[] = ["association", "foundation", "cooperative", "municipalCompany", "other"];
const CATEGORIES: readonly CostCategory[] = ["staff", "premises", "material", "training", "evaluation", "other"];

/** Kronor: whole kronor or with öre. */
const money = (max: number): fc.Arbitrary<number> =>
  fc.oneof(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: max * 100 }).map((ore) => ore / 100));

/** One value (or none) per year offset from the start year: gaps allowed. */
const perYear = <T>(value: fc.Arbitrary<T>, years: number): fc.Arbitrary<(T | null)[]> =>
  fc.array(sometimes(value, 70), { minLength: years, maxLength: years });

const rawDepartment = fc.record({ area: fc.nat(AREAS.length - 1), areaSpelling: spelling, idSpelling: spelling });

const rawCostLine = fc.record({
  category: fc.nat(CATEGORIES.length - 1),
  department: fc.nat(),
  departmentSpelling: spelling,
  cofinancing: fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, fc.constant(true)),
  amounts: perYear(money(2_000_000), 5),
  staff: sometimes(
    fc.record({
      monthlySalary: money(60_000),
      fte: fc.integer({ min: 0, max: 40 }).map((k) => k * 0.05),
      payrollOverhead: fc.constantFrom(0, 0.3142, 0.4015, 0.45),
      months: perYear(fc.constantFrom(0, 3, 6, 6.5, 12), 5)
    }),
    25
  )
});

const rawGroup = fc.record({ idSpelling: spelling, volumes: perYear(fc.oneof(fc.nat(40), fc.constantFrom(0.5, 2.5)), 5) });

const rawUnitCost = fc.record({
  codeSpelling: spelling,
  cost: fc.oneof(money(900_000), fc.integer({ min: 1, max: 5000 })),
  priceYearOffset: fc.integer({ min: -3, max: 2 }),
  payer: fc.oneof({ arbitrary: fc.constant<Payer>("kommun"), weight: 5 }, fc.constantFrom<Payer>("region", "staten"))
});

const rawEffect = fc.record({
  group: fc.nat(),
  groupSpelling: spelling,
  unitCost: fc.nat(),
  codeSpelling: spelling,
  department: fc.nat(),
  departmentSpelling: spelling,
  sharePercent: fc.integer({ min: 0, max: 100 }),
  model: fc.constantFrom(undefined, "cohort" as const, "annual" as const),
  quantity: sometimes(fc.constantFrom(1, 12, 180, 365, 2.5), 50),
  duration: fc.integer({ min: 0, max: 5 }),
  lag: sometimes(fc.integer({ min: 0, max: 2 }), 50),
  dropOff: sometimes(fc.constantFrom(0, 0.1, 0.25, 0.5, 1), 40),
  deadweight: sometimes(fc.constantFrom(0, 0.2, 0.35, 0.9), 40)
});

/** The raw choices a file is built from (exported so a failure's raw value can be typed). */
export interface RawFile {
  readonly startYear: number;
  readonly years: number;
  readonly departments: readonly ValueOf<typeof rawDepartment>[];
  readonly partners: readonly number[] | null;
  readonly costLines: readonly ValueOf<typeof rawCostLine>[];
  readonly groups: readonly ValueOf<typeof rawGroup>[];
  readonly unitCosts: readonly ValueOf<typeof rawUnitCost>[];
  readonly effects: readonly ValueOf<typeof rawEffect>[];
  readonly indexation: { readonly priceYearOffset: number; readonly ratePermille: readonly number[] } | null;
  readonly rules: RawRules;
  readonly scenario: RawScenario | null;
  readonly actuals: RawActuals | null;
}

const rawFile: fc.Arbitrary<RawFile> = fc.record({
  startYear: fc.integer({ min: 2013, max: 2024 }),
  years: fc.integer({ min: 1, max: 4 }),
  departments: fc.array(rawDepartment, { minLength: 1, maxLength: 3 }),
  partners: sometimes(fc.array(fc.nat(PARTNER_KINDS.length - 1), { maxLength: 2 }), 40),
  costLines: fc.array(rawCostLine, { minLength: 1, maxLength: 4 }),
  groups: fc.array(rawGroup, { minLength: 1, maxLength: 3 }),
  unitCosts: fc.array(rawUnitCost, { minLength: 1, maxLength: 3 }),
  effects: fc.array(rawEffect, { maxLength: 4 }),
  indexation: sometimes(fc.record({ priceYearOffset: fc.integer({ min: -2, max: 3 }), ratePermille: fc.array(fc.integer({ min: -10, max: 40 }), { minLength: 8, maxLength: 8 }) }), 30),
  rules: rawRules,
  scenario: sometimes(rawScenario, 70),
  actuals: sometimes(rawActuals, 50)
});

const at = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;

function yearValues(values: readonly (number | null)[], start: number, years: number): Record<string, number> {
  const out: Record<string, number> = {};
  values.slice(0, years + 1).forEach((v, k) => {
    if (v !== null) out[String(start + k)] = v;
  });
  return out;
}

/**
 * The scenario file the raw choices stand for.
 *
 * @example
 * fc.sample(scenarioFiles(), 1)[0].format; // "sinv-scenario/1"
 */
export function fileOf(raw: RawFile): ScenarioFile {
  const start = raw.startYear;
  const end = start + raw.years - 1;
  const deptIds = raw.departments.map((_, i) => DEPARTMENT_IDS[i] as string);
  const groupIds = raw.groups.map((_, i) => GROUP_IDS[i] as string);
  const codes = raw.unitCosts.map((_, i) => UNIT_CODES[i] as string);
  const effects = raw.effects.map((e, i) => ({
    id: `eff${i + 1}`,
    name: `Effekt ${i + 1}`,
    targetGroupId: spell(at(groupIds, e.group), e.groupSpelling),
    unitCostCode: spell(at(codes, e.unitCost), e.codeSpelling),
    departmentId: spell(at(deptIds, e.department), e.departmentSpelling),
    share: e.sharePercent / 100,
    ...(e.model !== undefined ? { model: e.model } : {}),
    ...(e.quantity !== null ? { quantity: e.quantity } : {}),
    duration: e.duration,
    ...(e.lag !== null ? { lag: e.lag } : {}),
    ...(e.dropOff !== null ? { dropOff: e.dropOff } : {}),
    ...(e.deadweight !== null ? { deadweight: e.deadweight } : {})
  }));
  const priceYears = raw.unitCosts.map((u) => start + u.priceYearOffset);
  const indexation = raw.indexation;
  let index = {};
  if (indexation !== null) {
    const target = start + indexation.priceYearOffset;
    const from = Math.min(target, ...priceYears) + 1;
    const to = Math.max(target, ...priceYears);
    const indexRates: Record<string, number> = {};
    for (let y = from; y <= to; y++) indexRates[String(y)] = at(indexation.ratePermille, y - from) / 1000;
    index = { priceYear: target, indexRates };
  }
  const scenario = raw.scenario === null ? undefined : scenarioOf(raw.scenario, raw.effects.map((e) => e.sharePercent), raw.actuals, start, end);
  const investment: Investment = {
      name: `Satsning ${start}`,
      startYear: start,
      endYear: end,
      departments: raw.departments.map((d, i) => ({ id: spell(deptIds[i] as string, d.idSpelling), name: `Förvaltning ${i + 1}`, area: spell(AREAS[d.area] as string, d.areaSpelling) })),
      ...(raw.partners !== null ? { partners: raw.partners.map((k, i) => ({ name: `Förening ${i + 1}`, kind: PARTNER_KINDS[k] as PartnerKind })) } : {}),
      costLines: raw.costLines.map((c, i) => ({
        id: `k${i + 1}`,
        description: `Kostnad ${i + 1}`,
        category: c.staff !== null ? "staff" : (CATEGORIES[c.category] as CostCategory),
        departmentId: spell(at(deptIds, c.department), c.departmentSpelling),
        financing: c.cofinancing ? "cofinancing" : "fund",
        ...(c.staff !== null
          ? { staff: { monthlySalary: c.staff.monthlySalary, fte: Math.round(c.staff.fte * 100) / 100, payrollOverhead: c.staff.payrollOverhead, months: yearValues(c.staff.months, start, raw.years - 1) } }
          : { amounts: yearValues(c.amounts, start, raw.years - 1) })
      })),
      targetGroups: raw.groups.map((g, i) => ({ id: spell(groupIds[i] as string, g.idSpelling), name: `Målgrupp ${i + 1}`, volumes: yearValues(g.volumes, start, raw.years) })),
      unitCosts: raw.unitCosts.map((u, i) => ({
        code: spell(codes[i] as string, u.codeSpelling),
        description: `Enhetskostnad ${i + 1}`,
        unit: "kr per år",
        cost: u.cost,
        priceYear: start + u.priceYearOffset,
        payer: u.payer,
        source: "Påhittad"
      })),
      effects,
      ...index
  };
  const actuals =
    raw.actuals === null
      ? undefined
      : actualsOf(raw.actuals, raw.groups.map((g, i) => spell(groupIds[i] as string, g.idSpelling)), effects.map((e) => e.id), start, end, investment.costLines.map((l) => l.id), costYears(investment));
  return {
    format: "sinv-scenario/1",
    rules: rulesOf(raw.rules),
    investment,
    ...(scenario !== undefined ? { scenario } : {}),
    ...(actuals !== undefined ? { actuals } : {})
  };
}

/**
 * Random valid scenario files.
 *
 * @example
 * fc.assert(fc.property(scenarioFiles(), (file) => parseScenario(file).ok));
 */
export function scenarioFiles(): fc.Arbitrary<ScenarioFile> {
  return rawFile.map(fileOf);
}
