/**
 * `npm run fund -- <fund.json> --out <file.xlsx> [--json] [--force] [--lang sv|en]`: the
 * fund workbook from a fund file and the scenario files it names, offline. The imperative
 * shell: read the files (src/fund/file/loadFund.ts), compute the fund (the engine's
 * fundPortfolio), build the plan, write the bytes all-or-nothing (src/cli/safeWrite.ts).
 * Every failure is a message naming what and why; nothing is written then.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { FundPortfolio } from "../engine";
import { fundPortfolio, fundResults, isDomainError, oreNumber } from "../engine";
import { loadFund } from "../fund/file/loadFund";
import { buildFundWorkbook } from "../fund/workbook/buildFundWorkbook";
import { decodeText } from "../scenario/decodeText";
import { parseTemplateText } from "../workbook/template";
import { writeXlsx } from "../writer/xlsxWriter";
import { parseFundArgs } from "./fundArgs";
import { OutputRefused, checkOutput, writeOutput } from "./safeWrite";

/** The template whose number formats and column widths the fund workbook uses. */
const DEFAULT_TEMPLATE = join("assets", "templates", "orebro.json");

class FundCliError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join("\n"));
  }
}

function templatePath(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, DEFAULT_TEMPLATE))) return join(dir, DEFAULT_TEMPLATE);
    dir = dirname(dir);
  }
  return resolve(DEFAULT_TEMPLATE);
}

function loadTemplate(pick: (m: { sv: string; en: string }) => string) {
  const path = templatePath();
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new FundCliError([pick({ sv: `Kan inte läsa mallen ${path} (${why})`, en: `Cannot read the template ${path} (${why})` })]);
  }
  const text = decodeText(bytes);
  if (!text.ok) throw new FundCliError([pick({ sv: `Mallen ${path}: ${text.sv}`, en: `The template ${path}: ${text.en}` })]);
  const parsed = parseTemplateText(text.text);
  if (!parsed.ok) throw new FundCliError([`${path}:`, ...parsed.issues.map((i) => `  ${i.path}: ${pick(i)}`)]);
  return { path, template: parsed.value };
}

function summaryLine(p: FundPortfolio, out: string, bytes: number, sheets: number, lang: "sv" | "en"): string {
  const fmt = new Intl.NumberFormat(lang === "en" ? "en-GB" : "sv-SE", { maximumFractionDigits: 0 });
  const last = p.years.length - 1;
  const end = last < 0 ? 0 : oreNumber(p.balance[last]!);
  const min = p.balance.reduce((m, x) => (x.lt(m) ? x : m), p.balance[0]!);
  return lang === "en"
    ? `${out}: ${sheets} sheets, ${bytes} bytes. ${p.investments.length} investments, ${p.years[0]}–${p.years[last]}; balance at the end ${fmt.format(end)} kr, lowest ${fmt.format(oreNumber(min))} kr; ${p.warnings.length} warning(s).`
    : `${out}: ${sheets} blad, ${bytes} byte. ${p.investments.length} satsningar, ${p.years[0]}–${p.years[last]}; saldo vid slutet ${fmt.format(end)} kr, lägst ${fmt.format(oreNumber(min))} kr; ${p.warnings.length} varning(ar).`;
}

async function main(argv: readonly string[]): Promise<void> {
  const args = parseFundArgs(argv);
  if ("sv" in args) throw new FundCliError([args.sv, args.en]);
  const lang = args.lang;
  const pick = (m: { sv: string; en: string }): string => (lang === "en" ? m.en : m.sv);
  const fundPath = resolve(args.fund);
  const loaded = loadFund(fundPath, (path) => readFileSync(path));
  if (!loaded.ok) {
    const n = loaded.errors.length;
    throw new FundCliError([lang === "en" ? `${fundPath}: ${n} problem(s):` : `${fundPath}: ${n} fel:`, ...loaded.errors.map((e) => `  ${pick(e)}`)]);
  }
  const portfolio = fundPortfolio(loaded.value.fund);
  if (isDomainError(portfolio)) throw new FundCliError([pick(portfolio)]);
  const { path: templateFile, template } = loadTemplate(pick);
  const plan = buildFundWorkbook(portfolio, { template, lang, ...(args.date !== undefined ? { generatedOn: args.date } : {}) });

  let bytes: Uint8Array | undefined;
  if (args.out !== undefined) {
    try {
      checkOutput(args.out, args.force, [fundPath, templateFile, ...loaded.value.scenarios.map((s) => s.path)]);
      bytes = await writeXlsx(plan);
      writeOutput(args.out, bytes, args.force);
    } catch (e) {
      if (e instanceof OutputRefused) throw new FundCliError([e.refusal.sv, e.refusal.en]);
      const why = e instanceof Error ? e.message : String(e);
      throw new FundCliError([pick({ sv: `Kunde inte skriva arbetsboken ${resolve(args.out)}: ${why}. Ingenting har ändrats.`, en: `Could not write the workbook ${resolve(args.out)}: ${why}. Nothing has changed.` })]);
    }
  }
  if (args.json) {
    console.log(
      JSON.stringify({
        fund: fundPath,
        out: args.out === undefined ? null : resolve(args.out),
        bytes: bytes?.length ?? null,
        lang,
        sheets: plan.sheets.map((s) => s.name),
        results: fundResults(portfolio)
      })
    );
  } else console.log(summaryLine(portfolio, resolve(args.out!), bytes!.length, plan.sheets.filter((s) => s.hidden !== true).length, lang));
}

main(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof FundCliError) console.error(e.lines.join("\n"));
  else console.error(`SINV fund: internt fel / internal error (please report it): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exitCode = 1;
});
