import { matchKey } from "./key";
import type { Investment, PartnerKind } from "./model";
import type { RuleSet } from "./rules";

/** The eligibility rules checked (MODEL.md rules 1–3). */
export type EligibilityRule = "collaboration" | "duration" | "newPerYear";

/** One rule's verdict with its reason in both languages. */
export interface EligibilityCheck {
  readonly rule: EligibilityRule;
  readonly ok: boolean;
  readonly sv: string;
  readonly en: string;
}

/** All checks and whether every one passed. */
export interface Eligibility {
  readonly eligible: boolean;
  readonly checks: readonly EligibilityCheck[];
}

/** The partner kinds that count as civil society (non-profit; MODEL.md rule 1). */
export const CIVIL_PARTNER_KINDS = ["association", "foundation", "cooperative"] as const satisfies readonly PartnerKind[];
const CIVIL_KINDS: ReadonlySet<string> = new Set(CIVIL_PARTNER_KINDS);

/** A count with its noun, singular for 1, e.g. "1 nämnd", "2 nämnder". */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function collaboration(inv: Investment): EligibilityCheck {
  const areas = new Set(inv.departments.map((d) => matchKey(d.area)).filter((a) => a !== ""));
  const civil = (inv.partners ?? []).filter((p) => CIVIL_KINDS.has(p.kind));
  const committees = inv.departments.length;
  if (areas.size >= 2) {
    return { rule: "collaboration", ok: true, sv: `Nämnder från ${areas.size} områden deltar.`, en: `Committees from ${areas.size} areas take part.` };
  }
  if (civil.length >= 1 && committees >= 1) {
    return {
      rule: "collaboration",
      ok: true,
      sv: `En civilsamhällesaktör (${civil[0]!.name}) och ${count(committees, "nämnd", "nämnder")} deltar.`,
      en: `A civil-society actor (${civil[0]!.name}) and ${count(committees, "committee", "committees")} take part.`
    };
  }
  return {
    rule: "collaboration",
    ok: false,
    sv: `Minst två nämnder från olika områden, eller en ideell civilsamhällesaktör och minst en nämnd, krävs; nu: ${count(committees, "nämnd", "nämnder")} från ${count(areas.size, "område", "områden")}, ${count(civil.length, "civilsamhällesaktör", "civilsamhällesaktörer")}.`,
    en: `At least two committees from different areas, or a non-profit civil-society actor and at least one committee, are required; now: ${count(committees, "committee", "committees")} from ${count(areas.size, "area", "areas")}, ${count(civil.length, "civil-society actor", "civil-society actors")}.`
  };
}

function duration(inv: Investment, rules: RuleSet): EligibilityCheck {
  const years = inv.endYear - inv.startYear + 1;
  const ok = years >= rules.minDurationYears && years <= rules.maxDurationYears;
  const range = `${rules.minDurationYears}–${rules.maxDurationYears}`;
  return ok
    ? { rule: "duration", ok, sv: `Satsningen pågår ${years} år (tillåtet ${range} år).`, en: `The investment runs ${years} years (allowed ${range}).` }
    : { rule: "duration", ok, sv: `Satsningen pågår ${years} år men ska pågå ${range} år.`, en: `The investment runs ${years} years but must run ${range} years.` };
}

function newPerYear(inv: Investment, rules: RuleSet, othersStartingSameYear: number): EligibilityCheck {
  const total = othersStartingSameYear + 1;
  const ok = total <= rules.maxNewPerYear;
  return ok
    ? {
        rule: "newPerYear",
        ok,
        sv: `${total === 1 ? "1 ny satsning startar" : `${total} nya satsningar startar`} ${inv.startYear} (högst ${rules.maxNewPerYear}).`,
        en: `${total === 1 ? "1 new investment starts" : `${total} new investments start`} in ${inv.startYear} (at most ${rules.maxNewPerYear}).`
      }
    : {
        rule: "newPerYear",
        ok,
        sv: `${total} nya satsningar skulle starta ${inv.startYear}, men högst ${rules.maxNewPerYear} får starta per år.`,
        en: `${total} new investments would start in ${inv.startYear}, but at most ${rules.maxNewPerYear} may start per year.`
      };
}

/**
 * Checks the eligibility rules: collaboration (two areas, or a civil actor and a committee),
 * duration within the rule set's range, and at most N new investments in the start year.
 *
 * @example
 * checkEligibility({ ...example, startYear: 2017, endYear: 2019 }, OREBRO_2013_2019, 0).eligible; // true when two areas take part
 */
export function checkEligibility(inv: Investment, rules: RuleSet, othersStartingSameYear = 0): Eligibility {
  const checks = [collaboration(inv), duration(inv, rules), newPerYear(inv, rules, othersStartingSameYear)];
  return { eligible: checks.every((c) => c.ok), checks };
}
