/**
 * What the fund warns about, in Swedish and English, each with the figures it is about:
 * more new investments in a year than the rules allow, a year with a negative balance, an
 * investment under a rule preset not meant for its start year, a department repaying more
 * in a year than it saves that year, a repayment plan the savings cannot complete, a
 * repayment no department saves to owe, and an evaluated investment whose file gives no
 * actual values.
 */
import type { Dec } from "../decimal";
import { oreNumber } from "../rounding";
import type { DepartmentTotals } from "./departmentTotals";
import type { InvestmentFlows } from "./investmentFlows";
import { presetFitsStart, presetYears } from "./presetYears";

/** The kinds of warning. */
export type FundWarningKind = "crowdedYear" | "negativeBalance" | "presetYear" | "repaymentAboveSavings" | "shortfall" | "unassignedRepayment" | "evaluatedWithoutActuals";

/** One warning: its kind, the year, investments and department it is about, and its message. */
export interface FundWarning {
  readonly kind: FundWarningKind;
  readonly year?: number;
  /** Register keys ("S3") of the investments it is about. */
  readonly investments?: readonly string[];
  readonly department?: string;
  /** The amount it is about (kronor in öre): the balance, the repayment, the shortfall. */
  readonly amount?: number;
  readonly sv: string;
  readonly en: string;
}

const kr = (x: Dec | number, lang: "sv" | "en"): string =>
  `${new Intl.NumberFormat(lang === "sv" ? "sv-SE" : "en-GB", { maximumFractionDigits: 2 }).format(typeof x === "number" ? x : oreNumber(x))} kr`;

const listed = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(", ");

/** What the warnings are computed from. */
export interface WarningInputs {
  readonly years: readonly number[];
  readonly maxNewPerYear: number;
  readonly flows: readonly InvestmentFlows[];
  readonly crowdedYears: readonly { readonly year: number; readonly starts: number }[];
  readonly balance: readonly Dec[];
  readonly departments: readonly DepartmentTotals[];
}

function crowded(w: WarningInputs): FundWarning[] {
  return w.crowdedYears.map(({ year, starts }) => {
    const these = w.flows.filter((f) => f.status.counted && f.startYear === year);
    const names = listed(these.map((f) => f.name));
    return {
      kind: "crowdedYear",
      year,
      investments: these.map((f) => f.item.id),
      sv: `${year}: ${starts} nya satsningar startar (högst ${w.maxNewPerYear} per år): ${names}.`,
      en: `${year}: ${starts} new investments start (at most ${w.maxNewPerYear} a year): ${names}.`
    };
  });
}

function negative(w: WarningInputs): FundWarning[] {
  return w.years.flatMap((year, k) => {
    const b = w.balance[k] as Dec;
    if (!b.isNegative() || b.isZero()) return [];
    return [{ kind: "negativeBalance" as const, year, amount: oreNumber(b), sv: `${year}: fondens saldo är negativt (${kr(b, "sv")}); utbetalningarna överstiger tilldelning och återföring.`, en: `${year}: the fund's balance is negative (${kr(b, "en")}); disbursements exceed allocations and repayments.` }];
  });
}

function presets(w: WarningInputs): FundWarning[] {
  return w.flows
    .filter((f) => !presetFitsStart(f.preset, f.startYear))
    .map((f) => {
      const y = presetYears(f.preset);
      const span = `${y?.from ?? ""}–${y?.to ?? ""}`;
      return {
        kind: "presetYear",
        year: f.startYear,
        investments: [f.item.id],
        sv: `"${f.name}" (${f.item.file}) startar ${f.startYear} men räknas med regeluppsättningen ${f.preset}, som gäller satsningar som startar ${span}.`,
        en: `"${f.name}" (${f.item.file}) starts in ${f.startYear} but is judged by the rule preset ${f.preset}, meant for investments starting ${span}.`
      };
    });
}

function aboveSavings(w: WarningInputs): FundWarning[] {
  return w.departments.flatMap((d) =>
    w.years.flatMap((year, k) => {
      const paid = d.repaid[k] as Dec;
      const saved = d.savings[k] as Dec;
      if (!paid.gt(saved)) return [];
      return [{
        kind: "repaymentAboveSavings" as const,
        year,
        department: d.id,
        amount: oreNumber(paid),
        sv: `${year}: ${d.name} (${d.id}) ska återföra ${kr(paid, "sv")} men sparar ${kr(saved, "sv")} det året.`,
        en: `${year}: ${d.name} (${d.id}) is to repay ${kr(paid, "en")} but saves ${kr(saved, "en")} that year.`
      }];
    })
  );
}

function shortfalls(w: WarningInputs): FundWarning[] {
  return w.flows.flatMap((f) => {
    if (!f.status.counted) return [];
    const actual = f.status.actualRepayment;
    return f.departments.flatMap((d) => {
      const gap = actual ? d.actualShortfall : d.plannedShortfall;
      if (!gap.gt(0)) return [];
      const owed = actual ? d.actualOwed : d.plannedOwed;
      return [{
        kind: "shortfall" as const,
        investments: [f.item.id],
        department: d.id,
        amount: oreNumber(gap),
        sv: `"${f.name}": ${d.name} (${d.id}) kan inte återföra ${kr(gap, "sv")} av ${kr(owed, "sv")} ur sina besparingar; beloppet står kvar som skuld.`,
        en: `"${f.name}": ${d.name} (${d.id}) cannot repay ${kr(gap, "en")} of ${kr(owed, "en")} from its savings; the amount stays owed.`
      }];
    });
  });
}

function unassigned(w: WarningInputs): FundWarning[] {
  return w.flows
    .filter((f) => f.status.counted && f.unassignedRepayment.gt(0))
    .map((f) => ({
      kind: "unassignedRepayment" as const,
      investments: [f.item.id],
      amount: oreNumber(f.unassignedRepayment),
      sv: `"${f.name}" (${f.item.file}): ingen förvaltning sparar i besparingsfönstret, så den planerade återföringen ${kr(f.unassignedRepayment, "sv")} faller inte på någon; fonden räknar ingen återföring.`,
      en: `"${f.name}" (${f.item.file}): no department saves in the savings window, so the planned repayment of ${kr(f.unassignedRepayment, "en")} falls on none; the fund counts no repayment.`
    }));
}

function withoutActuals(w: WarningInputs): FundWarning[] {
  return w.flows
    .filter((f) => f.status.actualRepayment && !f.hasActuals && f.repaymentModel)
    .map((f) => ({
      kind: "evaluatedWithoutActuals" as const,
      investments: [f.item.id],
      sv: `"${f.name}" (${f.item.file}) är utvärderad men filen har inget utfall (actuals); återföringen efter riskdelning räknas på planen.`,
      en: `"${f.name}" (${f.item.file}) is evaluated but the file gives no actuals; the repayment under risk sharing is computed from the plan.`
    }));
}

/**
 * Every warning of the fund, by kind in a fixed order, each kind in year order.
 *
 * @example
 * fundWarnings({ …, crowdedYears: [{ year: 2015, starts: 4 }] })[0].en;
 * // '2015: 4 new investments start (at most 3 a year): "A", "B", "C", "D".'
 */
export function fundWarnings(w: WarningInputs): FundWarning[] {
  return [...crowded(w), ...negative(w), ...presets(w), ...aboveSavings(w), ...shortfalls(w), ...unassigned(w), ...withoutActuals(w)];
}
