/**
 * Loads a fund: the fund file and every scenario file it names (paths relative to the fund
 * file), each read by the scenario file's rules (decodeText, parseScenarioText). A file that
 * is missing, unreadable, badly encoded, invalid or named twice, or decided after its start
 * year, is reported with its position in the list, its path and why — every such file at
 * once. Decided here: a fund grants an investment no later than its start year, so nothing
 * is paid out or repaid before it is booked.
 */
import { dirname, resolve } from "node:path";
import type { FundInput, FundItem, RuleSet } from "../../engine";
import { DEFAULT_FUND_STATUS, RULE_PRESETS, fundItemId, isDomainError, resolveRules } from "../../engine";
import type { TextEncodingName } from "../../scenario/decodeText";
import { decodeText } from "../../scenario/decodeText";
import type { ScenarioIssue } from "../../scenario/issue";
import { parseScenarioText } from "../../scenario/parseScenarioText";
import type { ScenarioFile } from "../../scenario/scenarioFile";
import type { FundFile } from "./fundFile";
import { parseFundText } from "./parseFundText";

/** Reads a file's bytes; throws as node:fs does (with a `code` such as ENOENT). */
export type ReadBytes = (path: string) => Uint8Array;

/** A loaded fund: the engine's input, the file as given and the scenario files' absolute paths and encodings. */
export interface LoadedFund {
  readonly fund: FundInput;
  readonly file: FundFile;
  readonly encoding: TextEncodingName;
  readonly scenarios: readonly { readonly path: string; readonly encoding: TextEncodingName }[];
}

/** The outcome: the fund, or every problem (each naming the file it is about). */
export type LoadFundResult = { readonly ok: true; readonly value: LoadedFund } | { readonly ok: false; readonly errors: readonly ScenarioIssue[] };

const REASONS: Readonly<Record<string, { sv: string; en: string }>> = {
  ENOENT: { sv: "filen finns inte", en: "the file does not exist" },
  EISDIR: { sv: "det är en mapp, inte en fil", en: "it is a folder, not a file" },
  EACCES: { sv: "behörighet saknas att läsa filen", en: "no permission to read the file" },
  EPERM: { sv: "behörighet saknas att läsa filen", en: "no permission to read the file" }
};

function readFailure(e: unknown): { sv: string; en: string } {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const known = code !== undefined ? REASONS[code] : undefined;
  if (known) return known;
  const raw = e instanceof Error ? e.message : String(e);
  return { sv: raw, en: raw };
}

type Decoded = { readonly ok: true; readonly text: string; readonly encoding: TextEncodingName } | { readonly ok: false; readonly sv: string; readonly en: string };

function readText(path: string, read: ReadBytes): Decoded {
  let bytes: Uint8Array;
  try {
    bytes = read(path);
  } catch (e) {
    return { ok: false, ...readFailure(e) };
  }
  return decodeText(bytes);
}

interface ItemOutcome {
  readonly item?: FundItem;
  readonly scenario?: { readonly path: string; readonly encoding: TextEncodingName };
  readonly errors: readonly ScenarioIssue[];
}

function loadItem(fund: FundFile, index: number, base: string, seen: Map<string, number>, read: ReadBytes): ItemOutcome {
  const given = fund.investments[index]!;
  const where = `investments[${index + 1}]`;
  const path = resolve(base, given.file);
  const issue = (sv: string, en: string): ItemOutcome => ({ errors: [{ path: where, sv: `${where}: ${sv}`, en: `${where}: ${en}` }] });
  const earlier = seen.get(path);
  if (earlier !== undefined) return issue(`scenariofilen ${path} står redan som investments[${earlier + 1}]; en satsning räknas en gång.`, `the scenario file ${path} is already investments[${earlier + 1}]; an investment counts once.`);
  seen.set(path, index);
  const text = readText(path, read);
  if (!text.ok) return issue(`kan inte läsa scenariofilen ${path}: ${text.sv}.`, `cannot read the scenario file ${path}: ${text.en}.`);
  const parsed = parseScenarioText(text.text);
  if (!parsed.ok) {
    const n = parsed.errors.length;
    return {
      errors: parsed.errors.map((e) => ({
        path: where,
        sv: `${where}: scenariofilen ${path} är ogiltig (${n} fel): ${e.sv}`,
        en: `${where}: the scenario file ${path} is invalid (${n} problem${n === 1 ? "" : "s"}): ${e.en}`
      }))
    };
  }
  const file: ScenarioFile = parsed.value;
  const start = file.investment.startYear;
  if (given.decisionYear !== undefined && given.decisionYear > start) {
    return issue(
      `beslutsåret ${given.decisionYear} ligger efter satsningens startår ${start} (${path}); fonden beviljar innan satsningen startar. Ange startåret eller ett tidigare år.`,
      `the decision year ${given.decisionYear} is after the investment's start year ${start} (${path}); the fund grants before an investment starts. Give the start year or an earlier one.`
    );
  }
  const item: FundItem = {
    id: fundItemId(index + 1),
    file: given.file,
    status: given.status ?? DEFAULT_FUND_STATUS,
    decisionYear: given.decisionYear ?? start,
    input: { rules: file.rules, investment: file.investment, scenario: file.scenario, actuals: file.actuals }
  };
  return { item, scenario: { path, encoding: text.encoding }, errors: [] };
}

/**
 * The rule for new investments per year when the fund file gives none: the strictest of
 * its investments' rule sets (decided here: the rules are the municipality's, and every
 * preset says 3).
 */
function defaultMaxNew(items: readonly FundItem[]): number {
  const values = items.map((i) => resolveRules(i.input.rules)).filter((r): r is RuleSet => !isDomainError(r)).map((r) => r.maxNewPerYear);
  return values.length > 0 ? Math.min(...values) : Math.min(...RULE_PRESETS.map((r) => r.maxNewPerYear));
}

/**
 * Loads the fund file at `fundPath` and every scenario file it names.
 *
 * @example
 * const r = loadFund("assets/funds/orebro-fond.json", (p) => readFileSync(p));
 * r.ok && r.value.fund.items.length; // 6
 * // A missing file: { ok: false, errors: [{ path: "investments[2]", en: "investments[2]: cannot read the scenario file /…/x.json: the file does not exist." }] }
 */
export function loadFund(fundPath: string, read: ReadBytes): LoadFundResult {
  const absolute = resolve(fundPath);
  const text = readText(absolute, read);
  if (!text.ok) return { ok: false, errors: [{ path: "", sv: `Kan inte läsa fondfilen ${absolute}: ${text.sv}.`, en: `Cannot read the fund file ${absolute}: ${text.en}.` }] };
  const parsed = parseFundText(text.text);
  if (!parsed.ok) return parsed;
  const file = parsed.value;
  const base = dirname(absolute);
  const seen = new Map<string, number>();
  const outcomes = file.investments.map((_, i) => loadItem(file, i, base, seen, read));
  const errors = outcomes.flatMap((o) => o.errors);
  if (errors.length > 0) return { ok: false, errors };
  const items = outcomes.map((o) => o.item as FundItem);
  return {
    ok: true,
    value: {
      fund: { name: file.name, allocations: file.allocations, maxNewPerYear: file.maxNewPerYear ?? defaultMaxNew(items), items },
      file,
      encoding: text.encoding,
      scenarios: outcomes.map((o) => o.scenario!)
    }
  };
}
