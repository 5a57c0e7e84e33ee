import type { Dec } from "../engine/decimal";
import { dec } from "../engine/decimal";
import type { DomainError } from "../engine/errors";
import { domainError, isDomainError } from "../engine/errors";
import { indexFactor } from "../engine/indexation";
import { matchKey, valueByKey } from "../engine/key";
import type { Investment } from "../engine/model";
import { validateActuals, validateInvestment, validateScenario } from "../engine/validate";
import type { ScenarioIssue } from "./issue";
import type { PathSegment } from "./issuePath";
import { formatPath, segmentsOfEngineArg } from "./issuePath";
import { resolveRules } from "../engine/ruleChoice";
import type { ScenarioFile } from "./scenarioFile";
import { validateUncertainty } from "../engine/uncertainty/validate";
import { costYears } from "../engine/costFollowUp";

/**
 * Checks of a scenario file that the schema cannot make: the rule preset and overrides,
 * the engine's own validation of the investment (unique ids, references from cost lines
 * and effects to departments, target groups and unit costs) and of the scenario, and three
 * that would otherwise only fail at evaluation: actuals that name unknown target groups or
 * effects, a price index missing for a year that indexation needs, and shares the scenario
 * factor pushes above 1.
 */

const LISTS_WITH_IDS = {
  departments: "id",
  costLines: "id",
  targetGroups: "id",
  unitCosts: "code",
  effects: "id"
} as const;

function idsOf(inv: Investment, list: keyof typeof LISTS_WITH_IDS): readonly string[] {
  switch (list) {
    case "departments":
      return inv.departments.map((d) => d.id);
    case "costLines":
      return inv.costLines.map((c) => c.id);
    case "targetGroups":
      return inv.targetGroups.map((t) => t.id);
    case "unitCosts":
      return inv.unitCosts.map((u) => u.code);
    case "effects":
      return inv.effects.map((e) => e.id);
  }
}

/** Where a duplicate id is: its first and its second position. */
function duplicatePositions(inv: Investment, list: keyof typeof LISTS_WITH_IDS, id: string): readonly number[] {
  return idsOf(inv, list).flatMap((v, i) => (matchKey(v) === matchKey(id) ? [i] : [])).slice(0, 2);
}

function duplicatePath(inv: Investment, list: keyof typeof LISTS_WITH_IDS, id: string): PathSegment[] {
  const positions = duplicatePositions(inv, list, id);
  const at = positions[1] ?? positions[0];
  return at === undefined ? ["investment", list] : ["investment", list, at, LISTS_WITH_IDS[list]];
}

/** What a reference field must name: the list it points into. */
const REFERENCES: Readonly<Record<string, { readonly list: keyof typeof LISTS_WITH_IDS; readonly sv: string; readonly en: string }>> = {
  departmentId: { list: "departments", sv: "förvaltningen", en: "the department" },
  targetGroupId: { list: "targetGroups", sv: "målgruppen", en: "the target group" },
  unitCostCode: { list: "unitCosts", sv: "enhetskostnaden", en: "the unit cost" }
};

function quotedList(values: readonly string[], none: string): string {
  return values.length === 0 ? none : values.map((v) => JSON.stringify(v)).join(", ");
}

/** Richer messages than the engine's for the two errors about ids: what exists, where it was first. */
function idIssue(error: DomainError, segments: readonly PathSegment[], inv: Investment): ScenarioIssue | undefined {
  const path = formatPath(segments);
  const field = segments[segments.length - 1];
  if (error.key === "unknownReference" && typeof field === "string" && field in REFERENCES) {
    const ref = REFERENCES[field] as (typeof REFERENCES)[string];
    const ids = idsOf(inv, ref.list);
    const listPath = formatPath(["investment", ref.list]);
    const got = JSON.stringify(String(error.params.ref));
    return {
      path,
      sv: `${path}: ${ref.sv} ${got} finns inte i ${listPath}; förväntade ett av ${quotedList(ids, "(listan är tom)")}, fick ${got}.`,
      en: `${path}: ${ref.en} ${got} is not in ${listPath}; expected one of ${quotedList(ids, "(the list is empty)")}, found ${got}.`
    };
  }
  const list = segments[1];
  if (error.key === "duplicateId" && typeof list === "string" && list in LISTS_WITH_IDS) {
    const positions = duplicatePositions(inv, list as keyof typeof LISTS_WITH_IDS, String(error.params.id));
    const first = positions[0];
    if (first === undefined || positions.length < 2) return undefined;
    const firstPath = formatPath(["investment", list, first, LISTS_WITH_IDS[list as keyof typeof LISTS_WITH_IDS]]);
    const got = JSON.stringify(String(error.params.id));
    return {
      path,
      sv: `${path}: ${got} finns redan i ${firstPath}; förväntade ett unikt värde, fick en dubblett.`,
      en: `${path}: ${got} is already used in ${firstPath}; expected a unique value, found a duplicate.`
    };
  }
  return undefined;
}

function enginePath(error: DomainError, inv: Investment | undefined): PathSegment[] {
  const arg = error.params.arg;
  if (error.key === "unknownPreset") return ["rules", "preset"];
  if (error.key === "endBeforeStart") return ["investment", "endYear"];
  if (typeof arg !== "string") return [];
  const segments = segmentsOfEngineArg(arg);
  if (segments[0] === "rules") return ["rules", "overrides", ...segments.slice(1)];
  if (segments[0] === "scenario" || segments[0] === "actuals" || segments[0] === "uncertainty") return segments;
  if (error.key === "duplicateId" && inv && segments.length === 1 && typeof segments[0] === "string" && segments[0] in LISTS_WITH_IDS) {
    return duplicatePath(inv, segments[0] as keyof typeof LISTS_WITH_IDS, String(error.params.id));
  }
  return ["investment", ...segments];
}

/**
 * A scenario issue from an engine error: the path read from the error's argument (list
 * positions already count from 1 there), the engine's message in both languages with the
 * full path in place of the bare argument.
 *
 * @example
 * issueOfEngineError(domainError("aboveMax", { arg: "effects[2].share", max: 1, got: 1.5 })).en;
 * // "investment.effects[2].share must be at most 1; got 1.5."
 */
export function issueOfEngineError(error: DomainError, inv?: Investment): ScenarioIssue {
  const segments = enginePath(error, inv);
  const better = inv ? idIssue(error, segments, inv) : undefined;
  if (better) return better;
  const path = formatPath(segments);
  const again = typeof error.params.arg === "string" ? domainError(error.key, { ...error.params, arg: path }) : error;
  const lead = (text: string): string => (path !== "" && !text.includes(path) ? `${path}: ${text}` : text);
  return { path, sv: lead(again.sv), en: lead(again.en) };
}

function actualsIssues(file: ScenarioFile): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  const groups = file.investment.targetGroups.map((t) => t.id);
  const effects = file.investment.effects.map((e) => e.id);
  for (const id of Object.keys(file.actuals?.volumes ?? {})) {
    if (groups.includes(id)) continue;
    const path = formatPath(["actuals", "volumes", id]);
    out.push({
      path,
      sv: `${path}: målgruppen ${JSON.stringify(id)} finns inte i investment.targetGroups; förväntade ett av ${groups.map((g) => JSON.stringify(g)).join(", ") || "(inga målgrupper)"}.`,
      en: `${path}: the target group ${JSON.stringify(id)} is not in investment.targetGroups; expected one of ${groups.map((g) => JSON.stringify(g)).join(", ") || "(no target groups)"}.`
    });
  }
  for (const id of Object.keys(file.actuals?.shares ?? {})) {
    if (effects.includes(id)) continue;
    const path = formatPath(["actuals", "shares", id]);
    out.push({
      path,
      sv: `${path}: effekten ${JSON.stringify(id)} finns inte i investment.effects; förväntade ett av ${effects.map((e) => JSON.stringify(e)).join(", ") || "(inga effekter)"}.`,
      en: `${path}: the effect ${JSON.stringify(id)} is not in investment.effects; expected one of ${effects.map((e) => JSON.stringify(e)).join(", ") || "(no effects)"}.`
    });
  }
  out.push(...actualCostIssues(file));
  return out;
}

/** Actual costs that name an unknown cost line, or a year outside the cost years (engine/costFollowUp.ts). */
function actualCostIssues(file: ScenarioFile): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  const lines = file.investment.costLines.map((l) => l.id);
  const years = costYears(file.investment);
  const span = years.length ? `${years[0]}–${years[years.length - 1]}` : "–";
  for (const [id, byYear] of Object.entries(file.actuals?.costs ?? {})) {
    const path = formatPath(["actuals", "costs", id]);
    if (!lines.some((l) => matchKey(l) === matchKey(id))) {
      out.push({
        path,
        sv: `${path}: kostnadsraden ${JSON.stringify(id)} finns inte i investment.costLines; förväntade ett av ${lines.map((l) => JSON.stringify(l)).join(", ") || "(inga kostnadsrader)"}.`,
        en: `${path}: the cost line ${JSON.stringify(id)} is not in investment.costLines; expected one of ${lines.map((l) => JSON.stringify(l)).join(", ") || "(no cost lines)"}.`
      });
      continue;
    }
    for (const year of Object.keys(byYear)) {
      if (years.includes(Number(year))) continue;
      const at = formatPath(["actuals", "costs", id, year]);
      out.push({
        path: at,
        sv: `${at}: år ${year} ligger utanför kostnadsåren ${span} (satsningens period och de år kostnadsraderna har en kostnad).`,
        en: `${at}: year ${year} is outside the cost years ${span} (the investment's period and the years the cost lines give a cost for).`
      });
    }
  }
  return out;
}

function indexIssues(inv: Investment): ScenarioIssue[] {
  const target = inv.priceYear;
  if (target === undefined) return [];
  const rates = new Map<number, Dec>(Object.entries(inv.indexRates ?? {}).map(([y, r]) => [Number(y), dec(r)] as const));
  const path = formatPath(["investment", "indexRates"]);
  const out: ScenarioIssue[] = [];
  const reported = new Set<number>();
  for (const u of inv.unitCosts) {
    if (u.priceYear === target) continue;
    const factor = indexFactor(u.priceYear, target, rates);
    if (!isDomainError(factor)) continue;
    const year = Number(factor.params.year);
    if (reported.has(year)) continue;
    reported.add(year);
    out.push({
      path,
      sv: `${path}: prisindex saknas för ${year}; det behövs för att räkna om enhetskostnaden ${u.code} från prisår ${u.priceYear} till prisår ${target}. Förväntade en förändring för "${year}" (t.ex. 0.028), fick ingen. Ange den, eller ta bort investment.priceYear så att kostnaderna står kvar i sina egna prisår.`,
      en: `${path}: no price index rate for ${year}; it is needed to move the unit cost ${u.code} from price year ${u.priceYear} to ${target}. Expected a rate for "${year}" (e.g. 0.028), found none. Enter it, or remove investment.priceYear to keep costs in their own price years.`
    });
  }
  return out;
}

function shareFactorIssues(file: ScenarioFile): ScenarioIssue[] {
  const f = file.scenario?.shareFactor;
  if (f === undefined) return [];
  const path = formatPath(["scenario", "shareFactor"]);
  const out: ScenarioIssue[] = [];
  for (const e of file.investment.effects) {
    const share = valueByKey(file.actuals?.shares, e.id) ?? e.share;
    const product = dec(share).times(dec(f));
    if (product.lte(1)) continue;
    out.push({
      path,
      sv: `${path}: faktorn ${f} gör andelen för effekten ${JSON.stringify(e.id)} till ${share} × ${f} = ${product.toString()}; förväntade att andel × faktor blir högst 1.`,
      en: `${path}: the factor ${f} makes the share of the effect ${JSON.stringify(e.id)} ${share} × ${f} = ${product.toString()}; expected share × factor to be at most 1.`
    });
  }
  return out;
}

/**
 * Everything wrong with a scenario file that passed the schema: rules, the engine's
 * validation of investment and scenario, actuals references, price index coverage, and
 * shares scaled above 1. An empty list means the file will evaluate.
 *
 * @example
 * checkScenarioFile({ ...file, rules: { preset: "orebro-2021" } })[0].path; // "rules.preset"
 * checkScenarioFile({ ...file, investment: { ...inv, effects: [{ ...effect, unitCostCode: "NOPE" }] } })[0].path;
 * // "investment.effects[1].unitCostCode"
 */
export function checkScenarioFile(file: ScenarioFile): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  const rules = resolveRules(file.rules);
  if (isDomainError(rules)) out.push(issueOfEngineError(rules));
  const inv = validateInvestment(file.investment);
  if (isDomainError(inv)) out.push(issueOfEngineError(inv, file.investment));
  const scenario = validateScenario(file.scenario ?? {});
  if (isDomainError(scenario)) out.push(issueOfEngineError(scenario));
  const actuals = validateActuals(file.actuals ?? {});
  if (isDomainError(actuals)) out.push(issueOfEngineError(actuals));
  out.push(...actualsIssues(file));
  if (!isDomainError(inv)) out.push(...indexIssues(file.investment), ...shareFactorIssues(file));
  const uncertain = validateUncertainty(file.investment, file.scenario, file.uncertainty);
  if (uncertain) out.push(issueOfEngineError(uncertain));
  return out;
}
