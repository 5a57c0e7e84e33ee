/**
 * The workbook's named results against the engine's summary: each SINV_* name that points
 * at one cell has the figure the engine gives for it, in the workbook's own words ("Ja",
 * "Återbetalas inte", "–").
 */
import type { Appraisal } from "../../src/engine";
import { resolveScenario } from "../../src/engine";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import type { Template } from "../../src/workbook/template";
import type { Computed } from "../support/hyperformula";

/** The names issue 7 makes part of the contract, beside the seven key results, and issue 9's master check. */
export const CONTRACT_NAMES = ["SINV_TotalCost", "SINV_Savings10Y", "SINV_Ratio", "SINV_Approved", "SINV_Payback", "SINV_BreakEven", "SINV_Repayment", "SINV_Eligible", "SINV_ActualRepayment", "SINV_ChecksOK"] as const;

/**
 * What each single-cell name should hold, from the engine's appraisal (a list: any of
 * them will do, for blanks that may be written "" or "–").
 *
 * @example
 * engineNameValues(appraisal, orebro, "sv", inv.name, inv.startYear).get("SINV_Approved"); // ["Ja"]
 */
export function engineNameValues(a: Appraisal, template: Template, lang: "sv" | "en", investmentName: string, startYear: number): Map<string, readonly (number | string | boolean | null)[]> {
  const s = a.summary;
  // The checks pass on a generated workbook unless it is off its base case (the file's own scenario differs from the one
  // the engine resolves without any) or the planned repayment cannot be split (a cost but no department saves in the window).
  const base = resolveScenario({ startYear }, a.rules);
  const onBaseCase = (Object.keys(base) as (keyof typeof base)[]).every((k) => a.scenario[k] === base[k]);
  const splits = !a.rules.repaymentModel || s.totalCost === 0 || [...a.evaluation.windowByDepartment.values()].some((w) => w.gt(0));
  const t = (key: keyof Template["labels"]): string => template.labels[key][lang];
  return new Map<string, readonly (number | string | boolean | null)[]>([
    ["SINV_TotalCost", [s.totalCost]],
    ["SINV_Savings10Y", [s.windowSavings]],
    ["SINV_Ratio", [s.ratio ?? ""]],
    ["SINV_Approved", [s.approved ? t("yes") : t("no")]],
    ["SINV_Payback", [s.paybackYear ?? t("notPaidBack")]],
    ["SINV_BreakEven", [s.breakEvenFactor ?? "–"]],
    ["SINV_Repayment", [s.plannedRepayment ?? 0]],
    ["SINV_Eligible", [s.eligible]],
    ["SINV_ActualRepayment", a.actualRepayment === null ? [null, "", "–"] : [a.actualRepayment]],
    ["SINV_Investment", [investmentName]],
    ["SINV_ChecksOK", [onBaseCase && splits]]
  ]);
}

/** The names that hold kronor (compared within 0.01 kr; the others within 10^−8). */
const MONEY_NAMES = new Set(["SINV_TotalCost", "SINV_Savings10Y", "SINV_Repayment", "SINV_ActualRepayment"]);

function same(expected: number | string | boolean | null, got: Computed | undefined, money: boolean): boolean {
  if (typeof expected === "number") return typeof got === "number" && Math.abs(got - expected) <= (money || Math.abs(expected) >= 10 ? 0.01 + 1e-9 : 1e-8);
  if (typeof expected === "string") return (got ?? "") === expected;
  return (got ?? null) === expected;
}

/**
 * Every single-cell SINV_* name whose recalculated value is not the engine's (a name the
 * engine has no figure for is reported too, so a new name gets a check).
 *
 * @example
 * nameMismatches(plan, evaluatePlan(plan), engineNameValues(a, orebro, "sv", inv.name, inv.startYear)); // []
 */
export function nameMismatches(plan: WorkbookPlan, computed: ReadonlyMap<string, Computed>, expected: ReadonlyMap<string, readonly (number | string | boolean | null)[]>): string[] {
  const out: string[] = [];
  for (const n of plan.names) {
    if (n.ref.includes(":")) continue;
    const want = expected.get(n.name);
    const got = computed.get(n.name);
    if (want === undefined) out.push(`${n.name} (${n.sheet}!${n.ref}): the engine has no figure for this name; got ${JSON.stringify(got)}`);
    else if (!want.some((w) => same(w, got, MONEY_NAMES.has(n.name)))) out.push(`${n.name} (${n.sheet}!${n.ref}): engine ${want.map((w) => JSON.stringify(w)).join(" or ")}, workbook ${JSON.stringify(got)}`);
  }
  return out;
}
