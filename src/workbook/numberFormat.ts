/**
 * A strict checker of Excel number-format codes (ECMA-376 §18.8.31, Excel's "Number format
 * codes"): what a template may give as a format is what Excel opens without repairing the
 * file. Stricter than Excel where Excel guesses (a letter that is no code must be quoted or
 * escaped, as Excel itself writes it).
 */

/** Why a text is not a number format, in Swedish and English. */
export interface FormatProblem {
  readonly sv: string;
  readonly en: string;
}

/** Excel's longest number-format code. */
export const MAX_FORMAT_LENGTH = 255;

/** The eight colour names a section may start with (any case). */
const COLOURS = ["black", "blue", "cyan", "green", "magenta", "red", "white", "yellow"];

/** Characters Excel shows as themselves without quotes. */
const LITERALS = new Set([..."$-+/():!^&'~{}<>= ", "\u00a0", "€", "£", "¥", "¢"]);

/** Date and time codes (letters, any case). */
const DATE_LETTERS = new Set(["y", "m", "d", "h", "s"]);

function problem(sv: string, en: string): FormatProblem {
  return { sv, en };
}

/** A bracketed part: a colour, a condition, elapsed time or a currency/locale tag. */
function bracketProblem(content: string): FormatProblem | undefined {
  const c = content.toLowerCase();
  if (COLOURS.includes(c)) return undefined;
  const colour = /^color(\d{1,2})$/.exec(c);
  if (colour && Number(colour[1]) >= 1 && Number(colour[1]) <= 56) return undefined;
  if (/^(<|>|=|<=|>=|<>)-?\d+(\.\d+)?$/.test(c)) return undefined;
  if (/^(h+|m+|s+)$/.test(c)) return undefined;
  if (/^\$[^\]]*$/.test(content)) return undefined;
  return problem(`[${content}] är ingen färg, inget villkor och ingen valutakod`, `[${content}] is no colour, condition or currency tag`);
}

/** One section (between `;`): every character is a code, a literal, quoted or escaped. */
function sectionProblem(section: string): FormatProblem | undefined {
  let digits = false;
  let text = false;
  let i = 0;
  while (i < section.length) {
    const ch = section[i]!;
    const lower = ch.toLowerCase();
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      if (end < 0) return problem("ett citattecken (\") stängs inte", "a quotation mark (\") is not closed");
      i = end + 1;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      if (i + 1 >= section.length) return problem(`${ch} står sist utan ett tecken efter sig`, `${ch} ends the format without a character after it`);
      i += 2;
    } else if (ch === "[") {
      const end = section.indexOf("]", i + 1);
      if (end < 0) return problem("en hakparentes ([) stängs inte", "a bracket ([) is not closed");
      const bad = bracketProblem(section.slice(i + 1, end));
      if (bad) return bad;
      i = end + 1;
    } else if (ch === "]") {
      return problem("en hakparentes (]) öppnas inte", "a bracket (]) is not opened");
    } else if ("0#?.,%".includes(ch)) {
      if (ch !== "," && ch !== "." && ch !== "%") digits = true;
      i += 1;
    } else if (lower === "e") {
      if (section[i + 1] !== "+" && section[i + 1] !== "-") return problem("E ska följas av + eller − (0.00E+00)", "E must be followed by + or − (0.00E+00)");
      i += 2;
    } else if (ch === "@") {
      text = true;
      i += 1;
    } else if (section.slice(i, i + 7).toLowerCase() === "general") {
      i += 7;
    } else if (section.slice(i, i + 5).toUpperCase() === "AM/PM") {
      i += 5;
    } else if (section.slice(i, i + 3).toUpperCase() === "A/P") {
      i += 3;
    } else if (DATE_LETTERS.has(lower)) {
      digits = true;
      i += 1;
    } else if (LITERALS.has(ch)) {
      i += 1;
    } else {
      const shown = ch.charCodeAt(0) < 0x20 || ch === "\u007f" ? `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}` : ch;
      return problem(`tecknet ${shown} måste stå inom citattecken ("…") eller efter \\`, `the character ${shown} must be quoted ("…") or follow \\`);
    }
  }
  if (digits && text) return problem("@ (text) kan inte stå i samma avsnitt som sifferkoder", "@ (text) cannot share a section with digit codes");
  return undefined;
}

/**
 * Splits a format at `;` outside quotes, brackets and escapes (an open quote or bracket runs
 * to the end).
 *
 * @example
 * formatSections('#,##0;-#,##0;"–"'); // ["#,##0", "-#,##0", "\"–\""]
 */
export function formatSections(format: string): string[] {
  return sections(format);
}

function sections(format: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < format.length) {
    const ch = format[i]!;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      i = end < 0 ? format.length : end + 1;
    } else if (ch === "[") {
      const end = format.indexOf("]", i + 1);
      i = end < 0 ? format.length : end + 1;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      i += 2;
    } else {
      if (ch === ";") {
        out.push(format.slice(start, i));
        start = i + 1;
      }
      i += 1;
    }
  }
  out.push(format.slice(start));
  return out;
}

/**
 * Why a text is not a valid Excel number format, or undefined when it is: not empty, at most
 * 255 characters and 4 sections (positive; negative; zero; text), balanced quotes and
 * brackets, only known bracket contents (colours, conditions, elapsed time, `[$…]`), and no
 * letter or symbol Excel would reject or reinterpret unless quoted or escaped.
 *
 * @example
 * numberFormatProblem("#,##0");            // undefined
 * numberFormatProblem('"kr" #,##0');       // undefined
 * numberFormatProblem("[Redd]0")?.en;      // "[Redd] is no colour, condition or currency tag"
 * numberFormatProblem("0;0;0;0;0")?.en;    // "has 5 sections; Excel allows at most 4 …"
 */
export function numberFormatProblem(format: string): FormatProblem | undefined {
  if (format.trim() === "") return problem("är tomt", "is empty");
  if (format.length > MAX_FORMAT_LENGTH) return problem(`är ${format.length} tecken långt; högst ${MAX_FORMAT_LENGTH}`, `is ${format.length} characters long; at most ${MAX_FORMAT_LENGTH}`);
  const parts = sections(format);
  if (parts.length > 4) {
    return problem(`har ${parts.length} avsnitt; Excel tillåter högst 4 (positiv;negativ;noll;text)`, `has ${parts.length} sections; Excel allows at most 4 (positive;negative;zero;text)`);
  }
  for (const part of parts) {
    const bad = sectionProblem(part);
    if (bad) return bad;
  }
  return undefined;
}
