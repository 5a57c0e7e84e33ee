/** The generate command's options. */
export interface GenerateArgs {
  readonly scenario: string;
  readonly out: string | undefined;
  readonly template: string | undefined;
  readonly lang: "sv" | "en";
  readonly formulas: "native" | "sinv";
  readonly json: boolean;
  /** Replace an existing output file. */
  readonly force: boolean;
  /** Also write the print version as PDF here (through LibreOffice). */
  readonly pdf: string | undefined;
  /** The date of generation printed in the footer, "YYYY-MM-DD"; today when not given. */
  readonly date: string | undefined;
}

/** A usage error in both languages. */
export interface ArgsError {
  readonly sv: string;
  readonly en: string;
}

/** The usage text. */
export const USAGE =
  "npm run generate -- <scenario.json> --out <fil.xlsx> [--pdf <fil.pdf>] [--template <mall.json>] [--lang sv|en] [--formulas native|sinv] [--date ÅÅÅÅ-MM-DD] [--json] [--force]";

/**
 * A real calendar date written YYYY-MM-DD.
 *
 * @example
 * isDate("2024-02-30"); // false
 */
export function isDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * Parses the command line of `npm run generate`. `--out` or `--pdf` is required unless
 * `--json` is given.
 *
 * @example
 * parseGenerateArgs(["ex.json", "--out", "ex.xlsx", "--lang", "en"]);
 * // { scenario: "ex.json", out: "ex.xlsx", template: undefined, lang: "en", formulas: "native", json: false, force: false, pdf: undefined, date: undefined }
 */
export function parseGenerateArgs(argv: readonly string[]): GenerateArgs | ArgsError {
  let scenario: string | undefined;
  let out: string | undefined;
  let template: string | undefined;
  let lang: "sv" | "en" = "sv";
  let formulas: "native" | "sinv" = "native";
  let json = false;
  let force = false;
  let pdf: string | undefined;
  let date: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const next = (): string | undefined => argv[++i];
    if (a === "--out" || a === "-o" || a === "--template" || a === "--pdf") {
      const v = next();
      if (v === undefined || v.startsWith("-")) return { sv: `${a} saknar filnamn (fick ${v ?? "inget"}).`, en: `${a} lacks a file name (got ${v ?? "nothing"}).` };
      if (a === "--template") template = v;
      else if (a === "--pdf") pdf = v;
      else out = v;
    } else if (a === "--date") {
      const v = next();
      if (v === undefined || !isDate(v)) return { sv: `--date ska vara ett datum som 2024-05-01, inte ${v ?? "(inget)"}.`, en: `--date must be a date such as 2024-05-01, not ${v ?? "(nothing)"}.` };
      date = v;
    }
    else if (a === "--json") json = true;
    else if (a === "--force") force = true;
    else if (a === "--lang") {
      const v = next();
      if (v !== "sv" && v !== "en") return { sv: `--lang ska vara sv eller en, inte ${v ?? "(inget)"}.`, en: `--lang must be sv or en, not ${v ?? "(nothing)"}.` };
      lang = v;
    } else if (a === "--formulas") {
      const v = next();
      if (v !== "native" && v !== "sinv") return { sv: `--formulas ska vara native eller sinv, inte ${v ?? "(inget)"}.`, en: `--formulas must be native or sinv, not ${v ?? "(nothing)"}.` };
      formulas = v;
    } else if (a.startsWith("-")) return { sv: `Okänd flagga ${a}. Användning: ${USAGE}`, en: `Unknown option ${a}. Usage: ${USAGE}` };
    else if (scenario === undefined) scenario = a;
    else return { sv: `En scenariofil i taget (fick även ${a}).`, en: `One scenario file at a time (also got ${a}).` };
  }
  if (argv.includes("--out") && out === undefined) return { sv: "--out saknar filnamn.", en: "--out lacks a file name." };
  if (argv.includes("--template") && template === undefined) return { sv: "--template saknar filnamn.", en: "--template lacks a file name." };
  if (argv.includes("--pdf") && pdf === undefined) return { sv: "--pdf saknar filnamn.", en: "--pdf lacks a file name." };
  if (scenario === undefined) return { sv: `Ange en scenariofil. Användning: ${USAGE}`, en: `Give a scenario file. Usage: ${USAGE}` };
  if (out === undefined && pdf === undefined && !json) return { sv: `Ange --out <fil.xlsx> (eller --pdf, --json). Användning: ${USAGE}`, en: `Give --out <file.xlsx> (or --pdf, --json). Usage: ${USAGE}` };
  return { scenario, out, template, lang, formulas, json, force, pdf, date };
}
