import { z } from "zod";
import type { ScenarioFile } from "./scenarioFile";
import { booleanField, enumField, numberField, says, textField, yearKey } from "./fieldSchema";
import { strictObject } from "./strictObject";
import { GRADE_COUNT } from "../engine/uncertainty/confidenceGrades";

/**
 * The scenario file format (`sinv-scenario/1`, JSON) as a zod schema whose output is exactly
 * {@link ScenarioFile}. Every object is strict, so a misspelt key is an error. Every leaf is
 * a field of the field table (engine/fields), with its bounds and its words: nothing here
 * writes a bound. References between ids, the rule preset and the price index are checked
 * after the schema, by the engine (see `checkScenarioFile`). Documented field by field in
 * docs/scenario-format.md.
 */

/** The format tag every scenario file starts with. */
export const SCENARIO_FORMAT = "sinv-scenario/1";

const year = (name: "startYear" | "endYear" | "priceYear" | "baseYear"): z.ZodNumber => numberField(name);
const byYear = <T extends z.ZodType>(value: T) => z.record(yearKey(), value);
const id = textField("id");
const reference = textField("reference");
const text = textField("text");
const freeText = textField("freeText");

/** A three-point range's outer points, each a value of the field it varies (docs/uncertainty.md). */
const range = (name: "shareRange" | "volumeFactorRange" | "unitCostFactorRange") => strictObject("range", { low: numberField(name), high: numberField(name) });
const grade = numberField("confidenceGrade");

const department = strictObject("department", { id, name: text, area: text });

const partner = strictObject("partner", { name: text, kind: enumField("partnerKind") });

const staff = strictObject("staff", {
  monthlySalary: numberField("monthlySalary"),
  fte: numberField("fte"),
  payrollOverhead: numberField("payrollOverhead"),
  months: byYear(numberField("months"))
});

const costLine = strictObject("costLine", {
  id,
  description: text,
  category: enumField("category"),
  departmentId: reference,
  financing: enumField("financing"),
  amounts: byYear(numberField("amounts")).optional(),
  staff: staff.optional()
}).refine((line) => line.amounts !== undefined || line.staff !== undefined, { ...says("amountsOrStaff"), path: ["amounts"] });

const targetGroup = strictObject("targetGroup", {
  id,
  name: text,
  volumes: byYear(numberField("volumes")),
  uncertainty: strictObject("targetGroupUncertainty", { volumeFactor: range("volumeFactorRange").optional() }).optional()
});

const unitCost = strictObject("unitCost", {
  code: textField("code"),
  description: text,
  unit: text,
  cost: numberField("cost"),
  priceYear: year("priceYear"),
  payer: enumField("payer"),
  source: text,
  uncertainty: strictObject("unitCostUncertainty", { unitCostFactor: range("unitCostFactorRange").optional(), confidenceGrade: grade.optional() }).optional()
});

const effect = strictObject("effect", {
  id,
  name: text,
  targetGroupId: reference,
  unitCostCode: reference,
  departmentId: reference,
  share: numberField("share"),
  model: enumField("model").optional(),
  quantity: numberField("quantity").optional(),
  duration: numberField("duration"),
  lag: numberField("lag").optional(),
  dropOff: numberField("dropOff").optional(),
  deadweight: numberField("deadweight").optional(),
  uncertainty: strictObject("effectUncertainty", { share: range("shareRange").optional(), confidenceGrade: grade.optional() }).optional()
});

const investment = strictObject("investment", {
  name: text,
  startYear: year("startYear"),
  endYear: year("endYear"),
  departments: z.array(department).min(1),
  partners: z.array(partner).optional(),
  costLines: z.array(costLine),
  targetGroups: z.array(targetGroup),
  unitCosts: z.array(unitCost),
  effects: z.array(effect),
  priceYear: year("priceYear").optional(),
  indexRates: byYear(numberField("indexRates")).optional()
});

const overrides = strictObject("overrides", {
  horizonYears: numberField("horizonYears").optional(),
  feeShare: numberField("feeShare").optional(),
  floorShare: numberField("floorShare").optional(),
  repaymentModel: booleanField("repaymentModel").optional(),
  repaymentPlan: enumField("repaymentPlan").optional(),
  instalmentYears: numberField("instalmentYears").optional(),
  minDurationYears: numberField("minDurationYears").optional(),
  maxDurationYears: numberField("maxDurationYears").optional(),
  maxNewPerYear: numberField("maxNewPerYear").optional(),
  discountRate: numberField("discountRate").optional(),
  includeDuring: booleanField("includeDuring").optional(),
  optimismBias: z.array(numberField("optimismBias")).length(GRADE_COUNT, says("optimismBiasCount")).optional()
});

const rules = strictObject("rules", { preset: text, overrides: overrides.optional() });

const scenario = strictObject("scenario", {
  shareFactor: numberField("shareFactor").optional(),
  volumeFactor: numberField("volumeFactor").optional(),
  unitCostFactor: numberField("unitCostFactor").optional(),
  discountRate: numberField("discountRate").optional(),
  baseYear: year("baseYear").optional(),
  includeDuring: booleanField("includeDuring").optional(),
  horizonYears: numberField("horizonYears").optional()
});

// Keyed by ids (the key rule): a key such as "__proto__" is refused here, before a record could drop it.
const actuals = strictObject("actuals", {
  volumes: z.record(reference, byYear(numberField("volumes"))).optional(),
  shares: z.record(reference, numberField("share")).optional(),
  costs: z.record(reference, byYear(numberField("amounts"))).optional()
});

const evaluationRow = strictObject("evaluationRow", {
  goal: text,
  activity: freeText.default(""),
  activityMeasures: freeText.default(""),
  effectMeasures: freeText.default(""),
  indicators: freeText.default(""),
  economicEffects: freeText.default("")
});

const source = strictObject("source", { title: text, url: text.optional() });

const uncertainty = strictObject("uncertainty", { draws: numberField("draws").optional(), seed: numberField("seed").optional() });

/** The whole scenario file. Parse with `parseScenario`, which never throws. */
export const scenarioFileSchema = strictObject("file", {
  format: z.literal(SCENARIO_FORMAT, says("format")),
  rules,
  investment,
  scenario: scenario.optional(),
  actuals: actuals.optional(),
  uncertainty: uncertainty.optional(),
  evaluationSchema: z.array(evaluationRow).optional(),
  notes: z.array(freeText).optional(),
  sources: z.array(source).optional()
});

// Compile-time proof that what the schema produces is a ScenarioFile.
const _outputIsScenarioFile = (value: z.output<typeof scenarioFileSchema>): ScenarioFile => value;
