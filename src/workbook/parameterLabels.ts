/**
 * The parameter block's labels (column A of Parametrar): the read-back finds each
 * parameter by its label, in Swedish or English, so the template rules keep them apart.
 */
import type { ParamKey } from "./layout";
import type { LabelKey } from "./template";

/** The parameter labels (column A of the parameter block) each key is written under. */
export const PARAM_LABELS: Readonly<Record<ParamKey, LabelKey>> = {
  ruleSet: "ruleSet",
  startYear: "startYear",
  endYear: "endYear",
  horizonYears: "horizonYears",
  feeShare: "feeShare",
  floorShare: "floorShare",
  repaymentModel: "repaymentModel",
  discountRate: "discountRate",
  baseYear: "baseYear",
  includeDuring: "includeDuring",
  shareFactor: "shareFactor",
  volumeFactor: "volumeFactor",
  unitCostFactor: "unitCostFactor",
  priceYear: "priceYear",
  repaymentPlanKind: "repaymentPlanKind",
  instalmentYears: "instalmentYears",
  minDuration: "minDuration",
  maxDuration: "maxDuration",
  maxNewPerYear: "maxNewPerYear"
};
