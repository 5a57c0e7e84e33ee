import type { PathSegment } from "./issuePath";

/** A field's name for people, in both languages. */
export interface FieldLabel {
  readonly sv: string;
  readonly en: string;
}

/** What each field of the scenario format is called in messages. */
export const FIELD_LABELS: Readonly<Record<string, FieldLabel>> = {
  format: { sv: "formatversion", en: "format version" },
  rules: { sv: "regler", en: "rules" },
  preset: { sv: "regeluppsättning", en: "rule preset" },
  overrides: { sv: "ändrade regelvärden", en: "rule overrides" },
  horizonYears: { sv: "antal år med besparingar efter slutåret", en: "years of savings after the end year" },
  feeShare: { sv: "administrativ avgift (andel)", en: "administrative fee (share)" },
  floorShare: { sv: "lägsta återföring (andel)", en: "least repayment (share)" },
  repaymentModel: { sv: "återföringsmodell", en: "repayment model" },
  repaymentPlan: { sv: "återföringsplan", en: "repayment plan" },
  instalmentYears: { sv: "antal år med lika avbetalningar", en: "years of even instalments" },
  minDurationYears: { sv: "kortaste löptid (år)", en: "shortest duration (years)" },
  maxDurationYears: { sv: "längsta löptid (år)", en: "longest duration (years)" },
  maxNewPerYear: { sv: "högsta antal nya satsningar per år", en: "most new investments per year" },
  discountRate: { sv: "diskonteringsränta", en: "discount rate" },
  includeDuring: { sv: "räkna besparingar under satsningen", en: "count savings during the investment" },
  investment: { sv: "satsningen", en: "the investment" },
  name: { sv: "namn", en: "name" },
  startYear: { sv: "startår", en: "start year" },
  endYear: { sv: "slutår", en: "end year" },
  departments: { sv: "förvaltningar/nämnder", en: "departments" },
  id: { sv: "id", en: "id" },
  area: { sv: "verksamhetsområde", en: "area" },
  partners: { sv: "samverkansparter", en: "partners" },
  kind: { sv: "typ av part", en: "kind of partner" },
  costLines: { sv: "kostnadsrader", en: "cost lines" },
  description: { sv: "beskrivning", en: "description" },
  category: { sv: "kostnadsslag", en: "cost category" },
  departmentId: { sv: "förvaltningens id", en: "department id" },
  financing: { sv: "finansiering", en: "financing" },
  amounts: { sv: "belopp per år", en: "amounts per year" },
  staff: { sv: "personalunderlag", en: "staff basis" },
  monthlySalary: { sv: "månadslön", en: "monthly salary" },
  fte: { sv: "tjänstgöringsgrad (heltid = 1)", en: "FTE (full time = 1)" },
  payrollOverhead: { sv: "PO-pålägg (andel)", en: "payroll overhead (share)" },
  months: { sv: "månader per år", en: "months per year" },
  targetGroups: { sv: "målgrupper", en: "target groups" },
  volumes: { sv: "volymer per år", en: "volumes per year" },
  unitCosts: { sv: "enhetskostnader", en: "unit costs" },
  code: { sv: "kod", en: "code" },
  unit: { sv: "enhet", en: "unit" },
  cost: { sv: "kostnad", en: "cost" },
  priceYear: { sv: "prisår", en: "price year" },
  payer: { sv: "betalare", en: "payer" },
  source: { sv: "källa", en: "source" },
  effects: { sv: "effekter", en: "effects" },
  targetGroupId: { sv: "målgruppens id", en: "target group id" },
  unitCostCode: { sv: "enhetskostnadens kod", en: "unit-cost code" },
  share: { sv: "andel", en: "share" },
  model: { sv: "effektmodell", en: "effect model" },
  quantity: { sv: "antal enheter per individ och år", en: "units per individual and year" },
  duration: { sv: "varaktighet (år)", en: "duration (years)" },
  lag: { sv: "fördröjning (år)", en: "lag (years)" },
  dropOff: { sv: "årlig avtagande effekt", en: "yearly drop-off" },
  deadweight: { sv: "dödvikt", en: "deadweight" },
  indexRates: { sv: "prisindex (PKV) per år", en: "price index rates (PKV) per year" },
  scenario: { sv: "scenario", en: "scenario" },
  shareFactor: { sv: "faktor på andelar", en: "factor on shares" },
  volumeFactor: { sv: "faktor på volymer", en: "factor on volumes" },
  unitCostFactor: { sv: "faktor på enhetskostnader", en: "factor on unit costs" },
  baseYear: { sv: "basår för nuvärde", en: "base year for present values" },
  actuals: { sv: "utfall", en: "actuals" },
  shares: { sv: "faktiska andelar", en: "actual shares" },
  costs: { sv: "faktiska kostnader per år", en: "actual costs per year" },
  evaluationSchema: { sv: "utvärderingsschema", en: "evaluation schema" },
  goal: { sv: "mål", en: "goal" },
  activity: { sv: "aktivitet", en: "activity" },
  activityMeasures: { sv: "aktivitetsmått", en: "activity measures" },
  effectMeasures: { sv: "effektmått", en: "effect measures" },
  indicators: { sv: "indikatorer", en: "indicators" },
  economicEffects: { sv: "ekonomiska effekter", en: "economic effects" },
  notes: { sv: "anteckningar", en: "notes" },
  sources: { sv: "källor", en: "sources" },
  title: { sv: "titel", en: "title" },
  url: { sv: "adress", en: "address" },
  uncertainty: { sv: "osäkerhet", en: "uncertainty" },
  low: { sv: "lägsta värde", en: "low value" },
  high: { sv: "högsta värde", en: "high value" },
  confidenceGrade: { sv: "konfidensbetyg", en: "confidence grade" },
  optimismBias: { sv: "korrigering för optimism per betyg", en: "optimism-bias correction per grade" },
  draws: { sv: "antal dragningar", en: "number of draws" },
  seed: { sv: "frö", en: "seed" }
};

const ROOT: FieldLabel = { sv: "scenariofilen", en: "the scenario file" };

/**
 * The label of the field a path points at: the last known field name on the path, followed
 * by the keys after it (a year, an id), or list position. Unknown names are shown as they are.
 *
 * @example
 * labelOfPath(["investment", "effects", 1, "share"]).sv;                // "andel"
 * labelOfPath(["investment", "costLines", 0, "amounts", "2017"]).en;   // "amounts per year 2017"
 * labelOfPath([]).en;                                                    // "the scenario file"
 */
export function labelOfPath(segments: readonly PathSegment[]): FieldLabel {
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i];
    if (typeof s !== "string" || !(s in FIELD_LABELS)) continue;
    const base = FIELD_LABELS[s] as FieldLabel;
    const tail = segments.slice(i + 1);
    if (tail.length === 0) return base;
    const sv = tail.map((t) => (typeof t === "number" ? `nr ${t + 1}` : t)).join(" ");
    const en = tail.map((t) => (typeof t === "number" ? `no. ${t + 1}` : t)).join(" ");
    return { sv: `${base.sv} ${sv}`, en: `${base.en} ${en}` };
  }
  const last = segments[segments.length - 1];
  if (last === undefined) return ROOT;
  return typeof last === "number" ? { sv: `nr ${last + 1}`, en: `no. ${last + 1}` } : { sv: last, en: last };
}
