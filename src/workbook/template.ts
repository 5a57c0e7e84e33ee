import { duplicateKeyMessage, findDuplicateKey } from "../scenario/duplicateKeys";
import { z } from "zod";
import { templateRuleIssues } from "./templateRules";
import type { AmountUnit, PrintSettings } from "./printTemplate";
import { amountUnitSchema, printSchema } from "./printTemplate";

/** A text in both languages. */
export interface Bilingual {
  readonly sv: string;
  readonly en: string;
}

/** The sheets of the application workbook, by key. */
export const SHEET_KEYS = [
  "overview",
  "parameters",
  "costs",
  "targetGroups",
  "unitCosts",
  "effects",
  "repayment",
  "sensitivity",
  "followUp",
  "evaluation",
  "societal",
  "checks",
  "uncertainty"
] as const;

/** A sheet's key. */
export type SheetKey = (typeof SHEET_KEYS)[number];

/** Every label the generator writes; a template must give each in both languages. */
export const LABEL_KEYS = [
  // common
  "year", "total", "id", "name", "department", "area", "note", "source", "sumMunicipality", "inputHint", "generatedBy",
  // overview
  "overviewTitle", "investment", "period", "departments", "partners", "rules", "totalCost", "cofinancing", "savings10y",
  "savingsDuring", "ratio", "approved", "margin", "payback", "notPaidBack", "breakEvenFactor", "breakEvenShare",
  "breakEvenText", "breakEvenPerEffect", "notReachable", "plannedRepayment", "actualRepaymentTotal", "eligibility", "eligible", "yes", "no", "collaboration", "duration", "newPerYear",
  "newPerYearNote", "examplesNotes", "sources",
  // parameters
  "parametersTitle", "parameter", "value", "explanation", "ruleSet", "startYear", "endYear", "horizonYears", "feeShare",
  "floorShare", "repaymentModel", "discountRate", "baseYear", "includeDuring", "shareFactor", "volumeFactor",
  "unitCostFactor", "priceYear", "repaymentPlanKind", "planFollowSavings", "planEven", "instalmentYears", "minDuration",
  "maxDuration", "maxNewPerYear", "priceIndexTitle", "indexRate", "indexChain", "scenarioNote",
  // costs
  "costsTitle", "costLines", "staffLines", "category", "financing", "fund", "cofinanced", "monthlySalary", "fte",
  "payrollOverhead", "monthsHint", "staffCostPerYear", "costPerYear", "fundPerYear", "cofinancingPerYear",
  "costByDepartment", "costByCategory", "catStaff", "catPremises", "catMaterial", "catTraining", "catEvaluation", "catOther",
  // target groups
  "targetGroupsTitle", "targetGroup", "volumesHint",
  // unit costs
  "unitCostsTitle", "code", "description", "unit", "cost", "payer", "indexedCost", "unitCostRow", "unitCostCounted", "unitCostsExample",
  // effects
  "effectsTitle", "effect", "share", "quantity", "durationYears", "lag", "dropOff", "deadweight", "model", "modelCohort",
  "modelAnnual", "savingsPerEffect", "effectVolumes", "groupMatches", "savingsPerDepartment", "inWindow", "cumulative", "paybackFlag", "windowRow",
  "chartData", "chartCumulative", "cumulativeSavings", "cumulativeCost",
  // repayment
  "repaymentTitle", "noRepaymentModel", "windowSavings", "positivePart", "weight", "repaymentPlan", "owed",
  // sensitivity
  "sensitivityTitle", "variable", "change", "savingsAtChange", "ratioAtChange", "approvedAtChange", "shareAbove",
  "baseCase", "chartSensitivity",
  // follow-up
  "followUpTitle", "actualVolumes", "actualShares", "plannedShare", "actualShare", "actualOrForecast", "markActual", "markForecast", "actualSavingsPerEffect", "actualEffectVolumes",
  "actualByDepartment", "plannedWindow", "actualWindow", "variance", "actualRepayment", "followUpHint",
  "actualCosts", "costLine", "costBudget", "costActualOrBudget", "costVariance",
  // evaluation
  "evaluationTitle", "goal", "activity", "activityMeasures", "effectMeasures", "indicators", "economicEffects",
  // societal
  "societalTitle", "societalNote", "societalPerYear", "exclusionCost", "exclusionNote",
  // checks, and their status line on the overview
  "checksTitle", "checksNote", "checksAllOk", "checksFailedCount", "checksOnBaseCase", "checksTolerance", "checkDescription", "checkFound",
  "checkExpected", "checkDifference", "checkOk", "checksBaseCaseTitle", "checksSumsTitle", "checksLookupsTitle", "checksRangesTitle",
  "checkCostFinancing", "checkCostLines", "checkCostFund", "checkCostDepartments", "checkCostCategories", "checkSavingsWindow",
  "checkSavingsYears", "checkCumulative", "checkRepaymentSplit", "checkRepaymentPlan", "checkActualSavings", "checkCostBudget", "checkCostVariance",
  "checksStatus", "checksStatusOk", "checksStatusFailed", "scenarioBanner",
  // uncertainty (docs/uncertainty.md)
  "uncTitle", "uncNote", "uncSeed", "uncDraws", "uncDrawsOf", "uncRanges", "uncKind", "uncLow", "uncBase", "uncHigh", "uncKindShare", "uncKindVolume", "uncKindUnitCost", "uncResults", "uncPApproved", "uncPFull", "uncExpectedRepayment", "uncP10", "uncP50", "uncP90", "uncPerDepartment", "uncTornado", "uncAtLow", "uncAtHigh", "uncSwing", "uncGrades", "uncGrade", "uncMeaning", "uncCorrection", "uncUnitCostGrades", "uncEffectGrades", "uncUnitCostCorrection", "uncEffectCorrection", "uncBiasFactor", "uncCorrectedWindow", "uncUncorrected", "uncCorrected", "uncParts", "uncFixed", "uncFloor", "uncCap", "uncDrawsTitle", "uncDraw", "uncUniform", "uncRatio", "uncFactor", "uncSavings", "uncApproved", "uncFull", "uncRepaid", "uncNoRepayment",
  // words for readers where an input table is empty
  "noStaffLines", "noSocietalEffects"
] as const;

/** A label's key. */
export type LabelKey = (typeof LABEL_KEYS)[number];

/** Number formats the generator uses. */
export interface NumberFormats {
  readonly money: string;
  readonly share: string;
  readonly year: string;
  readonly ratio: string;
  readonly decimal: string;
  readonly integer: string;
  /** A factor such as the break-even factor (0.753); "0.000" when a template leaves it out. */
  readonly factor: string;
}

/** A validated template: layout, labels and formats as data. */
export interface Template {
  readonly format: "sinv-template/1";
  readonly id: string;
  readonly name: Bilingual;
  readonly sheets: Readonly<Record<SheetKey, Bilingual>>;
  readonly labels: Readonly<Record<LabelKey, Bilingual>>;
  readonly numberFormats: NumberFormats;
  readonly columnWidths: { readonly label: number; readonly text: number; readonly value: number; readonly year: number };
  /** Relative changes shown on the sensitivity sheet, e.g. −0.5, −0.25, 0.25. */
  readonly sensitivity: readonly number[];
  /** Empty rows offered in the evaluation schema when the scenario has none. */
  readonly evaluationRows: number;
  /** The unit amounts are shown in to readers (kr, tkr, mnkr); the values stay in kronor. */
  readonly amountUnit: AmountUnit;
  /** How the sheets print (src/workbook/printTemplate.ts). */
  readonly print: PrintSettings;
}

/** One problem with a template file. */
export interface TemplateIssue {
  readonly path: string;
  readonly sv: string;
  readonly en: string;
}

const bilingual = z.strictObject({ sv: z.string().min(1), en: z.string().min(1) });
// Excel's rules for sheet names (length, characters, "History", uniqueness) are in templateRules.ts.
const sheetName = z.string();
const sheetNames = z.strictObject({ sv: sheetName, en: sheetName });

const schema = z.strictObject({
  format: z.literal("sinv-template/1"),
  id: z.string().min(1),
  name: bilingual,
  sheets: z.strictObject(Object.fromEntries(SHEET_KEYS.map((k) => [k, sheetNames])) as Record<SheetKey, typeof sheetNames>),
  labels: z.strictObject(Object.fromEntries(LABEL_KEYS.map((k) => [k, bilingual])) as Record<LabelKey, typeof bilingual>),
  numberFormats: z.strictObject({
    money: z.string().min(1),
    share: z.string().min(1),
    year: z.string().min(1),
    ratio: z.string().min(1),
    decimal: z.string().min(1),
    integer: z.string().min(1),
    // Decided here: templates written before this format existed keep working.
    factor: z.string().min(1).default("0.000")
  }),
  columnWidths: z.strictObject({
    label: z.number().min(4).max(100),
    text: z.number().min(4).max(100),
    value: z.number().min(4).max(100),
    year: z.number().min(4).max(100)
  }),
  sensitivity: z.array(z.number().gt(-1).lt(10)).min(1).max(12),
  evaluationRows: z.number().int().min(0).max(100),
  amountUnit: amountUnitSchema,
  print: printSchema
});

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "") || "(template)";
}

/**
 * Validates a template file's JSON: its shape here, then every rule Excel, the formulas and
 * the read-back have for its names, labels and formats (src/workbook/templateRules.ts).
 * Every problem is reported with its path, in Swedish and English.
 *
 * @example
 * const r = parseTemplate({ format: "sinv-template/1" });
 * r.ok; // false — r.issues names "id", "name", "sheets", … as missing
 */
export function parseTemplate(input: unknown): { ok: true; value: Template } | { ok: false; issues: TemplateIssue[] } {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => {
        const path = pathOf(i.path);
        const missing = i.code === "invalid_type" && /received undefined/.test(i.message);
        if (i.code === "unrecognized_keys") {
          const keys = (i as { keys?: string[] }).keys?.join(", ") ?? "";
          return { path, sv: `Mallen: ${path} har en okänd nyckel: ${keys}.`, en: `Template: ${path} has an unknown key: ${keys}.` };
        }
        return missing
          ? { path, sv: `Mallen saknar ${path}.`, en: `The template lacks ${path}.` }
          : { path, sv: `Mallen: ${path} är ogiltigt (${i.message}).`, en: `Template: ${path} is invalid (${i.message}).` };
      })
    };
  }
  const issues = templateRuleIssues(parsed.data as Template);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: parsed.data as Template };
}

/**
 * Parses a template from its text (a user-chosen file): invalid JSON is an issue too. One
 * byte-order mark (as Windows editors save UTF-8) is read past; a second is refused.
 *
 * @example
 * parseTemplateText("{").ok; // false
 * parseTemplateText("\uFEFF" + orebroJson).ok; // true
 */
export function parseTemplateText(text: string, defaults?: Template): { ok: true; value: Template; filled: string[] } | { ok: false; issues: TemplateIssue[] } {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (body.startsWith("\uFEFF")) {
    return { ok: false, issues: [{ path: "(file)", sv: "Mallfilen börjar med två byteordningsmärken (BOM); spara den som UTF-8.", en: "The template file begins with two byte-order marks (BOM); save it as UTF-8." }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, issues: [{ path: "(file)", sv: `Mallfilen är inte giltig JSON: ${reason}`, en: `The template file is not valid JSON: ${reason}` }] };
  }
  const twice = findDuplicateKey(body);
  if (twice) return { ok: false, issues: [duplicateKeyMessage(twice)] };
  const completed = defaults === undefined ? { input: json, filled: [] } : withDefaultTexts(json, defaults);
  const parsed = parseTemplate(completed.input);
  return parsed.ok ? { ...parsed, filled: completed.filled } : parsed;
}

/**
 * A template written before SINV added a sheet or a label, completed with SINV's own
 * names and texts for those (from `defaults`, the bundled template), so that it keeps
 * working after an update; `filled` names what was taken, e.g. "labels.checksTitle". Only
 * keys that are missing are filled: a key given with a bad value is still refused.
 *
 * @example
 * withDefaultTexts({ ...myTemplate, labels: { ...allButOne } }, orebro).filled; // ["labels.checksTitle"]
 */
export function withDefaultTexts(input: unknown, defaults: Template): { input: unknown; filled: string[] } {
  if (input === null || typeof input !== "object" || Array.isArray(input)) return { input, filled: [] };
  const record = input as Record<string, unknown>;
  const filled: string[] = [];
  const complete = (part: "sheets" | "labels", keys: readonly string[], from: Readonly<Record<string, Bilingual>>): unknown => {
    const given = record[part];
    if (given === null || typeof given !== "object" || Array.isArray(given)) return given;
    const out: Record<string, unknown> = { ...(given as Record<string, unknown>) };
    for (const key of keys) {
      if (Object.prototype.hasOwnProperty.call(out, key)) continue;
      out[key] = from[key];
      filled.push(`${part}.${key}`);
    }
    return out;
  };
  const sheets = complete("sheets", SHEET_KEYS, defaults.sheets);
  const labels = complete("labels", LABEL_KEYS, defaults.labels);
  return { input: { ...record, sheets, labels }, filled };
}
