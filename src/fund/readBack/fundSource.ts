/**
 * The fund's source as the fund workbook keeps it (on its hidden sheet, see
 * sheets/sourceSheet.ts): the fund file (name, allocations, the rule for new investments,
 * each investment's file, status and decision year) and every investment's scenario file,
 * as one JSON text. The pane reads it back, checked by the fund file's and the scenario
 * file's own parsers, to give the engine the whole fund again: the cells hold only the
 * engine's results (amounts, plans), not what they were computed from.
 */
import type { FundInput, FundItem } from "../../engine";
import { DEFAULT_FUND_STATUS, fundItemId } from "../../engine";
import type { ScenarioIssue } from "../../scenario/issue";
import { parseScenario } from "../../scenario/parseScenario";
import type { ScenarioFile } from "../../scenario/scenarioFile";
import { FUND_FORMAT } from "../file/fundFile";
import { parseFund } from "../file/parseFundText";

/** The source text's format marker. */
export const FUND_SOURCE_FORMAT = "sinv-fund-source/1";

/** The most characters one cell holds of the text (Excel's limit is 32 767). */
export const SOURCE_CHUNK = 30000;

/** The source as JSON: the fund file, and the scenario files in the fund's order. */
interface SourceJson {
  readonly format: typeof FUND_SOURCE_FORMAT;
  readonly fund: { readonly format: typeof FUND_FORMAT; readonly name: string; readonly allocations: Readonly<Record<string, number>>; readonly maxNewPerYear: number; readonly investments: readonly { readonly file: string; readonly status: string; readonly decisionYear: number }[] };
  readonly scenarios: readonly ScenarioFile[];
}

/**
 * The fund's source text, in cell-sized parts.
 *
 * @example
 * fundSourceChunks(orebro).length; // 1 (Örebro's fund with its six scenario files: 11 401 characters)
 */
export function fundSourceChunks(fund: FundInput): string[] {
  const json: SourceJson = {
    format: FUND_SOURCE_FORMAT,
    fund: {
      format: FUND_FORMAT,
      name: fund.name,
      allocations: fund.allocations,
      maxNewPerYear: fund.maxNewPerYear,
      investments: fund.items.map((i) => ({ file: i.file, status: i.status, decisionYear: i.decisionYear }))
    },
    scenarios: fund.items.map((i) => ({ format: "sinv-scenario/1", ...i.input }))
  };
  const text = JSON.stringify(json);
  const parts: string[] = [];
  for (let at = 0; at < text.length; at += SOURCE_CHUNK) parts.push(text.slice(at, at + SOURCE_CHUNK));
  return parts;
}

/** The source read back: the fund, or every problem. */
export type SourceOutcome = { readonly ok: true; readonly fund: FundInput } | { readonly ok: false; readonly errors: readonly ScenarioIssue[] };

const problem = (sv: string, en: string): SourceOutcome => ({ ok: false, errors: [{ path: "", sv, en }] });

/**
 * The fund from its source text (the cells' parts joined), each part checked: the fund file
 * by parseFund, each scenario file by parseScenario. Decided here: a fund of no investments
 * (created empty in the pane) is checked with the fund file's rules for everything else.
 *
 * @example
 * parseFundSource(fundSourceChunks(orebro).join("")); // { ok: true, fund: { name: "Örebro …", items: [6 items] … } }
 * parseFundSource("{"); // { ok: false, errors: [{ en: "The fund's source is not JSON …" }] }
 */
export function parseFundSource(text: string): SourceOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return problem(`Fondens källa (det dolda bladet) är inte JSON: ${why}.`, `The fund's source (the hidden sheet) is not JSON: ${why}.`);
  }
  const src = json as Partial<SourceJson> | null;
  if (src === null || typeof src !== "object" || src.format !== FUND_SOURCE_FORMAT || !Array.isArray(src.scenarios) || typeof src.fund !== "object" || src.fund === null) {
    return problem(`Fondens källa har inte formatet ${FUND_SOURCE_FORMAT}.`, `The fund's source is not in the format ${FUND_SOURCE_FORMAT}.`);
  }
  const given = src.fund as SourceJson["fund"];
  const listed = Array.isArray(given.investments) ? given.investments : [];
  const fund = parseFund(listed.length > 0 ? given : { ...given, investments: ["–"] });
  if (!fund.ok) return fund;
  if (listed.length !== src.scenarios.length) return problem("Fondens källa har inte en scenariofil per satsning.", "The fund's source does not have one scenario file per investment.");
  const items: FundItem[] = [];
  const errors: ScenarioIssue[] = [];
  src.scenarios.forEach((raw, k) => {
    const parsed = parseScenario(raw);
    const entry = fund.value.investments[k];
    if (!parsed.ok) {
      errors.push(...parsed.errors.map((e) => ({ ...e, sv: `investments[${k + 1}]: ${e.sv}`, en: `investments[${k + 1}]: ${e.en}` })));
      return;
    }
    if (entry === undefined || typeof entry === "string") return;
    const f = parsed.value;
    items.push({
      id: fundItemId(k + 1),
      file: entry.file,
      status: entry.status ?? DEFAULT_FUND_STATUS,
      decisionYear: entry.decisionYear ?? f.investment.startYear,
      input: { rules: f.rules, investment: f.investment, ...(f.scenario ? { scenario: f.scenario } : {}), ...(f.actuals ? { actuals: f.actuals } : {}), ...(f.uncertainty ? { uncertainty: f.uncertainty } : {}) }
    });
  });
  if (errors.length > 0) return { ok: false, errors };
  const v = fund.value;
  if (v.maxNewPerYear === undefined) return problem("Fondens källa saknar regeln för nya satsningar per år.", "The fund's source lacks the rule for new investments per year.");
  return { ok: true, fund: { name: v.name, allocations: v.allocations, maxNewPerYear: v.maxNewPerYear, items: listed.length > 0 ? items : [] } };
}
