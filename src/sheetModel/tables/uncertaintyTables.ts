/**
 * The input tables of the Osäkerhet sheet (docs/uncertainty.md, "In the workbook"), one spec
 * each, found by their fixed names like every other input table: the ranges (one table per
 * kind, so each row is found by one key: the effect's id, the target group's id, the unit
 * cost's code), the confidence grades of unit costs and effects, and the rules'
 * optimism-bias table. Formula columns (the planned base, the corrections, the keys that
 * follow Effekter and Enhetskostnader) are not required and the read-back ignores them.
 * The sheet exists only when the file has ranges, so these tables are apart from
 * {@link INPUT_TABLE_SPECS} (every workbook has those).
 */
import type { InputKind } from "../../engine/uncertainty/model";
import type { ColumnDef, TableSpec } from "./tableSpec";

/** The columns of a ranges table: what (words), the key, low, the planned base (live), high. */
function rangeColumns(field: "shareRange" | "volumeFactorRange" | "unitCostFactorRange") {
  const kind = field === "shareRange" ? "share" : "nonNegative";
  const numFmt = field === "shareRange" ? "share" : "decimal";
  return [
    { key: "kind", header: "uncKind", kind: "text", required: false },
    { key: "id", header: "id", kind: "text", required: true },
    { key: "low", header: "uncLow", kind, required: true, numFmt, field },
    { key: "base", header: "uncBase", kind, required: false, numFmt },
    { key: "high", header: "uncHigh", kind, required: true, numFmt, field }
  ] as const satisfies readonly ColumnDef[];
}

/** Ranges on effects' shares (base: the planned share on Effekter, a formula). */
export const SHARE_RANGES_TABLE = { name: "SINV_OsakerhetAndelar", columns: rangeColumns("shareRange") } as const satisfies TableSpec;

/** Ranges on target groups' volume factors (base 1). */
export const VOLUME_RANGES_TABLE = { name: "SINV_OsakerhetVolymer", columns: rangeColumns("volumeFactorRange") } as const satisfies TableSpec;

/** Ranges on unit costs' factors (base 1); the key is the unit cost's code. */
export const UNIT_COST_RANGES_TABLE = { name: "SINV_OsakerhetEnhetskostnader", columns: rangeColumns("unitCostFactorRange") } as const satisfies TableSpec;

/** The ranges table of each kind of range. */
export const RANGE_TABLES: Readonly<Record<InputKind, typeof SHARE_RANGES_TABLE | typeof VOLUME_RANGES_TABLE | typeof UNIT_COST_RANGES_TABLE>> = {
  share: SHARE_RANGES_TABLE,
  volumeFactor: VOLUME_RANGES_TABLE,
  unitCostFactor: UNIT_COST_RANGES_TABLE
};

/** The rules' optimism-bias table: grade, its meaning, the correction (an input). */
export const OPTIMISM_BIAS_TABLE = {
  name: "SINV_Optimismkorrigering",
  columns: [
    { key: "grade", header: "uncGrade", kind: "whole", required: true, numFmt: "integer" },
    { key: "meaning", header: "uncMeaning", kind: "text", required: false },
    { key: "correction", header: "uncCorrection", kind: "share", required: true, numFmt: "share", field: "optimismBias" }
  ]
} as const satisfies TableSpec;

/** Each unit cost's confidence grade (blank: none); the code follows SINV_Enhetskostnader. */
export const UNIT_COST_GRADES_TABLE = {
  name: "SINV_KonfidensEnhetskostnader",
  columns: [
    { key: "code", header: "code", kind: "text", required: true },
    { key: "grade", header: "uncGrade", kind: "whole", required: false, numFmt: "integer", field: "confidenceGrade" },
    { key: "correction", header: "uncCorrection", kind: "share", required: false, numFmt: "share" }
  ]
} as const satisfies TableSpec;

/** Each effect's confidence grade (blank: none) with its factor and corrected savings; the id and code follow SINV_Effekter. */
export const EFFECT_GRADES_TABLE = {
  name: "SINV_KonfidensEffekter",
  columns: [
    { key: "id", header: "effect", kind: "text", required: true },
    { key: "code", header: "code", kind: "text", required: false },
    { key: "grade", header: "uncGrade", kind: "whole", required: false, numFmt: "integer", field: "confidenceGrade" },
    { key: "unitCostCorrection", header: "uncUnitCostCorrection", kind: "share", required: false, numFmt: "share" },
    { key: "effectCorrection", header: "uncEffectCorrection", kind: "share", required: false, numFmt: "share" },
    { key: "factor", header: "uncBiasFactor", kind: "nonNegative", required: false, numFmt: "decimal" },
    { key: "window", header: "inWindow", kind: "nonNegative", required: false, numFmt: "money" },
    { key: "corrected", header: "uncCorrectedWindow", kind: "nonNegative", required: false, numFmt: "money" }
  ]
} as const satisfies TableSpec;

/** Every table spec of the Osäkerhet sheet (the template's header checks read them with the other input tables'). */
export const UNCERTAINTY_TABLE_SPECS: readonly TableSpec[] = [SHARE_RANGES_TABLE, VOLUME_RANGES_TABLE, UNIT_COST_RANGES_TABLE, OPTIMISM_BIAS_TABLE, UNIT_COST_GRADES_TABLE, EFFECT_GRADES_TABLE];

/** Every table of the Osäkerhet sheet, by its fixed name. */
export const UNCERTAINTY_TABLES = {
  shareRanges: SHARE_RANGES_TABLE.name,
  volumeRanges: VOLUME_RANGES_TABLE.name,
  unitCostRanges: UNIT_COST_RANGES_TABLE.name,
  optimismBias: OPTIMISM_BIAS_TABLE.name,
  unitCostGrades: UNIT_COST_GRADES_TABLE.name,
  effectGrades: EFFECT_GRADES_TABLE.name
} as const;

/** The workbook names of the sheet's settings: the seed and the number of draws SINV makes. */
export const UNCERTAINTY_SETTING_NAMES = { seed: "SINV_Seed", draws: "SINV_Draws" } as const;
