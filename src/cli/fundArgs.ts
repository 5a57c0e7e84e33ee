import { isDate } from "./args";

/** The fund command's options. */
export interface FundArgs {
  readonly fund: string;
  readonly out: string | undefined;
  readonly lang: "sv" | "en";
  readonly json: boolean;
  /** Replace an existing output file. */
  readonly force: boolean;
  /** The date of generation printed in the footer, "YYYY-MM-DD"; today when not given. */
  readonly date?: string;
}

/** A usage error in both languages. */
export interface FundArgsError {
  readonly sv: string;
  readonly en: string;
}

/** The usage text. */
export const FUND_USAGE = "npm run fund -- <fond.json> --out <fil.xlsx> [--json] [--force] [--lang sv|en] [--date ÅÅÅÅ-MM-DD]";

/**
 * Parses the command line of `npm run fund`. `--out` is required unless `--json` is given.
 *
 * @example
 * parseFundArgs(["fond.json", "--out", "fond.xlsx", "--lang", "en"]);
 * // { fund: "fond.json", out: "fond.xlsx", lang: "en", json: false, force: false }
 * parseFundArgs(["fond.json"]).en; // "Give --out <file.xlsx> (or --json). Usage: …"
 */
export function parseFundArgs(argv: readonly string[]): FundArgs | FundArgsError {
  let fund: string | undefined;
  let out: string | undefined;
  let lang: "sv" | "en" = "sv";
  let json = false;
  let force = false;
  let date: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--out" || a === "-o") {
      const v = argv[++i];
      if (v === undefined || v.startsWith("-")) return { sv: `${a} saknar filnamn (fick ${v ?? "inget"}).`, en: `${a} lacks a file name (got ${v ?? "nothing"}).` };
      out = v;
    } else if (a === "--json") json = true;
    else if (a === "--force") force = true;
    else if (a === "--date") {
      const v = argv[++i];
      if (v === undefined || !isDate(v)) return { sv: `--date ska vara ett datum som 2024-05-01, inte ${v ?? "(inget)"}.`, en: `--date must be a date such as 2024-05-01, not ${v ?? "(nothing)"}.` };
      date = v;
    } else if (a === "--lang") {
      const v = argv[++i];
      if (v !== "sv" && v !== "en") return { sv: `--lang ska vara sv eller en, inte ${v ?? "(inget)"}.`, en: `--lang must be sv or en, not ${v ?? "(nothing)"}.` };
      lang = v;
    } else if (a.startsWith("-")) return { sv: `Okänd flagga ${a}. Användning: ${FUND_USAGE}`, en: `Unknown option ${a}. Usage: ${FUND_USAGE}` };
    else if (fund === undefined) fund = a;
    else return { sv: `En fondfil i taget (fick även ${a}).`, en: `One fund file at a time (also got ${a}).` };
  }
  if (fund === undefined) return { sv: `Ange en fondfil. Användning: ${FUND_USAGE}`, en: `Give a fund file. Usage: ${FUND_USAGE}` };
  if (out === undefined && !json) return { sv: `Ange --out <fil.xlsx> (eller --json). Användning: ${FUND_USAGE}`, en: `Give --out <file.xlsx> (or --json). Usage: ${FUND_USAGE}` };
  return { fund, out, lang, json, force, ...(date !== undefined ? { date } : {}) };
}
