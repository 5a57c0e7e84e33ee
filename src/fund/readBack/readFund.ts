/**
 * The fund read back from a workbook: its source (fundSource.ts) with the inputs the
 * workbook's formulas read — each register row's status and decision year (found by the
 * register's spec, registerSpec.ts), the overview's allocations and the rule for new
 * investments per year — so the engine computes the same fund the recalculated workbook
 * shows. Pure: what the gateway read goes in, the engine's fund input comes out.
 */
import type { FundInput, FundItem, FundStatus } from "../../engine";
import { FUND_STATUSES, matchKey } from "../../engine";
import type { TableData } from "../../sheetModel/gateway";
import type { ScenarioIssue } from "../../scenario/issue";
import { FUND_WORDS } from "../workbook/fundWords";
import type { RegisterTableColumn } from "../workbook/registerSpec";
import { FUND_REGISTER } from "../workbook/registerSpec";
import { FUND_SOURCE_NAMES } from "../workbook/fundNames";
import { parseFundSource } from "./fundSource";

/** The names a fund was inserted under (suffixed when the workbook had them already). */
export interface FundNames {
  readonly register: string;
  readonly source: string;
  readonly allocations: string;
  readonly maxNew: string;
}

/** What the gateway read of one fund. */
export interface FundCells {
  readonly register: TableData | undefined;
  readonly named: Readonly<Record<string, unknown[][] | undefined>>;
}

/** The register's amount columns: the engine's when generated; the workbook's formulas read them as they stand. */
export const REGISTER_AMOUNTS = ["totalCost", "windowSavings", "plannedRepayment", "actualRepayment"] as const satisfies readonly RegisterTableColumn[];

/** An amount column's key. */
export type RegisterAmount = (typeof REGISTER_AMOUNTS)[number];

/** The amounts each register row holds now, by the row's id (as written in the register). */
export type RegisterAmounts = Readonly<Record<string, Readonly<Partial<Record<RegisterAmount, unknown>>>>>;

/** The outcome: no fund register, a fund, or what is wrong with the one there is. */
export type FundRead =
  | { readonly kind: "none" }
  | { readonly kind: "fund"; readonly names: FundNames; readonly fund: FundInput; readonly address: string; readonly amounts: RegisterAmounts }
  | { readonly kind: "invalid"; readonly names: FundNames; readonly errors: readonly ScenarioIssue[] };

const issue = (sv: string, en: string): ScenarioIssue => ({ path: "", sv, en });

/**
 * The status a register cell stands for: the key or its Swedish or English word, compared
 * as the workbook's formulas compare (trimmed, any case; statusFormulas.ts).
 *
 * @example
 * statusOfWord(" Beviljad"); // "granted"
 * statusOfWord("klar");      // undefined
 */
export function statusOfWord(word: unknown): FundStatus | undefined {
  if (typeof word !== "string") return undefined;
  const key = matchKey(word);
  return FUND_STATUSES.find((s) => [s.status, s.sv, s.en].some((w) => matchKey(w) === key))?.status;
}

/** Each register column's position in the table as read, found by its header in either language. */
function columnsOf(table: TableData): Partial<Record<RegisterTableColumn, number>> {
  const heads = table.headers.map((h) => matchKey(String(h)));
  const out: Partial<Record<RegisterTableColumn, number>> = {};
  for (const c of FUND_REGISTER.columns) {
    const words = FUND_WORDS[c.key];
    const at = heads.findIndex((h) => h === matchKey(words.sv) || h === matchKey(words.en));
    if (at >= 0) out[c.key] = at;
  }
  return out;
}

interface RegisterEdits {
  readonly byId: ReadonlyMap<string, { readonly status: FundStatus; readonly decisionYear: number }>;
  readonly amounts: RegisterAmounts;
  readonly errors: readonly ScenarioIssue[];
}

function registerEdits(table: TableData): RegisterEdits {
  const col = columnsOf(table);
  const errors: ScenarioIssue[] = [];
  const byId = new Map<string, { status: FundStatus; decisionYear: number }>();
  const amounts: Record<string, Partial<Record<RegisterAmount, unknown>>> = {};
  const missing = (["id", "status", "decisionYear"] as const).filter((k) => col[k] === undefined);
  if (missing.length > 0) {
    const names = (lang: "sv" | "en"): string => missing.map((k) => `"${FUND_WORDS[k][lang]}"`).join(", ");
    return { byId, amounts, errors: [issue(`Fondregistret saknar kolumnen ${names("sv")}.`, `The fund register lacks the column ${names("en")}.`)] };
  }
  table.rows.forEach((row, r) => {
    const n = r + 1;
    const id = String(row[col.id as number] ?? "").trim();
    const status = statusOfWord(row[col.status as number]);
    const year = row[col.decisionYear as number];
    if (id === "") return;
    amounts[id] = Object.fromEntries(REGISTER_AMOUNTS.filter((k) => col[k] !== undefined).map((k) => [k, row[col[k] as number]]));
    if (status === undefined) errors.push(issue(`Fondregistret, rad ${n} (${id}): "${String(row[col.status as number])}" är ingen status (${FUND_STATUSES.map((s) => s.sv).join(", ")}).`, `The fund register, row ${n} (${id}): "${String(row[col.status as number])}" is no status (${FUND_STATUSES.map((s) => s.en).join(", ")}).`));
    if (typeof year !== "number" || !Number.isInteger(year)) errors.push(issue(`Fondregistret, rad ${n} (${id}): beslutsåret "${String(year)}" är inget år.`, `The fund register, row ${n} (${id}): the decision year "${String(year)}" is no year.`));
    if (byId.has(matchKey(id))) errors.push(issue(`Fondregistret, rad ${n}: ${id} står två gånger.`, `The fund register, row ${n}: ${id} is there twice.`));
    if (status !== undefined && typeof year === "number" && Number.isInteger(year)) byId.set(matchKey(id), { status, decisionYear: year });
  });
  return { byId, amounts, errors };
}

/**
 * The overview's allocations by year. Decided here: an empty allocation cell is 0, as the
 * workbook's SUM and running balance count it; every year shown is kept (with its 0), so
 * the engine spans the same years as the workbook.
 */
function allocationsOf(values: unknown[][] | undefined, errors: ScenarioIssue[]): Record<string, number> | undefined {
  if (values === undefined) return undefined;
  const out: Record<string, number> = {};
  for (const [year, amount] of values) {
    if (typeof year !== "number") continue;
    const v = amount === "" || amount === null || amount === undefined ? 0 : amount;
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      errors.push(issue(`Fondöversikten: tilldelningen ${year} ("${String(amount)}") är inget belopp (0 eller mer).`, `The fund overview: the allocation for ${year} ("${String(amount)}") is no amount (0 or more).`));
      continue;
    }
    out[String(year)] = v;
  }
  return out;
}

/**
 * The fund from what was read: its source, each investment's status and decision year from
 * its register row (by id), the allocations and the rule for new investments per year from
 * the overview. Every problem is listed: a register row the source does not have, an
 * investment without a row, a word that is no status.
 *
 * @example
 * // Örebro's fund workbook with SöT's status changed to "ansökt" in the register:
 * const r = fundFromCells(names, { register, named });
 * r.kind === "fund" && r.fund.items[0].status; // "applied"
 */
export function fundFromCells(names: FundNames, cells: FundCells): FundRead {
  if (cells.register === undefined) return { kind: "none" };
  const sourceCells = cells.named[names.source];
  if (sourceCells === undefined) {
    return { kind: "invalid", names, errors: [issue("Fondregistret finns men inte fondens källa (det dolda bladet Fondkälla): generera fondarbetsboken igen med denna version av SINV.", "The fund register is there but not the fund's source (the hidden sheet Fund source): generate the fund workbook again with this version of SINV.")] };
  }
  const source = parseFundSource(sourceCells.map((r) => (typeof r[0] === "string" ? r[0] : "")).join(""));
  if (!source.ok) return { kind: "invalid", names, errors: source.errors };
  const edits = registerEdits(cells.register);
  const errors = [...edits.errors];
  const items: FundItem[] = source.fund.items.flatMap((item) => {
    const row = edits.byId.get(matchKey(item.id));
    if (row === undefined) {
      errors.push(issue(`${item.id} ("${item.input.investment.name}") saknar rad i fondregistret.`, `${item.id} ("${item.input.investment.name}") has no row in the fund register.`));
      return [];
    }
    return [{ ...item, status: row.status, decisionYear: row.decisionYear }];
  });
  const known = new Set(source.fund.items.map((i) => matchKey(i.id)));
  for (const id of edits.byId.keys()) {
    if (!known.has(id)) errors.push(issue(`Fondregistret har raden ${id}, som fondens källa inte har (tillagd för hand?): lägg till satsningar från panelen.`, `The fund register has the row ${id}, which the fund's source does not have (added by hand?): add investments from the pane.`));
  }
  const allocations = allocationsOf(cells.named[names.allocations], errors) ?? source.fund.allocations;
  const maxNew = cells.named[names.maxNew]?.[0]?.[0];
  if (maxNew !== undefined && (typeof maxNew !== "number" || !Number.isInteger(maxNew) || maxNew < 1)) {
    errors.push(issue(`Fondöversikten: "högst nya per år" ("${String(maxNew)}") är inget heltal från 1.`, `The fund overview: "at most new a year" ("${String(maxNew)}") is no whole number from 1.`));
  }
  if (errors.length > 0) return { kind: "invalid", names, errors };
  return {
    kind: "fund",
    names,
    address: cells.register.address,
    amounts: edits.amounts,
    fund: { ...source.fund, allocations, maxNewPerYear: typeof maxNew === "number" ? maxNew : source.fund.maxNewPerYear, items }
  };
}

/**
 * The names of the fund to read: the register table and the names with the highest suffix
 * the workbook has ("_2", "_3", …: a fund inserted again is the newest); undefined without
 * a fund register.
 *
 * @example
 * fundNamesIn(["SINV_Fondregister", "SINV_Fondregister_2"]); // { register: "SINV_Fondregister_2", source: "SINV_FundSource_2", … }
 */
export function fundNamesIn(tables: readonly string[]): FundNames | undefined {
  const base = FUND_REGISTER.name.toUpperCase();
  let best = 0;
  for (const t of tables) {
    const u = t.toUpperCase();
    if (u === base) best = Math.max(best, 1);
    else if (u.startsWith(`${base}_`) && /^\d+$/.test(u.slice(base.length + 1))) best = Math.max(best, Number(u.slice(base.length + 1)));
  }
  if (best === 0) return undefined;
  const suffix = best === 1 ? "" : `_${best}`;
  return { register: `${FUND_REGISTER.name}${suffix}`, source: `${FUND_SOURCE_NAMES.source}${suffix}`, allocations: `${FUND_SOURCE_NAMES.allocations}${suffix}`, maxNew: `${FUND_SOURCE_NAMES.maxNew}${suffix}` };
}
