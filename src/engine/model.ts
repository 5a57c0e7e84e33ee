import type { EffectUncertainty, TargetGroupUncertainty, UnitCostUncertainty } from "./uncertainty/model";

/**
 * The investment as data (JSON-friendly: plain numbers, years as keys). The engine turns
 * these numbers into exact decimals through their shortest decimal representation.
 */

/** Values per calendar year: `{ "2017": 10, "2018": 10 }`. */
export type YearValues = Readonly<Record<string, number>>;

/** A municipal committee or department (förvaltning/nämnd) and its area. */
export interface Department {
  readonly id: string;
  readonly name: string;
  /** The area it belongs to (e.g. "Barn och utbildning", "Social välfärd"). */
  readonly area: string;
}

/** What kind of organisation a partner is. */
export type PartnerKind = "association" | "foundation" | "cooperative" | "municipalCompany" | "other";

/** A partner outside the committees: a civil-society actor or a municipal company. */
export interface Partner {
  readonly name: string;
  readonly kind: PartnerKind;
}

/** Cost categories of a cost line. */
export type CostCategory = "staff" | "premises" | "material" | "training" | "evaluation" | "other";

/** Who pays a cost line: the fund, or someone else (co-financing, e.g. a state grant). */
export type Financing = "fund" | "cofinancing";

/** A staff cost line's basis: monthly salary × FTE × months × (1 + payroll overhead). */
export interface StaffBasis {
  readonly monthlySalary: number;
  readonly fte: number;
  /** Payroll overhead (PO-pålägg) as a share, e.g. 0.4015. */
  readonly payrollOverhead: number;
  /** Months worked per year. */
  readonly months: YearValues;
}

/** A line of the cost calculation. Either fixed amounts per year, or a staff basis. */
export interface CostLine {
  readonly id: string;
  readonly description: string;
  readonly category: CostCategory;
  readonly departmentId: string;
  readonly financing: Financing;
  readonly amounts?: YearValues;
  readonly staff?: StaffBasis;
}

/** A target group with the individuals entering per year. */
export interface TargetGroup {
  readonly id: string;
  readonly name: string;
  readonly volumes: YearValues;
  /** A range on its volumes (docs/uncertainty.md); without one they are taken as planned. */
  readonly uncertainty?: TargetGroupUncertainty;
}

/** Who carries a cost: the municipality (repaid) or others (societal, never repaid). */
export type Payer = "kommun" | "region" | "staten";

/** A unit cost with its unit, price year, payer and source. */
export interface UnitCost {
  readonly code: string;
  readonly description: string;
  readonly unit: string;
  readonly cost: number;
  readonly priceYear: number;
  readonly payer: Payer;
  readonly source: string;
  /** A range on the cost and the grade of its source (docs/uncertainty.md). */
  readonly uncertainty?: UnitCostUncertainty;
}

/** Cohort effects last `duration` years per individual; annual effects are one year's saving per volume. */
export type EffectModel = "cohort" | "annual";

/** An expected effect: a target group, a unit cost and the department that saves. */
export interface Effect {
  readonly id: string;
  readonly name: string;
  readonly targetGroupId: string;
  readonly unitCostCode: string;
  /** The department whose costs fall (for municipal unit costs). */
  readonly departmentId: string;
  readonly share: number;
  readonly model?: EffectModel;
  readonly quantity?: number;
  readonly duration: number;
  readonly lag?: number;
  readonly dropOff?: number;
  readonly deadweight?: number;
  /** A range on the share and the grade of its evidence (docs/uncertainty.md). */
  readonly uncertainty?: EffectUncertainty;
}

/** One social investment. */
export interface Investment {
  readonly name: string;
  readonly startYear: number;
  /** The calendar year in which it ends. */
  readonly endYear: number;
  readonly departments: readonly Department[];
  readonly partners?: readonly Partner[];
  readonly costLines: readonly CostLine[];
  readonly targetGroups: readonly TargetGroup[];
  readonly unitCosts: readonly UnitCost[];
  readonly effects: readonly Effect[];
  /** Price year unit costs are moved to; default: no indexation. */
  readonly priceYear?: number;
  /** Yearly price index rates (PKV) as shares: `{ "2020": 0.013 }`. */
  readonly indexRates?: YearValues;
}

/** A finance director's scenario: multipliers and overrides of the rule set's values. */
export interface Scenario {
  readonly shareFactor?: number;
  readonly volumeFactor?: number;
  readonly unitCostFactor?: number;
  readonly discountRate?: number;
  readonly baseYear?: number;
  readonly includeDuring?: boolean;
  readonly horizonYears?: number;
}

/** What evaluation found: actual volumes per target group, actual shares per effect and actual costs per cost line and year. */
export interface Actuals {
  readonly volumes?: Readonly<Record<string, YearValues>>;
  readonly shares?: Readonly<Record<string, number>>;
  /** Per cost line id, the actual cost of each year given (kronor); a year not given is the budget, a forecast (engine/costFollowUp.ts). */
  readonly costs?: Readonly<Record<string, YearValues>>;
}
