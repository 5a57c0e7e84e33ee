/**
 * `npm run generate -- <scenario.json> --out <file.xlsx> [--pdf <file.pdf>] [--template <file>]
 * [--lang sv|en] [--formulas native|sinv] [--date YYYY-MM-DD] [--json] [--force]`: the
 * application workbook from a scenario file, offline, without Excel, and its print version
 * as PDF through LibreOffice. The imperative shell: read files, call the pure parts, write
 * the bytes all-or-nothing (src/cli/safeWrite.ts).
 */
import { existsSync, readFileSync, unlinkSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { appraise, isDomainError } from "../engine";
import type { TextEncodingName } from "../scenario/decodeText";
import { decodeText } from "../scenario/decodeText";
import { parseScenarioText } from "../scenario/parseScenarioText";
import { buildWorkbook } from "../workbook/buildWorkbook";
import { parseTemplateText, type Template } from "../workbook/template";
import { writeXlsx } from "../writer/xlsxWriter";
import type { ArgsError, GenerateArgs } from "./args";
import type { WorkbookPlan } from "../sheetModel/plan";
import { parseGenerateArgs } from "./args";
import { checkOutput, OutputRefused, writeOutput } from "./safeWrite";
import { convertToPdf, findSoffice, NO_SOFFICE, PdfFailed } from "./pdf";
import { uncertaintyJson, uncertaintySentence } from "./uncertaintyJson";

/** Where the default template lives, relative to the project root. */
const DEFAULT_TEMPLATE = join("assets", "templates", "orebro.json");

function projectRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, DEFAULT_TEMPLATE))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

class CliError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join("\n"));
  }
}

/** A file's text and the encoding it was read in (src/scenario/decodeText.ts decides which are read). */
function readText(path: string, what: ArgsError): { readonly text: string; readonly encoding: TextEncodingName } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new CliError([`${what.sv} (${reason})`, `${what.en} (${reason})`]);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new CliError([`${what.sv}: ${decoded.sv}`, `${what.en}: ${decoded.en}`]);
  return decoded;
}

/** " Scenariofilen lästes som UTF-16 LE." when a file was not UTF-8; nothing otherwise. */
function encodingNote(encoding: TextEncodingName, what: ArgsError): ArgsError {
  return encoding === "UTF-8" ? { sv: "", en: "" } : { sv: ` ${what.sv} lästes som ${encoding}.`, en: ` ${what.en} was read as ${encoding}.` };
}

/** The template shipped with SINV: the names and texts a user's older template may lack. */
function bundledTemplate(): Template {
  const path = join(projectRoot(), DEFAULT_TEMPLATE);
  const parsed = parseTemplateText(readText(path, { sv: `Kan inte läsa SINV:s mall ${path}`, en: `Cannot read SINV's template ${path}` }).text);
  if (!parsed.ok) throw new CliError([`${path}:`, ...parsed.issues.map((i) => `  ${i.path}: ${i.en}`)]);
  return parsed.value;
}

async function main(argv: readonly string[]): Promise<void> {
  const args = parseGenerateArgs(argv);
  if ("sv" in args) throw new CliError([args.sv, args.en]);
  const lang = args.lang;
  const pick = (m: { sv: string; en: string }): string => (lang === "en" ? m.en : m.sv);

  const scenarioPath = resolve(args.scenario);
  const scenarioText = readText(scenarioPath, { sv: `Kan inte läsa scenariofilen ${scenarioPath}`, en: `Cannot read the scenario file ${scenarioPath}` });
  const parsed = parseScenarioText(scenarioText.text);
  if (!parsed.ok) {
    throw new CliError([
      lang === "en" ? `${scenarioPath}: ${parsed.errors.length} problem(s):` : `${scenarioPath}: ${parsed.errors.length} fel:`,
      ...parsed.errors.map((e) => `  ${pick(e)}`)
    ]);
  }
  const templatePath = resolve(args.template ?? join(projectRoot(), DEFAULT_TEMPLATE));
  const templateText = readText(templatePath, { sv: `Kan inte läsa mallen ${templatePath}`, en: `Cannot read the template ${templatePath}` });
  const template = parseTemplateText(templateText.text, args.template === undefined ? undefined : bundledTemplate());
  if (!template.ok) {
    throw new CliError([lang === "en" ? `${templatePath}: invalid template:` : `${templatePath}: ogiltig mall:`, ...template.issues.map((i) => `  ${i.path}: ${pick(i)}`)]);
  }
  if (template.filled.length > 0) {
    const list = template.filled.join(", ");
    console.error(
      pick({
        sv: `${templatePath}: mallen saknar ${template.filled.length} namn och texter som SINV har fått sedan mallen skrevs; SINV:s egna används: ${list}.`,
        en: `${templatePath}: the template lacks ${template.filled.length} names and texts SINV has gained since it was written; SINV's own are used: ${list}.`
      })
    );
  }
  const plan = buildWorkbook(parsed.value, { template: template.value, lang, formulas: args.formulas, ...(args.date !== undefined ? { generatedOn: args.date } : {}) });
  if (isDomainError(plan)) throw new CliError([pick(plan)]);

  const written = await writeFiles(plan, args, [scenarioPath, templatePath]);
  const bytes = written.xlsx;
  const appraisal = appraise(parsed.value);
  if (isDomainError(appraisal)) throw new CliError([pick(appraisal)]);
  const summary = appraisal.summary;
  if (isDomainError(appraisal.uncertainty)) throw new CliError([pick(appraisal.uncertainty)]);
  if (args.json) {
    console.log(
      JSON.stringify({
        scenario: scenarioPath,
        out: args.out === undefined ? null : resolve(args.out),
        bytes: args.out === undefined ? null : (bytes?.length ?? null),
        pdf: args.pdf === undefined ? null : resolve(args.pdf),
        pdfBytes: written.pdf?.length ?? null,
        lang,
        formulas: args.formulas,
        encoding: { scenario: scenarioText.encoding, template: templateText.encoding },
        name: parsed.value.investment.name,
        sheets: plan.sheets.map((s) => s.name),
        results: {
          ...summary,
          actualRepayment: appraisal.actualRepayment,
          // Only where the file gives actual costs, so a file without them prints what it did.
          ...(parsed.value.actuals?.costs !== undefined ? { costFollowUp: appraisal.costFollowUp } : {}),
          uncertainty: uncertaintyJson(appraisal),
          biasCorrected: appraisal.biasCorrected
        }
      })
    );
  } else {
    const fmt = new Intl.NumberFormat(lang === "en" ? "en-GB" : "sv-SE", { maximumFractionDigits: 0 });
    const read = [encodingNote(scenarioText.encoding, { sv: "Scenariofilen", en: "The scenario file" }), encodingNote(templateText.encoding, { sv: "Mallen", en: "The template" })];
    const notes = uncertaintySentence(appraisal, lang) + read.map((n) => pick(n)).join("");
    const files = [
      ...(args.out !== undefined ? [lang === "en" ? `${resolve(args.out)}: ${plan.sheets.length} sheets, ${bytes!.length} bytes.` : `${resolve(args.out)}: ${plan.sheets.length} blad, ${bytes!.length} byte.`] : []),
      ...(args.pdf !== undefined ? [lang === "en" ? `${resolve(args.pdf)}: the print version (PDF), ${written.pdf!.length} bytes.` : `${resolve(args.pdf)}: utskriftsversionen (PDF), ${written.pdf!.length} byte.`] : [])
    ].join(" ");
    console.log(
      lang === "en"
        ? `${files} Total cost ${fmt.format(summary.totalCost)} kr, savings in the window ${fmt.format(summary.windowSavings)} kr, approved: ${summary.approved ? "yes" : "no"}.${notes}`
        : `${files} Total kostnad ${fmt.format(summary.totalCost)} kr, besparing i fönstret ${fmt.format(summary.windowSavings)} kr, godkänd: ${summary.approved ? "ja" : "nej"}.${notes}`
    );
  }
}

/**
 * Writes the workbook (--out) and its PDF (--pdf) all-or-nothing: every target is checked
 * and LibreOffice found before anything is built; the PDF is made in a temporary folder
 * before either file is placed; a PDF that cannot be placed takes the new workbook away
 * again (without --force; with --force the workbook has replaced the old one, and the
 * message says so).
 */
async function writeFiles(plan: WorkbookPlan, args: GenerateArgs, inputs: readonly string[]): Promise<{ xlsx?: Uint8Array; pdf?: Uint8Array }> {
  const { out, pdf, force } = args;
  if (out === undefined && pdf === undefined) return {};
  try {
    if (out !== undefined) checkOutput(out, force, inputs);
    if (pdf !== undefined) {
      if (out !== undefined && resolve(out) === resolve(pdf)) throw new CliError(["--out och --pdf är samma fil; välj två namn.", "--out and --pdf are the same file; choose two names."]);
      checkOutput(pdf, force, inputs);
    }
    const soffice = pdf !== undefined ? findSoffice() : undefined;
    if (pdf !== undefined && soffice === undefined) throw NO_SOFFICE;
    const xlsx = await writeXlsx(plan);
    const printed = pdf !== undefined ? await convertToPdf(xlsx, plan.lang, soffice!) : undefined;
    if (out !== undefined) writeOutput(out, xlsx, force);
    if (pdf !== undefined) {
      try {
        writeOutput(pdf, printed!, force);
      } catch (e) {
        if (out !== undefined && !force) unlinkSync(resolve(out)); // ours: placed a moment ago where no file was
        else if (out !== undefined && e instanceof OutputRefused) throw new OutputRefused({ sv: `${e.refusal.sv} Arbetsboken ${resolve(out)} har skrivits (--force).`, en: `${e.refusal.en} The workbook ${resolve(out)} has been written (--force).` });
        throw e;
      }
    }
    return { xlsx, ...(printed ? { pdf: printed } : {}) };
  } catch (e) {
    if (e instanceof OutputRefused) throw new CliError([e.refusal.sv, e.refusal.en]);
    if (e instanceof PdfFailed) throw new CliError([e.sv, e.en]);
    throw e;
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof CliError) console.error(e.lines.join("\n"));
  else console.error(`SINV: oväntat fel / unexpected error: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
