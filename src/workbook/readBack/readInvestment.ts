import type { CostLine, Department, Effect, Partner, RuleSet, TargetGroup, YearValues } from "../../engine";
import { RULE_PRESETS } from "../../engine";
import { cellText } from "../../scenario/cellValues";
import { parseScenario } from "../../scenario/parseScenario";
import type { ScenarioFile } from "../../scenario/scenarioFile";
import { readUnitCostRows } from "../../scenario/unitCostTable";
import type { ParamKey } from "../layout";
import { PARAM_LABELS } from "../parameterLabels";
import {
  ACTUAL_COSTS_TABLE,
  ACTUAL_SHARES_TABLE,
  ACTUAL_VOLUMES_TABLE,
  COSTS_TABLE,
  DEPARTMENTS_TABLE,
  EFFECTS_TABLE,
  EVALUATION_TABLE,
  PARTNERS_TABLE,
  PRICE_INDEX_TABLE,
  STAFF_TABLE,
  TARGET_GROUPS_TABLE,
  TABLES
} from "../../sheetModel/tables/inputTables";
import type { TableSpec } from "../../sheetModel/tables/tableSpec";
import type { LabelKey, Template } from "../template";
import type { ReadProblem, TableData } from "./tableReader";
import { readTable } from "./tableReader";
import { readUncertainty } from "./readUncertainty";
import { uncertainItems } from "./uncertainItems";

/** What was read from a workbook: the scenario file (when the inputs are valid) and every problem. */
export interface ReadBack {
  readonly file: ScenarioFile | undefined;
  readonly problems: readonly ReadProblem[];
}


/**
 * Reads an application workbook's inputs back into a scenario file: the input tables by
 * their fixed names and the parameter block, headers in Swedish or English, each bad row
 * reported with its table, row and column; then the scenario file's own validation.
 *
 * @example
 * const r = readInvestment(tablesOf(plan), parameterBlockOf(plan), template, "Bryggan");
 * r.file?.investment.effects[0].share; // 0.3
 */
export function readInvestment(
  tables: Readonly<Record<string, TableData | undefined>>,
  parameters: readonly (readonly unknown[])[],
  template: Template,
  name: string,
  named: Readonly<Record<string, unknown[][] | undefined>> = {}
): ReadBack {
  const both = (key: LabelKey): string[] => [template.labels[key].sv, template.labels[key].en];
  const problems: ReadProblem[] = [];
  const read = <S extends TableSpec>(spec: S) => {
    const r = readTable(spec, tables[spec.name], both);
    problems.push(...r.problems);
    return r.rows;
  };

  // Parameters: label → value.
  const params = new Map<ParamKey, unknown>();
  for (const row of parameters) {
    const label = cellText(row[0]).toLowerCase();
    const key = (Object.keys(PARAM_LABELS) as ParamKey[]).find((k) => both(PARAM_LABELS[k]).some((l) => l.toLowerCase() === label));
    if (key) params.set(key, row[1]);
  }
  const num = (key: ParamKey): number | undefined => (typeof params.get(key) === "number" ? (params.get(key) as number) : undefined);
  const bool = (key: ParamKey): boolean | undefined => (typeof params.get(key) === "boolean" ? (params.get(key) as boolean) : undefined);
  const ruleName = cellText(params.get("ruleSet")).toLowerCase();
  const preset: RuleSet | undefined = RULE_PRESETS.find((r) => r.name.sv.toLowerCase() === ruleName || r.name.en.toLowerCase() === ruleName || r.id === ruleName);
  if (!preset) {
    problems.push({
      table: "Parametrar",
      row: 4,
      sv: `Regeluppsättningen "${cellText(params.get("ruleSet"))}" är okänd (kända: ${RULE_PRESETS.map((r) => r.name.sv).join("; ")}).`,
      en: `The rule set "${cellText(params.get("ruleSet"))}" is unknown (known: ${RULE_PRESETS.map((r) => r.name.en).join("; ")}).`
    });
  }

  const departments: Department[] = read(DEPARTMENTS_TABLE).map((r) => ({
    id: String(r.values.id),
    name: String(r.values.name),
    area: String(r.values.area)
  }));
  const partners: Partner[] = read(PARTNERS_TABLE).map((r) => ({ name: String(r.values.name), kind: r.values.kind as Partner["kind"] }));
  const fixed = read(COSTS_TABLE);
  const staff = read(STAFF_TABLE);
  const costLines: CostLine[] = [
    ...fixed.map((r) => ({
      id: String(r.values.id),
      description: String(r.values.description ?? ""),
      category: r.values.category as CostLine["category"],
      departmentId: String(r.values.department),
      financing: r.values.financing as CostLine["financing"],
      amounts: r.years as YearValues
    })),
    ...staff.map((r) => ({
      id: String(r.values.id),
      description: String(r.values.description ?? ""),
      category: "staff" as const,
      departmentId: String(r.values.department),
      financing: r.values.financing as CostLine["financing"],
      staff: { monthlySalary: r.values.salary as number, fte: r.values.fte as number, payrollOverhead: r.values.po as number, months: r.years as YearValues }
    }))
  ];
  const groups = (spec: typeof TARGET_GROUPS_TABLE | typeof ACTUAL_VOLUMES_TABLE): TargetGroup[] =>
    read(spec).map((r) => ({ id: String(r.values.id), name: String(r.values.name), volumes: r.years }));
  const targetGroups = groups(TARGET_GROUPS_TABLE);

  const unitTable = tables[TABLES.unitCosts];
  const unit = unitTable ? readUnitCostRows([unitTable.headers as unknown[], ...unitTable.rows.map((r) => r as unknown[])]) : undefined;
  if (!unit) problems.push({ table: TABLES.unitCosts, row: 0, sv: `Tabellen ${TABLES.unitCosts} finns inte i arbetsboken.`, en: `The table ${TABLES.unitCosts} is not in the workbook.` });
  for (const p of unit?.problems ?? []) if (p.severity === "error") problems.push({ table: TABLES.unitCosts, row: p.row, ...(p.column ? { column: p.column } : {}), sv: p.sv, en: p.en });

  const effects: Effect[] = read(EFFECTS_TABLE).map((r) => ({
    id: String(r.values.id),
    name: String(r.values.name ?? r.values.id),
    targetGroupId: String(r.values.group),
    unitCostCode: String(r.values.code),
    departmentId: String(r.values.department),
    share: r.values.share as number,
    duration: r.values.duration as number,
    ...(r.values.quantity !== undefined ? { quantity: r.values.quantity as number } : {}),
    ...(r.values.lag !== undefined ? { lag: r.values.lag as number } : {}),
    ...(r.values.dropOff !== undefined ? { dropOff: r.values.dropOff as number } : {}),
    ...(r.values.deadweight !== undefined ? { deadweight: r.values.deadweight as number } : {}),
    ...(r.values.model !== undefined ? { model: r.values.model as Effect["model"] } : {})
  }));
  const priceYear = num("priceYear");
  const indexRates: Record<string, number> = {};
  for (const r of read(PRICE_INDEX_TABLE)) {
    if (r.values.rate !== undefined) indexRates[String(r.values.year)] = r.values.rate as number;
  }
  const actualGroups = tables[TABLES.actualVolumes] ? groups(ACTUAL_VOLUMES_TABLE) : [];
  const actualShares = tables[TABLES.actualShares] ? read(ACTUAL_SHARES_TABLE) : [];
  // Actual costs per cost line (a workbook made before the table was added has none).
  const actualCosts = (tables[TABLES.actualCosts] ? read(ACTUAL_COSTS_TABLE) : []).filter((r) => Object.keys(r.years).length > 0);
  const evaluation = tables[TABLES.evaluation] ? read(EVALUATION_TABLE) : [];
  const unc = readUncertainty(tables, named, both);
  problems.push(...unc.problems);
  const unitCosts = unit?.rows.map((r) => r.unitCost) ?? [];
  const items = uncertainItems({ effects, targetGroups, unitCosts }, unc);
  problems.push(...items.problems);
  if (problems.length > 0 || !preset) return { file: undefined, problems };

  const planKind = cellText(params.get("repaymentPlanKind")).toLowerCase();
  const candidates = {
    horizonYears: num("horizonYears"),
    feeShare: num("feeShare"),
    floorShare: num("floorShare"),
    repaymentModel: bool("repaymentModel"),
    repaymentPlan: both("planEven").some((l) => l.toLowerCase() === planKind) ? ("even" as const) : ("followSavings" as const),
    instalmentYears: num("instalmentYears"),
    minDurationYears: num("minDuration"),
    maxDurationYears: num("maxDuration"),
    maxNewPerYear: num("maxNewPerYear")
  };
  const overrides = {
    ...Object.fromEntries(Object.entries(candidates).filter(([k, v]) => v !== undefined && v !== preset[k as keyof RuleSet])),
    // Decided here: a bias table edited in the sheet is the rules' own (rules.overrides.optimismBias), checked as any override.
    ...(unc.optimismBias && unc.optimismBias.some((x, g) => x !== preset.optimismBias[g]) ? { optimismBias: unc.optimismBias } : {})
  };
  const raw = {
    format: "sinv-scenario/1",
    rules: { preset: preset.id, ...(Object.keys(overrides).length ? { overrides } : {}) },
    investment: {
      name: cellText(name) || "SINV",
      startYear: num("startYear"),
      endYear: num("endYear"),
      departments,
      partners,
      costLines,
      targetGroups: items.targetGroups,
      unitCosts: items.unitCosts,
      effects: items.effects,
      ...(priceYear !== undefined ? { priceYear, indexRates } : Object.keys(indexRates).length ? { indexRates } : {})
    },
    scenario: {
      shareFactor: num("shareFactor") ?? 1,
      volumeFactor: num("volumeFactor") ?? 1,
      unitCostFactor: num("unitCostFactor") ?? 1,
      discountRate: num("discountRate") ?? preset.discountRate,
      includeDuring: bool("includeDuring") ?? preset.includeDuring,
      ...(num("baseYear") !== undefined ? { baseYear: num("baseYear") } : {})
    },
    actuals: {
      volumes: Object.fromEntries(actualGroups.filter((g) => Object.keys(g.volumes).length > 0).map((g) => [g.id, g.volumes])),
      shares: Object.fromEntries(actualShares.filter((r) => r.values.actual !== undefined).map((r) => [String(r.values.id), r.values.actual as number])),
      ...(actualCosts.length ? { costs: Object.fromEntries(actualCosts.map((r) => [String(r.values.id), r.years])) } : {})
    },
    ...(unc.draws !== undefined || unc.seed !== undefined
      ? { uncertainty: { ...(unc.draws !== undefined ? { draws: unc.draws } : {}), ...(unc.seed !== undefined ? { seed: unc.seed } : {}) } }
      : {}),
    ...(evaluation.length ? { evaluationSchema: evaluation.map((r) => ({ goal: "", activity: "", activityMeasures: "", effectMeasures: "", indicators: "", economicEffects: "", ...r.values })) } : {})
  };
  const parsed = parseScenario(raw);
  if (!parsed.ok) return { file: undefined, problems: parsed.errors.map((e) => ({ table: e.path.split(".")[0] ?? "", row: 0, column: e.path, sv: e.sv, en: e.en })) };
  return { file: parsed.value, problems: [] };
}
