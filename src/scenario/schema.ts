import { z } from "zod";
import { MAX_YEAR, MIN_YEAR } from "../engine/checks";
import type { CostCategory, EffectModel, Financing, PartnerKind, Payer } from "../engine/model";
import type { RepaymentPlanKind } from "../engine/rules";
import type { ExpectationKey } from "./expectations";
import { expectationMarker } from "./expectations";
import type { ScenarioFile } from "./scenarioFile";
import { strictObject } from "./strictObject";

/**
 * The scenario file format (`sinv-scenario/1`, JSON) as a zod schema whose output is exactly
 * {@link ScenarioFile}. Every object is strict, so a misspelt key is an error. Each check
 * carries a marker (`§share`) that the issue formatter turns into words in both languages.
 * References between ids, the rule preset and the price index are checked after the schema,
 * by the engine (see `checkScenarioFile`). Documented field by field in docs/scenario-format.md.
 */

/** The format tag every scenario file starts with. */
export const SCENARIO_FORMAT = "sinv-scenario/1";

const says = (key: ExpectationKey): { error: string } => ({ error: expectationMarker(key) });

const year = z.number(says("year")).int(says("year")).min(MIN_YEAR, says("year")).max(MAX_YEAR, says("year"));
const yearKey = z
  .string(says("yearKey"))
  .regex(/^\d{4}$/, says("yearKey"))
  .refine((k) => Number(k) >= MIN_YEAR && Number(k) <= MAX_YEAR, says("yearKey"));
const amount = z.number(says("amount")).min(0, says("amount"));
const nonNegative = z.number(says("nonNegative")).min(0, says("nonNegative"));
const factor = z.number(says("factor")).min(0, says("factor"));
const share = z.number(says("share")).min(0, says("share")).max(1, says("share"));
const shareBelowOne = z.number(says("shareBelowOne")).min(0, says("shareBelowOne")).lt(1, says("shareBelowOne"));
const overhead = z.number(says("overhead")).min(0, says("overhead")).max(2, says("overhead"));
const whole = z.number(says("wholeNonNegative")).int(says("wholeNonNegative")).min(0, says("wholeNonNegative"));
const rate = z.number(says("rate")).gt(-1, says("rate"));
const months = z.number(says("months")).min(0, says("months")).max(12, says("months"));
const text = z.string(says("text")).regex(/\S/, says("text"));
const freeText = z.string(says("freeText"));
const bool = z.boolean(says("boolean"));

const PARTNER_KINDS = ["association", "foundation", "cooperative", "municipalCompany", "other"] as const satisfies readonly PartnerKind[];
const COST_CATEGORIES = ["staff", "premises", "material", "training", "evaluation", "other"] as const satisfies readonly CostCategory[];
const FINANCINGS = ["fund", "cofinancing"] as const satisfies readonly Financing[];
const PAYERS = ["kommun", "region", "staten"] as const satisfies readonly Payer[];
const EFFECT_MODELS = ["cohort", "annual"] as const satisfies readonly EffectModel[];
const REPAYMENT_PLANS = ["followSavings", "even"] as const satisfies readonly RepaymentPlanKind[];

const department = strictObject("department", { id: text, name: text, area: text });

const partner = strictObject("partner", { name: text, kind: z.enum(PARTNER_KINDS) });

const staff = strictObject("staff", {
  monthlySalary: amount,
  fte: nonNegative,
  payrollOverhead: overhead,
  months: z.record(yearKey, months)
});

const costLine = strictObject("costLine", {
  id: text,
  description: text,
  category: z.enum(COST_CATEGORIES),
  departmentId: text,
  financing: z.enum(FINANCINGS),
  amounts: z.record(yearKey, amount).optional(),
  staff: staff.optional()
}).refine((line) => line.amounts !== undefined || line.staff !== undefined, { ...says("amountsOrStaff"), path: ["amounts"] });

const targetGroup = strictObject("targetGroup", { id: text, name: text, volumes: z.record(yearKey, nonNegative) });

const unitCost = strictObject("unitCost", {
  code: text,
  description: text,
  unit: text,
  cost: amount,
  priceYear: year,
  payer: z.enum(PAYERS),
  source: text
});

const effect = strictObject("effect", {
  id: text,
  name: text,
  targetGroupId: text,
  unitCostCode: text,
  departmentId: text,
  share,
  model: z.enum(EFFECT_MODELS).optional(),
  quantity: nonNegative.optional(),
  duration: whole,
  lag: whole.optional(),
  dropOff: share.optional(),
  deadweight: shareBelowOne.optional()
});

const investment = strictObject("investment", {
  name: text,
  startYear: year,
  endYear: year,
  departments: z.array(department).min(1),
  partners: z.array(partner).optional(),
  costLines: z.array(costLine),
  targetGroups: z.array(targetGroup),
  unitCosts: z.array(unitCost),
  effects: z.array(effect),
  priceYear: year.optional(),
  indexRates: z.record(yearKey, rate).optional()
});

const overrides = strictObject("overrides", {
  horizonYears: whole.optional(),
  feeShare: share.optional(),
  floorShare: share.optional(),
  repaymentModel: bool.optional(),
  repaymentPlan: z.enum(REPAYMENT_PLANS).optional(),
  instalmentYears: whole.optional(),
  minDurationYears: whole.optional(),
  maxDurationYears: whole.optional(),
  maxNewPerYear: whole.optional(),
  discountRate: rate.optional(),
  includeDuring: bool.optional()
});

const rules = strictObject("rules", { preset: text, overrides: overrides.optional() });

const scenario = strictObject("scenario", {
  shareFactor: factor.optional(),
  volumeFactor: factor.optional(),
  unitCostFactor: factor.optional(),
  discountRate: rate.optional(),
  baseYear: year.optional(),
  includeDuring: bool.optional(),
  horizonYears: whole.optional()
});

const actuals = strictObject("actuals", {
  volumes: z.record(z.string(), z.record(yearKey, nonNegative)).optional(),
  shares: z.record(z.string(), share).optional()
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

/** The whole scenario file. Parse with `parseScenario`, which never throws. */
export const scenarioFileSchema = strictObject("file", {
  format: z.literal(SCENARIO_FORMAT, says("format")),
  rules,
  investment,
  scenario: scenario.optional(),
  actuals: actuals.optional(),
  evaluationSchema: z.array(evaluationRow).optional(),
  notes: z.array(freeText).optional(),
  sources: z.array(source).optional()
});

// Compile-time proof that what the schema produces is a ScenarioFile.
const _outputIsScenarioFile = (value: z.output<typeof scenarioFileSchema>): ScenarioFile => value;
