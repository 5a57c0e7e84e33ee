/**
 * What the template's print section and amount unit must meet beyond their shape: the
 * orientations name sheets the workbook has, margins leave room for the page, header and
 * footer texts use only the known placeholders and fit Excel's 255 characters with room
 * for the investment's name, and the amount format the unit makes is a valid number format.
 */
import { amountFormat, hideZero } from "./amountFormat";
import { cellTextProblem } from "./excelNames";
import { headerFooterCode, MAX_HEADER_FOOTER, MIN_NAME_ROOM } from "./headerFooter";
import { numberFormatProblem } from "./numberFormat";
import type { PrintBand } from "./printTemplate";
import { PAPER_POINTS, PRINT_PLACEHOLDERS } from "./printTemplate";
// Types only: template.ts calls this file through templateRules.ts.
import type { SheetKey, Template, TemplateIssue } from "./template";

const POINTS_PER_CM = 72 / 2.54;

function issue(path: string, sv: string, en: string): TemplateIssue {
  return { path, sv: `Mallen: ${path} ${sv}.`, en: `Template: ${path} ${en}.` };
}

function bandIssues(band: PrintBand, path: string): TemplateIssue[] {
  const out: TemplateIssue[] = [];
  for (const lang of ["sv", "en"] as const) {
    for (const part of ["left", "center", "right"] as const) {
      const text = band[part]?.[lang];
      if (text === undefined) continue;
      const where = `${path}.${part}.${lang}`;
      const bad = cellTextProblem(text);
      if (bad) out.push(issue(where, bad.sv, bad.en));
      for (const m of text.matchAll(/\{([^}]*)\}/g)) {
        if (!(PRINT_PLACEHOLDERS as readonly string[]).includes(m[1]!)) {
          const known = PRINT_PLACEHOLDERS.map((p) => `{${p}}`).join(", ");
          out.push(issue(where, `har platshållaren {${m[1]!}}, som inte finns (kända: ${known})`, `has the placeholder {${m[1]!}}, which does not exist (known: ${known})`));
        }
      }
    }
    const fixed = headerFooterCode(band, lang, { investment: "", date: "0000-00-00" });
    const room = MAX_HEADER_FOOTER - fixed.length;
    if (room < MIN_NAME_ROOM) {
      out.push(issue(`${path}`, `blir ${fixed.length} tecken långt (${lang}); Excel tillåter ${MAX_HEADER_FOOTER} och satsningens namn behöver minst ${MIN_NAME_ROOM}`, `is ${fixed.length} characters long (${lang}); Excel allows ${MAX_HEADER_FOOTER} and the investment's name needs at least ${MIN_NAME_ROOM}`));
    }
  }
  return out;
}

function marginIssues(t: Template): TemplateIssue[] {
  const m = t.print.marginsCm;
  const [width, height] = PAPER_POINTS[t.print.paperSize];
  const out: TemplateIssue[] = [];
  if (m.header >= m.top) out.push(issue("print.marginsCm.header", "ska vara mindre än toppmarginalen (sidhuvudet står i den)", "must be less than the top margin (the header stands in it)"));
  if (m.footer >= m.bottom) out.push(issue("print.marginsCm.footer", "ska vara mindre än bottenmarginalen (sidfoten står i den)", "must be less than the bottom margin (the footer stands in it)"));
  const short = Math.min(width, height) / POINTS_PER_CM;
  if (m.left + m.right > short / 2) out.push(issue("print.marginsCm", `lämnar mindre än halva papperets bredd (${short.toFixed(1)} cm) åt bladet`, `leaves less than half the paper's width (${short.toFixed(1)} cm) to the sheet`));
  if (m.top + m.bottom > short / 2) out.push(issue("print.marginsCm", `lämnar mindre än halva papperets höjd åt bladet`, `leaves less than half the paper's height to the sheet`));
  return out;
}

/**
 * Every problem of the print section and the amount unit, with its path, in Swedish and
 * English; empty when they may be used.
 *
 * @example
 * printRuleIssues(orebro); // []
 * printRuleIssues({ ...orebro, print: { ...orebro.print, footer: { right: { sv: "sida {sida}", en: "page {page}" } } } })[0].path;
 * // "print.footer.right.sv"
 */
export function printRuleIssues(t: Template, sheetKeys: readonly SheetKey[]): TemplateIssue[] {
  const out: TemplateIssue[] = [];
  for (const key of Object.keys(t.print.orientation)) {
    if (!(sheetKeys as readonly string[]).includes(key)) out.push(issue(`print.orientation.${key}`, `är inget blad (bladen: ${sheetKeys.join(", ")})`, `is no sheet (the sheets: ${sheetKeys.join(", ")})`));
  }
  out.push(...marginIssues(t), ...bandIssues(t.print.header, "print.header"), ...bandIssues(t.print.footer, "print.footer"));
  for (const format of [amountFormat(t.numberFormats.money, t.amountUnit), hideZero(amountFormat(t.numberFormats.money, t.amountUnit))]) {
    const bad = numberFormatProblem(format);
    if (bad) {
      out.push(issue("amountUnit", `ger med numberFormats.money talformatet ${JSON.stringify(format)}, som är ogiltigt: ${bad.sv}`, `makes, with numberFormats.money, the number format ${JSON.stringify(format)}, which is invalid: ${bad.en}`));
      break;
    }
  }
  return out;
}
