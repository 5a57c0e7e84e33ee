/**
 * Every input table the application workbook holds, one spec each (see {@link TableSpec}):
 * the fixed name the add-in finds it by, and its columns in order.
 */
import type { Payer } from "../../engine/model";
import type { TableSpec } from "./tableSpec";

/** The payer whose savings are the municipality's (repaid, counted in the approval test); the others are societal. */
export const MUNICIPAL_PAYER: Payer = "kommun";

/** Departments (committees) with their areas, on Parametrar. */
export const DEPARTMENTS_TABLE = {
  name: "SINV_Forvaltningar",
  columns: [
    { key: "id", header: "id", kind: "text", required: true },
    { key: "name", header: "name", kind: "text", required: true },
    { key: "area", header: "area", kind: "text", required: true }
  ]
} as const satisfies TableSpec;

/** Civil-society partners and municipal companies, on Parametrar. */
export const PARTNERS_TABLE = {
  name: "SINV_Partner",
  columns: [
    { key: "name", header: "name", kind: "text", required: true },
    {
      key: "kind",
      header: "category",
      kind: "token",
      required: true,
      tokens: [
        { value: "association", also: ["förening"] },
        { value: "foundation", also: ["stiftelse"] },
        { value: "cooperative", also: ["kooperativ"] },
        { value: "municipalCompany", also: ["kommunalt bolag"] },
        { value: "other", also: ["annat"] }
      ]
    }
  ]
} as const satisfies TableSpec;

const FINANCING = {
  key: "financing",
  header: "financing",
  kind: "token",
  required: true,
  tokens: [
    { value: "fund", label: "fund" },
    { value: "cofinancing", label: "cofinanced" }
  ]
} as const;

/** Cost lines with fixed amounts per year, on Kostnadskalkyl. */
export const COSTS_TABLE = {
  name: "SINV_Kostnader",
  columns: [
    { key: "id", header: "id", kind: "text", required: true },
    { key: "description", header: "description", kind: "text", required: false },
    {
      key: "category",
      header: "category",
      kind: "token",
      required: true,
      tokens: [
        { value: "staff", label: "catStaff" },
        { value: "premises", label: "catPremises" },
        { value: "material", label: "catMaterial" },
        { value: "training", label: "catTraining" },
        { value: "evaluation", label: "catEvaluation" },
        { value: "other", label: "catOther" }
      ]
    },
    { key: "department", header: "department", kind: "text", required: true },
    FINANCING
  ],
  years: { numFmt: "money", field: "amounts" }
} as const satisfies TableSpec;

/** Staff lines (salary × FTE × months × (1 + overhead)), months per year, on Kostnadskalkyl. */
export const STAFF_TABLE = {
  name: "SINV_Personal",
  columns: [
    { key: "id", header: "id", kind: "text", required: true },
    { key: "description", header: "description", kind: "text", required: false },
    { key: "department", header: "department", kind: "text", required: true },
    FINANCING,
    { key: "salary", header: "monthlySalary", kind: "nonNegative", required: true, numFmt: "money", field: "monthlySalary" },
    { key: "fte", header: "fte", kind: "nonNegative", required: true, numFmt: "decimal", field: "fte" },
    { key: "po", header: "payrollOverhead", kind: "nonNegative", required: true, numFmt: "share", field: "payrollOverhead" }
  ],
  years: { numFmt: "decimal", field: "months" }
} as const satisfies TableSpec;

/** Individuals entering per target group and year, on Målgrupper. */
export const TARGET_GROUPS_TABLE = {
  name: "SINV_Malgrupper",
  columns: [
    { key: "id", header: "id", kind: "text", required: true },
    { key: "name", header: "targetGroup", kind: "text", required: true }
  ],
  years: { numFmt: "integer", field: "volumes" }
} as const satisfies TableSpec;

/** The unit costs used, on Enhetskostnader (read back by the unit-cost table reader). */
export const UNIT_COSTS_TABLE = {
  name: "SINV_Enhetskostnader",
  columns: [
    { key: "code", header: "code", kind: "text", required: true },
    { key: "description", header: "description", kind: "text", required: false },
    { key: "unit", header: "unit", kind: "text", required: false },
    { key: "cost", header: "cost", kind: "nonNegative", required: true, numFmt: "money", field: "cost" },
    { key: "priceYear", header: "priceYear", kind: "year", required: true, numFmt: "year", field: "priceYear" },
    { key: "payer", header: "payer", kind: "token", required: true, tokens: [{ value: MUNICIPAL_PAYER }, { value: "region" }, { value: "staten" }] },
    { key: "source", header: "source", kind: "text", required: false }
  ]
} as const satisfies TableSpec;

/** The effects: target group, unit cost, department and the cohort parameters, on Effekter. */
export const EFFECTS_TABLE = {
  name: "SINV_Effekter",
  columns: [
    { key: "id", header: "id", kind: "text", required: true },
    { key: "name", header: "effect", kind: "text", required: false },
    { key: "group", header: "targetGroup", kind: "text", required: true },
    { key: "code", header: "code", kind: "text", required: true },
    { key: "department", header: "department", kind: "text", required: true },
    { key: "share", header: "share", kind: "share", required: true, numFmt: "share", field: "share" },
    { key: "quantity", header: "quantity", kind: "nonNegative", required: false, numFmt: "decimal", field: "quantity" },
    { key: "duration", header: "durationYears", kind: "whole", required: true, numFmt: "integer", field: "duration" },
    { key: "lag", header: "lag", kind: "whole", required: false, numFmt: "integer", field: "lag" },
    { key: "dropOff", header: "dropOff", kind: "share", required: false, numFmt: "share", field: "dropOff" },
    { key: "deadweight", header: "deadweight", kind: "shareBelowOne", required: false, numFmt: "share", field: "deadweight" },
    {
      key: "model",
      header: "model",
      kind: "token",
      required: false,
      tokens: [
        { value: "cohort", label: "modelCohort" },
        { value: "annual", label: "modelAnnual" }
      ]
    }
  ]
} as const satisfies TableSpec;

/** The price index (PKV) per year, on Parametrar. */
export const PRICE_INDEX_TABLE = {
  name: "SINV_Prisindex",
  columns: [
    { key: "year", header: "year", kind: "year", required: true, numFmt: "year", field: "years" },
    { key: "rate", header: "indexRate", kind: "rate", required: false, numFmt: "share", field: "indexRates" }
  ]
} as const satisfies TableSpec;

/** Actual volumes per target group and year (blank: the plan, a forecast), on Uppföljning. */
export const ACTUAL_VOLUMES_TABLE = { ...TARGET_GROUPS_TABLE, name: "SINV_UtfallVolymer" } as const satisfies TableSpec;

/** Actual shares per effect (blank: the planned share), on Uppföljning. */
export const ACTUAL_SHARES_TABLE = {
  name: "SINV_UtfallAndelar",
  columns: [
    { key: "id", header: "effect", kind: "text", required: true },
    { key: "planned", header: "plannedShare", kind: "share", required: false, numFmt: "share", field: "share" },
    { key: "actual", header: "actualShare", kind: "share", required: false, numFmt: "share", field: "share" }
  ]
} as const satisfies TableSpec;

/**
 * Actual costs per cost line and year (blank: not given, the budget stands in, a forecast),
 * on Uppföljning: one row per cost line of the cost calculation (staff lines included, as
 * engine/costFollowUp.ts counts them), a column per cost year (engine costYears). The
 * description is for reading; the read-back takes the id and the years.
 */
export const ACTUAL_COSTS_TABLE = {
  name: "SINV_UtfallKostnader",
  columns: [
    { key: "id", header: "id", kind: "text", required: true },
    { key: "description", header: "description", kind: "text", required: false }
  ],
  years: { numFmt: "money", field: "amounts" }
} as const satisfies TableSpec;

/** The evaluation schema, on Utvärderingsschema. */
export const EVALUATION_TABLE = {
  name: "SINV_Utvardering",
  columns: [
    { key: "goal", header: "goal", kind: "text", required: false },
    { key: "activity", header: "activity", kind: "text", required: false },
    { key: "activityMeasures", header: "activityMeasures", kind: "text", required: false },
    { key: "effectMeasures", header: "effectMeasures", kind: "text", required: false },
    { key: "indicators", header: "indicators", kind: "text", required: false },
    { key: "economicEffects", header: "economicEffects", kind: "text", required: false }
  ]
} as const satisfies TableSpec;

/** The fixed names of the input tables (ListObjects) the add-in finds wherever they are. */
export const TABLES = {
  departments: DEPARTMENTS_TABLE.name,
  partners: PARTNERS_TABLE.name,
  costs: COSTS_TABLE.name,
  staff: STAFF_TABLE.name,
  targetGroups: TARGET_GROUPS_TABLE.name,
  unitCosts: UNIT_COSTS_TABLE.name,
  effects: EFFECTS_TABLE.name,
  priceIndex: PRICE_INDEX_TABLE.name,
  actualVolumes: ACTUAL_VOLUMES_TABLE.name,
  actualShares: ACTUAL_SHARES_TABLE.name,
  actualCosts: ACTUAL_COSTS_TABLE.name,
  evaluation: EVALUATION_TABLE.name
} as const;

/** The workbook name of the parameter block (labels in A, values in B) on Parametrar. */
export const PARAMETERS_NAME = "SINV_Parametrar";

/** The workbook name of the investment's name on Översikt. */
export const INVESTMENT_NAME = "SINV_Investment";

/** Every input table the workbook holds (their headers are template labels). */
export const INPUT_TABLE_SPECS: readonly TableSpec[] = [
  DEPARTMENTS_TABLE,
  PARTNERS_TABLE,
  COSTS_TABLE,
  STAFF_TABLE,
  TARGET_GROUPS_TABLE,
  UNIT_COSTS_TABLE,
  EFFECTS_TABLE,
  PRICE_INDEX_TABLE,
  ACTUAL_VOLUMES_TABLE,
  ACTUAL_SHARES_TABLE,
  ACTUAL_COSTS_TABLE,
  EVALUATION_TABLE
];
