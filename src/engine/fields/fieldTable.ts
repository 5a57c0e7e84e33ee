/**
 * THE FIELD TABLE: every input field of SINV with its kind, its valid range and what it
 * expects in words (Swedish and English). The scenario schema (zod), the engine's
 * validation, the pane's number fields and the custom functions' argument checks are
 * derived from it; no other file writes a bound.
 *
 * `at` lists where a field stands in a scenario file (`[]` a list item, `{year}` a year
 * key, `{id}` an id key); `args` lists the custom-function arguments it governs
 * (`FUNCTION.argument`). Both drive the generated test that every face enforces the same
 * bounds (test/engine/fieldTable.test.ts).
 *
 * Limits "decided here" (issue 8: nothing may overflow, nothing may run away):
 * - Years 1900–2200 (MODEL.md; the engine's calendar). Whole years only.
 * - Money at most 1 000 000 000 000 kr (10^12) per value, signed money (savings) within
 *   ±10^12: a thousand times the largest Swedish municipality's yearly budget, so
 *   volume × share × unit cost × quantity × factors stays far below 10^308 and exact in
 *   decimal.js, and sums over 351 years stay finite as JavaScript numbers.
 * - Volumes at most 10 000 000 individuals per year (Sweden has 10.6 million people).
 * - Quantity at most 10 000 units per individual and year (a year has at most 8 784 hours).
 * - FTE at most 1 000 on one staff line.
 * - Factors 0–10 (the pane's number field allowed 10 before; beyond that a scenario is a
 *   different investment), exploring 0–3 (0–2 for unit costs) on the slider.
 * - Rates (discount, price index) −0.5 … 1 (−50 % to +100 % a year; before: anything
 *   above −1). Savings are discounted over at most 350 years (base year and savings years
 *   both within 1900 … 2250), and (1 + r)^±350 must stay finite: at r = −0.99 it is
 *   10^700, and "besparing ∞ kr" followed (issue 8); within −0.5 … 1 it stays below 10^106.
 * - Horizon 1–50 years and instalments 1–50 years: the timeline (at most 2200 − 1900 + 50
 *   years) fits a sheet's columns; a horizon of 0 counts no savings at all, and 0
 *   instalments cannot repay.
 * - Duration and lag of an effect, and the rules' shortest and longest duration, whole
 *   0–100 years (the pane's limit before).
 * - At most 100 new investments per year in a rule set.
 * - Uncertainty (docs/uncertainty.md): ranges are shares (0–1) or factors (0–10) as the
 *   values they vary; confidence grades whole 1–6; at most 100 000 draws (10 000 take about
 *   100 ms for 30 effects: bench/; more changes no probability's second decimal); a seed is a
 *   whole number 0 … 4 294 967 295 (the generator's 32-bit state).
 * - STAFFCOST's `months` (a custom-function argument: months in total, which the public
 *   contract allows beyond a year) 0–1 200; a staff basis's months per year 0–12.
 * - Text at most 32 767 characters (Excel's limit for a cell), without the characters a cell
 *   cannot hold (control characters other than tab and line breaks, lone surrogates,
 *   U+FFFE/U+FFFF: fields/textCharacters.ts); ids and codes follow the key rule
 *   (engine/key.ts, at most 64 characters).
 */
import { KEY_MAX_LENGTH } from "../key";
import type { CostCategory, EffectModel, Financing, PartnerKind, Payer } from "../model";
import type { RepaymentPlanKind } from "../rules";
import type { BooleanSpec, EnumSpec, ExploreRange, FieldSpec, NumberKind, NumberSpec, TextKind, TextSpec, Words } from "./fieldSpec";
import { boundText, rangeText } from "./fieldSpec";
import { GRADE_COUNT } from "../uncertainty/confidenceGrades";

/** The earliest and latest year SINV accepts. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
/** Excel's limit for the text in one cell. */
export const MAX_TEXT_LENGTH = 32767;
const MAX_MONEY = 1e12;
const MAX_VOLUME = 1e7;
const MAX_QUANTITY = 1e4;
const MAX_FTE = 1000;
const MAX_FACTOR = 10;
const MIN_RATE = -0.5;
const MAX_RATE = 1;
const MAX_OVERHEAD = 2;
const MONTHS_PER_YEAR = 12;
const MAX_STAFF_MONTHS = 1200;
const MAX_HORIZON_YEARS = 50;
const MAX_EFFECT_YEARS = 100;
const MAX_NEW_PER_YEAR = 100;
const MAX_DRAWS = 100000;
const MAX_SEED = 4294967295;

/** How a field stands in the table: its rule, where it is in a file, which arguments it governs. */
export type FieldEntry = FieldSpec & { readonly at?: readonly string[]; readonly args?: readonly string[] };

type Place = Pick<FieldEntry, "at" | "args">;

function num(kind: NumberKind, bounds: Pick<NumberSpec, "min" | "max" | "minExclusive" | "maxExclusive" | "whole" | "explore">, words: Words, place: Place): NumberSpec & Place {
  return { type: "number", kind, ...bounds, words, ...place };
}

const money = (place: Place): NumberSpec & Place =>
  num("money", { min: 0, max: MAX_MONEY }, { sv: `ett belopp i kronor, ett tal ≥ 0 och högst ${boundText(MAX_MONEY)}`, en: `an amount in kronor, a number ≥ 0 and at most ${boundText(MAX_MONEY)}` }, place);
const signedMoney = (place: Place): NumberSpec & Place =>
  num("signedMoney", { min: -MAX_MONEY, max: MAX_MONEY }, { sv: `ett belopp i kronor, ${rangeText({ min: -MAX_MONEY, max: MAX_MONEY }, "sv")} (negativt: kostnaderna ökade)`, en: `an amount in kronor, ${rangeText({ min: -MAX_MONEY, max: MAX_MONEY }, "en")} (negative: costs rose)` }, place);
const share = (place: Place): NumberSpec & Place =>
  num("share", { min: 0, max: 1 }, { sv: "en andel mellan 0 och 1 (0.3 betyder 30 %)", en: "a share between 0 and 1 (0.3 means 30 %)" }, place);
const year = (place: Place): NumberSpec & Place =>
  num("year", { min: MIN_YEAR, max: MAX_YEAR, whole: true }, { sv: `ett helt årtal ${MIN_YEAR}–${MAX_YEAR}`, en: `a whole year ${MIN_YEAR}–${MAX_YEAR}` }, place);
const rate = (place: Place): NumberSpec & Place =>
  num("rate", { min: MIN_RATE, max: MAX_RATE }, { sv: `en förändring som andel, ${rangeText({ min: MIN_RATE, max: MAX_RATE }, "sv")} (0.028 betyder 2,8 %)`, en: `a rate as a share, ${rangeText({ min: MIN_RATE, max: MAX_RATE }, "en")} (0.028 means 2.8 %)` }, place);
const factor = (explore: number, place: Place): NumberSpec & Place & { readonly explore: ExploreRange } => {
  const range = { min: 0, max: explore, step: 0.05 };
  return { ...num("factor", { min: 0, max: MAX_FACTOR }, { sv: `en faktor 0–${MAX_FACTOR} (1 betyder oförändrat)`, en: `a factor 0–${MAX_FACTOR} (1 means unchanged)` }, place), explore: range };
};
const wholeYears = (min: number, max: number, place: Place): NumberSpec & Place =>
  num("count", { min, max, whole: true }, { sv: `ett heltal ${min}–${max} (antal år)`, en: `a whole number of years ${min}–${max}` }, place);
const text = (kind: TextKind, words: Words, place: Place): TextSpec & Place => ({ type: "text", kind, maxLength: kind === "key" ? KEY_MAX_LENGTH : MAX_TEXT_LENGTH, words, ...place });
const key = (place: Place): TextSpec & Place =>
  text("key", { sv: `ett id eller en kod: börjar med en bokstav; bokstäver, siffror, _, -, . och mellanslag; högst ${KEY_MAX_LENGTH} tecken`, en: `an id or code: begins with a letter; letters, digits, _, -, . and spaces; at most ${KEY_MAX_LENGTH} characters` }, place);
/** What every text field refuses besides its length (fields/textCharacters.ts). */
const CELL_CHARACTERS: Words = { sv: "utan styrtecken (tabb och radbrytning går bra), halva tecken eller U+FFFE/U+FFFF", en: "without control characters (tabs and line breaks are fine), half characters or U+FFFE/U+FFFF" };
const nonEmpty = (place: Place): TextSpec & Place =>
  text("text", { sv: `text som inte är tom, högst ${boundText(MAX_TEXT_LENGTH)} tecken, ${CELL_CHARACTERS.sv}`, en: `non-empty text, at most ${boundText(MAX_TEXT_LENGTH)} characters, ${CELL_CHARACTERS.en}` }, place);
const free = (place: Place): TextSpec & Place =>
  text("freeText", { sv: `text (får vara tom), högst ${boundText(MAX_TEXT_LENGTH)} tecken, ${CELL_CHARACTERS.sv}`, en: `text (may be empty), at most ${boundText(MAX_TEXT_LENGTH)} characters, ${CELL_CHARACTERS.en}` }, place);
const bool = (place: Place): BooleanSpec & Place => ({ type: "boolean", words: { sv: "true eller false", en: "true or false" }, ...place });
function oneOf<T extends string>(values: readonly T[], place: Place): EnumSpec<T> & Place {
  const listed = values.map((v) => JSON.stringify(v)).join(", ");
  return { type: "enum", values, words: { sv: `ett av ${listed}`, en: `one of ${listed}` }, ...place };
}

const PARTNER_KINDS = ["association", "foundation", "cooperative", "municipalCompany", "other"] as const satisfies readonly PartnerKind[];
const COST_CATEGORIES = ["staff", "premises", "material", "training", "evaluation", "other"] as const satisfies readonly CostCategory[];
const FINANCINGS = ["fund", "cofinancing"] as const satisfies readonly Financing[];
const PAYERS = ["kommun", "region", "staten"] as const satisfies readonly Payer[];
const EFFECT_MODELS = ["cohort", "annual"] as const satisfies readonly EffectModel[];
const REPAYMENT_PLANS = ["followSavings", "even"] as const satisfies readonly RepaymentPlanKind[];

/** Every field, by name. */
export const FIELDS = {
  // ---- Years ----
  startYear: year({ at: ["investment.startYear"], args: ["INDEXCOST.fromYear", "REPAYMENTPLAN.startYear"] }),
  endYear: year({ at: ["investment.endYear"], args: ["SAVINGS10Y.endYear", "INDEXCOST.toYear"] }),
  priceYear: year({ at: ["investment.priceYear", "investment.unitCosts[].priceYear"] }),
  baseYear: year({ at: ["scenario.baseYear"], args: ["SAVINGS10Y.baseYear"] }),
  years: year({ args: ["COHORTSAVINGS.years", "SAVINGS10Y.years", "REPAYMENTPLAN.years", "PAYBACK.years", "INDEXCOST.indexYears"] }),
  // ---- Money ----
  amounts: money({ at: ["investment.costLines[].amounts{year}", "actuals.costs{id}{year}"], args: ["INDEXCOST.amount"] }),
  monthlySalary: money({ at: ["investment.costLines[].staff.monthlySalary"], args: ["STAFFCOST.monthlySalary"] }),
  cost: money({ at: ["investment.unitCosts[].cost"], args: ["EFFECT.unitCost", "COHORTSAVINGS.unitCost", "UNITCOST.costs"] }),
  totalCost: money({ args: ["REPAYMENT.cost", "REPAYMENTSPLIT.cost", "REPAYMENTPLAN.cost", "PAYBACK.cost", "BREAKEVEN.cost"] }),
  savings: signedMoney({
    args: ["SAVINGS10Y.savings", "REPAYMENT.actualSavings", "REPAYMENTSPLIT.savingsByDept", "REPAYMENTSPLIT.actualByDept", "REPAYMENTPLAN.savings", "PAYBACK.savings", "BREAKEVEN.savings"]
  }),
  // ---- Staff ----
  fte: num("quantity", { min: 0, max: MAX_FTE }, { sv: `en tjänstgöringsgrad 0–${boundText(MAX_FTE)} (1 betyder heltid, 2 två heltidstjänster)`, en: `an FTE 0–${boundText(MAX_FTE)} (1 means full time, 2 two full-time posts)` }, { at: ["investment.costLines[].staff.fte"], args: ["STAFFCOST.fte"] }),
  payrollOverhead: num("share", { min: 0, max: MAX_OVERHEAD }, { sv: `en andel mellan 0 och ${MAX_OVERHEAD} (0.4015 betyder 40,15 %)`, en: `a share between 0 and ${MAX_OVERHEAD} (0.4015 means 40.15 %)` }, { at: ["investment.costLines[].staff.payrollOverhead"], args: ["STAFFCOST.payrollOverhead"] }),
  months: num("months", { min: 0, max: MONTHS_PER_YEAR }, { sv: `ett antal månader 0–${MONTHS_PER_YEAR}`, en: `a number of months 0–${MONTHS_PER_YEAR}` }, { at: ["investment.costLines[].staff.months{year}"] }),
  staffMonths: num("months", { min: 0, max: MAX_STAFF_MONTHS }, { sv: `ett antal månader 0–${boundText(MAX_STAFF_MONTHS)}`, en: `a number of months 0–${boundText(MAX_STAFF_MONTHS)}` }, { args: ["STAFFCOST.months"] }),
  // ---- Target groups and effects ----
  volumes: num("volume", { min: 0, max: MAX_VOLUME }, { sv: `ett antal individer 0–${boundText(MAX_VOLUME)}`, en: `a number of individuals 0–${boundText(MAX_VOLUME)}` }, { at: ["investment.targetGroups[].volumes{year}", "actuals.volumes{id}{year}"], args: ["EFFECT.volume", "COHORTSAVINGS.volumes"] }),
  share: share({ at: ["investment.effects[].share", "actuals.shares{id}"], args: ["EFFECT.share", "COHORTSAVINGS.share", "BREAKEVEN.share"] }),
  quantity: num("quantity", { min: 0, max: MAX_QUANTITY }, { sv: `ett antal enheter per individ och år 0–${boundText(MAX_QUANTITY)}`, en: `a number of units per individual and year 0–${boundText(MAX_QUANTITY)}` }, { at: ["investment.effects[].quantity"], args: ["EFFECT.quantity", "COHORTSAVINGS.quantity"] }),
  duration: wholeYears(0, MAX_EFFECT_YEARS, { at: ["investment.effects[].duration"], args: ["COHORTSAVINGS.duration"] }),
  lag: wholeYears(0, MAX_EFFECT_YEARS, { at: ["investment.effects[].lag"], args: ["COHORTSAVINGS.lag"] }),
  dropOff: share({ at: ["investment.effects[].dropOff"], args: ["COHORTSAVINGS.dropOff"] }),
  deadweight: num("share", { min: 0, max: 1, maxExclusive: true }, { sv: "en andel från 0 till under 1 (0.1 betyder 10 %)", en: "a share from 0 up to, not including, 1 (0.1 means 10 %)" }, { at: ["investment.effects[].deadweight"], args: ["EFFECT.deadweight", "COHORTSAVINGS.deadweight"] }),
  indexRates: rate({ at: ["investment.indexRates{year}"], args: ["INDEXCOST.indexRates"] }),
  // ---- Scenario ----
  shareFactor: factor(3, { at: ["scenario.shareFactor"] }),
  volumeFactor: factor(3, { at: ["scenario.volumeFactor"] }),
  unitCostFactor: factor(2, { at: ["scenario.unitCostFactor"] }),
  discountRate: { ...rate({ at: ["scenario.discountRate", "rules.overrides.discountRate"], args: ["SAVINGS10Y.discountRate"] }), explore: { min: 0, max: 0.1, step: 0.005 } },
  horizonYears: wholeYears(1, MAX_HORIZON_YEARS, { at: ["scenario.horizonYears", "rules.overrides.horizonYears"] }),
  includeDuring: bool({ at: ["scenario.includeDuring", "rules.overrides.includeDuring"] }),
  // ---- Rules ----
  feeShare: share({ at: ["rules.overrides.feeShare"], args: ["REPAYMENT.feeShare", "REPAYMENTSPLIT.feeShare", "REPAYMENTPLAN.feeShare"] }),
  floorShare: share({ at: ["rules.overrides.floorShare"], args: ["REPAYMENT.floorShare", "REPAYMENTSPLIT.floorShare"] }),
  instalmentYears: wholeYears(1, MAX_HORIZON_YEARS, { at: ["rules.overrides.instalmentYears"] }),
  minDurationYears: wholeYears(0, MAX_EFFECT_YEARS, { at: ["rules.overrides.minDurationYears"] }),
  maxDurationYears: wholeYears(0, MAX_EFFECT_YEARS, { at: ["rules.overrides.maxDurationYears"] }),
  maxNewPerYear: num("count", { min: 0, max: MAX_NEW_PER_YEAR, whole: true }, { sv: `ett heltal 0–${MAX_NEW_PER_YEAR}`, en: `a whole number 0–${MAX_NEW_PER_YEAR}` }, { at: ["rules.overrides.maxNewPerYear"] }),
  repaymentModel: bool({ at: ["rules.overrides.repaymentModel"] }),
  repaymentPlan: oneOf(REPAYMENT_PLANS, { at: ["rules.overrides.repaymentPlan"] }),
  // ---- Uncertainty (docs/uncertainty.md) ----
  shareRange: share({ at: ["investment.effects[].uncertainty.share.low", "investment.effects[].uncertainty.share.high"] }),
  volumeFactorRange: factor(3, { at: ["investment.targetGroups[].uncertainty.volumeFactor.low", "investment.targetGroups[].uncertainty.volumeFactor.high"] }),
  unitCostFactorRange: factor(2, { at: ["investment.unitCosts[].uncertainty.unitCostFactor.low", "investment.unitCosts[].uncertainty.unitCostFactor.high"] }),
  confidenceGrade: num("count", { min: 1, max: GRADE_COUNT, whole: true }, { sv: `ett helt konfidensbetyg 1–${GRADE_COUNT} (1: officiell statistik, lokal och färsk; ${GRADE_COUNT}: uppskattning utan källa)`, en: `a whole confidence grade 1–${GRADE_COUNT} (1: official statistics, local and recent; ${GRADE_COUNT}: an estimate without a source)` }, { at: ["investment.effects[].uncertainty.confidenceGrade", "investment.unitCosts[].uncertainty.confidenceGrade"] }),
  optimismBias: num("share", { min: 0, max: 1 }, { sv: "en korrigering för optimism som andel mellan 0 och 1 (0.4 betyder att nyttan minskas med 40 %)", en: "an optimism-bias correction as a share between 0 and 1 (0.4 means the benefit is cut by 40 %)" }, { at: ["rules.overrides.optimismBias[]"] }),
  draws: num("count", { min: 1, max: MAX_DRAWS, whole: true }, { sv: `ett helt antal dragningar 1–${boundText(MAX_DRAWS)}`, en: `a whole number of draws 1–${boundText(MAX_DRAWS)}` }, { at: ["uncertainty.draws"] }),
  seed: num("count", { min: 0, max: MAX_SEED, whole: true }, { sv: `ett helt frö 0–${boundText(MAX_SEED)}`, en: `a whole seed 0–${boundText(MAX_SEED)}` }, { at: ["uncertainty.seed"] }),
  // ---- Ids, codes and references (the key rule) ----
  id: key({ at: ["investment.departments[].id", "investment.costLines[].id", "investment.targetGroups[].id", "investment.effects[].id"] }),
  code: key({ at: ["investment.unitCosts[].code"] }),
  reference: key({ at: ["investment.costLines[].departmentId", "investment.effects[].targetGroupId", "investment.effects[].unitCostCode", "investment.effects[].departmentId"] }),
  // ---- Text ----
  text: nonEmpty({
    at: [
      "investment.name",
      "investment.departments[].name",
      "investment.departments[].area",
      "investment.partners[].name",
      "investment.costLines[].description",
      "investment.targetGroups[].name",
      "investment.unitCosts[].description",
      "investment.unitCosts[].unit",
      "investment.unitCosts[].source",
      "investment.effects[].name",
      "evaluationSchema[].goal",
      "sources[].title",
      "sources[].url"
    ]
  }),
  freeText: free({ at: ["notes[]", "evaluationSchema[].activity", "evaluationSchema[].activityMeasures", "evaluationSchema[].effectMeasures", "evaluationSchema[].indicators", "evaluationSchema[].economicEffects"] }),
  // ---- Choices ----
  partnerKind: oneOf(PARTNER_KINDS, { at: ["investment.partners[].kind"] }),
  category: oneOf(COST_CATEGORIES, { at: ["investment.costLines[].category"] }),
  financing: oneOf(FINANCINGS, { at: ["investment.costLines[].financing"] }),
  payer: oneOf(PAYERS, { at: ["investment.unitCosts[].payer"] }),
  model: oneOf(EFFECT_MODELS, { at: ["investment.effects[].model"] })
} as const satisfies Readonly<Record<string, FieldEntry>>;

/** A field's name in the table. */
export type FieldName = keyof typeof FIELDS;

/** The names of the numeric fields. */
export type NumberFieldName = { [K in FieldName]: (typeof FIELDS)[K] extends { readonly type: "number" } ? K : never }[FieldName];

/** The names of the text fields. */
export type TextFieldName = { [K in FieldName]: (typeof FIELDS)[K] extends { readonly type: "text" } ? K : never }[FieldName];
